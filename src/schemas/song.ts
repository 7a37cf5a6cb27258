/**
 * A song profile: `src/content/songs/<slug>.mdx`. The MDX body says what the song does in the story;
 * plot turns go inside `<Spoiler>`, which is collapsed by default.
 */
import { z } from "astro/zod";
import { MOOD_COUNT } from "../lib/editorial-rules";
import { moodWeightsField } from "./mood-weights";
import { dayField, enumField, hangulField, slugField, sourcesField, textField, urlField, yearField } from "./fields";

/** Who sings: one woman, one man, two singers, or a group / band / three or more singers. */
export const VOICES = ["female", "male", "duet", "group"] as const;

export const milestoneSchema = z.strictObject(
  {
    /** The achievement in our words, e.g. a chart peak. Required. */
    text: textField("the achievement", 200),
    /** A source that states it. Required. */
    source: urlField("the milestone's source"),
  },
  { error: "expected { text, source }" },
);

const energyMessage = "expected an integer 1–5 (1 calm … 5 driving)";

export const songSchema = z.strictObject({
  /** Title as released, in English or romanized. Required. */
  title: textField("the song title", 120),
  /** Korean title in Hangul; leave out for English-titled songs. Optional. */
  titleHangul: hangulField("the Korean song title").optional(),
  /** The drama the song was written for (a drama slug). Required. */
  drama: slugField("a drama", "crash-landing-on-you"),
  /** The credited singers (artist slugs), in credit order. At least one. */
  artists: z
    .array(slugField("an artist", "iu"), { error: "expected a list of at least one artist slug" })
    .min(1, { error: "expected a list of at least one artist slug" }),
  /** Release year. Required. */
  year: yearField("the release year"),
  /** 1 calm … 5 driving. Required. */
  energy: z.int({ error: energyMessage }).min(1, { error: energyMessage }).max(5, { error: energyMessage }),
  /** Who sings it. Required. */
  voice: enumField("the voice", VOICES),
  /** Mood weights with reasons: 1–4 moods (MOOD_COUNT.songs). */
  moods: moodWeightsField(MOOD_COUNT.songs),
  /** When the song returns at key moments of the drama, a short note on how. Optional. */
  motif: textField("the motif note", 200).optional(),
  /** Chart or streaming achievements, each with a source. Optional. */
  milestones: z.array(milestoneSchema, { error: "expected a list of milestones" }).default([]),
  /** Where the facts above were checked. At least one URL. */
  sources: sourcesField,
  /** When the profile was added to Moodtrack (for the feed). Required. */
  added: dayField("the day the profile was added", { notInFuture: true }),
});

export type SongData = z.infer<typeof songSchema>;
export type Voice = (typeof VOICES)[number];
