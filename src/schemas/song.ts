/**
 * A song profile: `src/content/songs/<slug>.mdx`. The MDX body says what the song does in the story;
 * plot turns go inside `<Spoiler>`, which is collapsed by default.
 */
import { z } from "astro/zod";
import { MOOD_COUNT, TAG_COUNT } from "./editorial-rules";
import { storyTagListField } from "./story-tag-list";
import { moodWeightsField } from "./mood-weights";
import {
  dayField,
  enumField,
  hangulField,
  slugField,
  sourcesField,
  sourceUrlField,
  textField,
  yearField,
} from "./fields";

/** Who sings: one woman, one man, two singers, or a group / band / three or more singers. */
export const VOICES = ["female", "male", "duet", "group"] as const;

export const milestoneSchema = z.strictObject(
  {
    text: textField("the achievement", 200).meta({
      title: "Achievement",
      description: "The achievement in our words, e.g. a chart peak. Required.",
    }),
    source: sourceUrlField("the milestone's source").meta({
      title: "Source",
      description: "A source that states it. Required.",
    }),
  },
  { error: "expected { text, source }" },
);

const energyMessage = "expected an integer 1–5 (1 calm … 5 driving)";

export const songSchema = z.strictObject({
  title: textField("the song title", 120).meta({
    title: "Song title",
    description: "Title as released, in English or romanized. Required.",
  }),
  titleHangul: hangulField("the Korean song title").optional().meta({
    title: "Korean title (Hangul)",
    description: "Korean title in Hangul; leave out for English-titled songs. Optional.",
  }),
  titleMeaning: textField("the English meaning of the title", 120).optional().meta({
    title: "Title in English",
    description:
      "What a romanized Korean title means, in our own English translation (or the official English title). Required when the title is romanized Korean; leave out for English titles.",
  }),
  drama: slugField("a drama", "crash-landing-on-you").meta({
    title: "Drama",
    reference: "dramas",
    description: "The drama the song was written for. Required.",
  }),
  artists: z
    .array(slugField("an artist", "iu"), { error: "expected a list of at least one artist slug" })
    .min(1, { error: "expected a list of at least one artist slug" })
    .meta({
      title: "Singers",
      reference: "artists",
      description: "The credited singers, in credit order. At least one.",
    }),
  year: yearField("the release year").meta({ title: "Release year", description: "Release year. Required." }),
  energy: z
    .int({ error: energyMessage })
    .min(1, { error: energyMessage })
    .max(5, { error: energyMessage })
    .meta({ title: "Energy", description: "1 calm … 5 driving. Required." }),
  voice: enumField("the voice", VOICES).meta({ title: "Voice", description: "Who sings it. Required." }),
  moods: moodWeightsField(MOOD_COUNT.songs).meta({
    title: "Moods",
    description: "How the song feels: one to four moods, each with a weight and a reason.",
  }),
  tags: storyTagListField(TAG_COUNT.songs).default([]).meta({
    title: "Story tags",
    description: "Optional: a tag when the song belongs to an occasion or scene type (a wedding song). See /tags/.",
  }),
  motif: textField("the motif note", 200).optional().meta({
    title: "Motif",
    description: "When the song returns at key moments of the drama, a short note on how. Optional.",
  }),
  milestones: z
    .array(milestoneSchema, { error: "expected a list of milestones" })
    .default([])
    .meta({ title: "Milestones", description: "Chart or streaming achievements, each with a source. Optional." }),
  sources: sourcesField.meta({
    title: "Sources",
    description: "Where the facts above were checked. At least one URL.",
  }),
  added: dayField("the day the profile was added", { notInFuture: true }).meta({
    title: "Added on",
    description: "When the profile was added to Moodtrack (for the feed). Required.",
  }),
});

export type SongData = z.infer<typeof songSchema>;
export type Voice = (typeof VOICES)[number];
