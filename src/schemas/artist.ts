/**
 * An artist profile: `src/content/artists/<slug>.mdx`. The MDX body is a short bio in our own words.
 */
import { z } from "astro/zod";
import { dayField, enumField, hangulField, sourcesField, textField } from "./fields";

/** What the credited act is. */
export const ARTIST_KINDS = ["solo", "group", "duo", "band", "actor"] as const;

export const artistSchema = z.strictObject({
  name: textField("the stage name", 80).meta({
    title: "Stage name",
    description: "Stage name as usually written in English. Required.",
  }),
  nameHangul: hangulField("the Hangul stage name").meta({
    title: "Stage name in Hangul",
    description: "Stage name in Hangul. Required.",
  }),
  kind: enumField("the kind of act", ARTIST_KINDS).meta({
    title: "Kind of act",
    description: "Solo singer, group, duo, band, or actor. Required.",
  }),
  idol: z.boolean({ error: "expected true or false" }).meta({
    title: "Idol",
    description: "True for a member of a K-pop idol group, or an idol group itself. Required.",
  }),
  group: textField("the group name", 80)
    .optional()
    .meta({ title: "Group", description: 'The group or band the person belongs to, e.g. "EXO". Optional.' }),
  sources: sourcesField.meta({
    title: "Sources",
    description: "Where the facts above were checked. At least one URL.",
  }),
  added: dayField("the day the profile was added", { notInFuture: true }).meta({
    title: "Added on",
    description: "When the profile was added to Moodtrack (for the feed). Required.",
  }),
});

export type ArtistData = z.infer<typeof artistSchema>;
export type ArtistKind = (typeof ARTIST_KINDS)[number];
