/**
 * A profile's story tags: a list of `{ tag, why }`, where `tag` is a slug from the vocabulary in
 * ./story-tags.ts and `why` is the editor's one line saying how this drama carries it (shown on the
 * drama page, the tag page and as the quiz's reason when a query names the tag).
 */
import { z } from "astro/zod";
import { STORY_TAG_SLUGS, isStoryTagSlug } from "./story-tags";

/** The longest tag reason, like a mood's: one line. */
export const MAX_TAG_REASON_LENGTH = 140;

const reasonMessage = `expected a reason of 1–${MAX_TAG_REASON_LENGTH} characters in our own words`;

export const storyTagEntrySchema = z.strictObject(
  {
    tag: z.string({ error: "expected a story tag slug (see /tags/ or src/schemas/story-tags.ts)" }).meta({
      title: "Tag",
      description: "A story tag from the vocabulary (what the drama is about). Required.",
    }),
    why: z
      .string({ error: reasonMessage })
      .trim()
      .min(1, { error: reasonMessage })
      .max(MAX_TAG_REASON_LENGTH, { error: reasonMessage })
      .meta({
        title: "Why (shown to visitors)",
        description: `One sentence, at most ${MAX_TAG_REASON_LENGTH} characters, saying how this story carries the tag. Required.`,
      }),
  },
  { error: "expected { tag, why }" },
);

export type StoryTagEntry = z.infer<typeof storyTagEntrySchema>;

/** A list of `{ tag, why }` with at least `min` tags, each known and listed once. */
export function storyTagListField({ min, max }: { min: number; max: number }) {
  const countMessage = `expected a list of ${min}–${max} story tags, each { tag, why }`;
  return z.array(storyTagEntrySchema, { error: countMessage }).superRefine((entries, context) => {
    if (entries.length < min || entries.length > max) {
      context.addIssue({
        code: "custom",
        message: countMessage,
        input: entries,
        params: { foundText: `${entries.length} tag${entries.length === 1 ? "" : "s"}` },
      });
    }
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (!isStoryTagSlug(entry.tag)) {
        context.addIssue({
          code: "custom",
          path: [index, "tag"],
          params: { found: entry.tag, allowed: STORY_TAG_SLUGS },
          message: "expected a story tag from the vocabulary (src/schemas/story-tags.ts, listed at /tags/)",
        });
      } else if (seen.has(entry.tag)) {
        context.addIssue({
          code: "custom",
          path: [index, "tag"],
          params: { found: entry.tag },
          message: `expected each tag once: "${entry.tag}" is already listed above`,
        });
      }
      seen.add(entry.tag);
    });
  });
}
