/**
 * A drama profile: `src/content/dramas/<slug>.mdx`. The MDX body is our own spoiler-free introduction.
 */
import { z } from "astro/zod";
import { NETWORKS } from "./networks";
import { MOOD_COUNT, TAG_COUNT } from "./editorial-rules";
import { storyTagListField } from "./story-tag-list";
import { moodWeightsField } from "./mood-weights";
import { castSchema, creditsSchema } from "./person";
import {
  dayField,
  enumField,
  enumListField,
  hangulField,
  sourcesField,
  textField,
  urlField,
  yearField,
} from "./fields";

export { NETWORKS };

export const GENRES = [
  "romance",
  "romantic-comedy",
  "comedy",
  "melodrama",
  "fantasy",
  "historical",
  "thriller",
  "crime",
  "mystery",
  "legal",
  "medical",
  "action",
  "family",
  "youth",
  "slice-of-life",
  "music",
  "sports",
  "workplace",
  "school",
  "military",
  "revenge",
  "supernatural",
  "time-travel",
  "satire",
] as const;

/** Content a viewer may want to know about before starting. */
export const ADVISORIES = ["violence", "self-harm", "abuse", "death", "gore", "bullying", "substance-use"] as const;

/** US streaming services a "where to watch" entry may name. */
export const STREAMING_SERVICES = [
  "Netflix",
  "Viki",
  "Disney+",
  "Hulu",
  "Prime Video",
  "Apple TV",
  "Max",
  "Kocowa",
  "Paramount+",
  "Peacock",
] as const;

export const watchOptionSchema = z.strictObject(
  {
    service: enumField("a streaming service", STREAMING_SERVICES).meta({
      title: "Service",
      description: "The streaming service. Required.",
    }),
    region: enumField("a region", ["US"]).meta({
      title: "Region",
      description: "Where the offer holds; Moodtrack lists the US only. Required.",
    }),
    url: urlField("the watch link").meta({
      title: "Watch link",
      description: "A link to the drama (or a search for it) on that service. Required.",
    }),
    checkedOn: dayField("the day this was checked", { notInFuture: true }).meta({
      title: "Checked on",
      description: "The date of the source that states the drama is on that service. Required, not in the future.",
    }),
  },
  { error: "expected { service, region, url, checkedOn }" },
);

export const dramaSchema = z
  .strictObject({
    title: textField("the English title", 120).meta({
      title: "English title",
      description: "English title, as the drama is known in the US. Required.",
    }),
    titleHangul: hangulField("the Korean title").meta({
      title: "Korean title (Hangul)",
      description: "Official Korean title in Hangul. Required.",
    }),
    titleRomanized: textField("the romanized Korean title", 160).meta({
      title: "Romanized title",
      description: "Korean title in Revised Romanization. Required.",
    }),
    aliases: z.array(textField("an alias", 160), { error: "expected a list of alternative titles" }).default([]).meta({
      title: "Other titles",
      description: "Other English names people search for (e.g. the full official title). Optional.",
    }),
    year: yearField("the first-air year").meta({
      title: "First aired",
      description: "Year of the first episode. Required.",
    }),
    endYear: yearField("the last-air year").optional().meta({
      title: "Last aired",
      description: "Year of the last episode, when it is later than the first. Optional.",
    }),
    network: enumField("the original network", NETWORKS).meta({
      title: "Network",
      description: "Original broadcaster or platform. Required.",
    }),
    episodes: z
      .int({ error: "expected the number of episodes as a positive integer" })
      .positive({ error: "expected the number of episodes as a positive integer" })
      .meta({ title: "Episodes", description: "Number of episodes in the original broadcast. Required." }),
    genres: enumListField("genres", GENRES, { min: 1, max: 4 }).meta({
      title: "Genres",
      description: "One to four genres. Required.",
    }),
    cast: castSchema.meta({
      title: "Lead cast",
      description: "The two to four leads, as the drama's sources credit them, in credit order. Required.",
    }),
    writers: creditsSchema("writers").optional().meta({
      title: "Writers",
      description: "The credited screenwriters. Optional: left out when no source names them in Hangul.",
    }),
    directors: creditsSchema("directors").optional().meta({
      title: "Directors",
      description: "The credited directors. Optional: left out when no source names them in Hangul.",
    }),
    moods: moodWeightsField(MOOD_COUNT.dramas).meta({
      title: "Moods",
      description: "How the drama feels: two to five moods, each with a weight and a reason.",
    }),
    tags: storyTagListField(TAG_COUNT.dramas).default([]).meta({
      title: "Story tags",
      description:
        "What the drama is about (premise, setting, era, jobs, relationships, themes, tone), each with a one-line reason. See /tags/.",
    }),
    advisories: enumListField("advisories", ADVISORIES)
      .default([])
      .meta({ title: "Advisories", description: "Content advisories. Optional." }),
    watch: z.array(watchOptionSchema, { error: "expected a list of watch options" }).default([]).meta({
      title: "Where to watch (US)",
      description: "Where to watch in the US, only as a dated source states it. Optional.",
    }),
    sources: sourcesField.meta({
      title: "Sources",
      description: "Where the facts above were checked. At least one URL.",
    }),
    added: dayField("the day the profile was added", { notInFuture: true }).meta({
      title: "Added on",
      description: "When the profile was added to Moodtrack (for the feed). Required.",
    }),
  })
  .superRefine((drama, context) => {
    if (drama.endYear !== undefined && drama.endYear < drama.year) {
      context.addIssue({
        code: "custom",
        path: ["endYear"],
        input: drama.endYear,
        message: `expected a year no earlier than year (${drama.year})`,
      });
    }
  });

export type DramaData = z.infer<typeof dramaSchema>;
export type Network = (typeof NETWORKS)[number];
