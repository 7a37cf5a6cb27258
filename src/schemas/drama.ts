/**
 * A drama profile: `src/content/dramas/<slug>.mdx`. The MDX body is our own spoiler-free introduction.
 */
import { z } from "astro/zod";
import { moodWeightsSchema } from "./mood-weights";
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

/** Original broadcasters and platforms a drama can premiere on. */
export const NETWORKS = [
  "KBS1",
  "KBS2",
  "MBC",
  "SBS",
  "tvN",
  "JTBC",
  "OCN",
  "ENA",
  "MBN",
  "TV Chosun",
  "Channel A",
  "Netflix",
  "Disney+",
  "TVING",
  "Coupang Play",
  "Wavve",
] as const;

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
    /** The streaming service. Required. */
    service: enumField("a streaming service", STREAMING_SERVICES),
    /** Where the offer holds; Moodtrack lists the US only. Required. */
    region: enumField("a region", ["US"]),
    /** A link to the drama (or a search for it) on that service. Required. */
    url: urlField("the watch link"),
    /** The date of the source that states the drama is on that service. Required, not in the future. */
    checkedOn: dayField("the day this was checked", { notInFuture: true }),
  },
  { error: "expected { service, region, url, checkedOn }" },
);

export const dramaSchema = z
  .strictObject({
    /** English title, as the drama is known in the US. Required. */
    title: textField("the English title", 120),
    /** Official Korean title in Hangul. Required. */
    titleHangul: hangulField("the Korean title"),
    /** Korean title in Revised Romanization. Required. */
    titleRomanized: textField("the romanized Korean title", 160),
    /** Other English names people search for (e.g. the full official title). Optional. */
    aliases: z.array(textField("an alias", 160), { error: "expected a list of alternative titles" }).default([]),
    /** Year of the first episode. Required. */
    year: yearField("the first-air year"),
    /** Year of the last episode, when it differs from `year`. Optional; not before `year`. */
    endYear: yearField("the last-air year").optional(),
    /** Original broadcaster or platform. Required. */
    network: enumField("the original network", NETWORKS),
    /** Number of episodes in the original broadcast. Required. */
    episodes: z
      .int({ error: "expected the number of episodes as a positive integer" })
      .positive({ error: "expected the number of episodes as a positive integer" }),
    /** One to four genres. Required. */
    genres: enumListField("genres", GENRES, { min: 1 }).refine((list) => list.length <= 4, {
      error: "expected at most 4 genres",
    }),
    /** The two to four leads, as the drama's sources credit them, in credit order. Required. */
    cast: castSchema,
    /** The credited screenwriters. Optional: left out when no source names them in Hangul. */
    writers: creditsSchema("writers").optional(),
    /** The credited directors. Optional: left out when no source names them in Hangul. */
    directors: creditsSchema("directors").optional(),
    /** Mood weights with reasons. At least one. */
    moods: moodWeightsSchema,
    /** Content advisories. Optional. */
    advisories: enumListField("advisories", ADVISORIES).default([]),
    /** Where to watch in the US, only as a dated source states it. Optional. */
    watch: z.array(watchOptionSchema, { error: "expected a list of watch options" }).default([]),
    /** Where the facts above were checked. At least one URL. */
    sources: sourcesField,
    /** When the profile was added to Moodtrack (for the feed). Required. */
    added: dayField("the day the profile was added", { notInFuture: true }),
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
