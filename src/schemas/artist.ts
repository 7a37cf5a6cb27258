/**
 * An artist profile: `src/content/artists/<slug>.mdx`. The MDX body is a short bio in our own words.
 */
import { z } from "astro/zod";
import { dayField, enumField, hangulField, sourcesField, textField } from "./fields";

/** What the credited act is. */
export const ARTIST_KINDS = ["solo", "group", "duo", "band", "actor"] as const;

export const artistSchema = z.strictObject({
  /** Stage name as usually written in English. Required. */
  name: textField("the stage name", 80),
  /** Stage name in Hangul. Required. */
  nameHangul: hangulField("the Hangul stage name"),
  /** Solo singer, group, duo, band, or actor. Required. */
  kind: enumField("the kind of act", ARTIST_KINDS),
  /** True for a member of a K-pop idol group, or an idol group itself. Required. */
  idol: z.boolean({ error: "expected true or false" }),
  /** The group or band the person belongs to, e.g. "EXO". Optional. */
  group: textField("the group name", 80).optional(),
  /** Where the facts above were checked. At least one URL. */
  sources: sourcesField,
  /** When the profile was added to Moodtrack (for the feed). Required. */
  added: dayField("the day the profile was added", { notInFuture: true }),
});

export type ArtistData = z.infer<typeof artistSchema>;
export type ArtistKind = (typeof ARTIST_KINDS)[number];
