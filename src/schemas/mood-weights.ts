/**
 * How strongly a drama or song carries each mood. A map of mood slug to `{ weight, why }`:
 * weight 1 is a touch, 2 clearly there, 3 defining; an absent mood counts as 0. `why` is the editor's
 * own sentence that the quiz shows as "why this matches".
 */
import { z } from "astro/zod";
import {
  MAX_MOOD_REASON_LENGTH,
  MAX_MOOD_WEIGHT,
  MIN_MOOD_WEIGHT,
  MOOD_SLUGS,
  isMoodSlug,
  type MoodSlug,
} from "./moods";

const weightMessage = `expected an integer ${MIN_MOOD_WEIGHT}–${MAX_MOOD_WEIGHT}`;
const reasonMessage = `expected a reason of 1–${MAX_MOOD_REASON_LENGTH} characters in our own words`;

export const moodWeightSchema = z.strictObject(
  {
    weight: z
      .int({ error: weightMessage })
      .min(MIN_MOOD_WEIGHT, { error: weightMessage })
      .max(MAX_MOOD_WEIGHT, { error: weightMessage })
      .meta({ title: "Weight", description: "1 = a touch, 2 = clearly there, 3 = defining. Required." }),
    why: z
      .string({ error: reasonMessage })
      .trim()
      .min(1, { error: reasonMessage })
      .max(MAX_MOOD_REASON_LENGTH, { error: reasonMessage })
      .meta({
        title: "Why (shown to visitors)",
        description: 'One sentence, ≤ 140 characters, shown as "why this matches". Required.',
      }),
  },
  { error: "expected { weight, why }" },
);

export type MoodWeight = z.infer<typeof moodWeightSchema>;
export type MoodWeights = Partial<Record<MoodSlug, MoodWeight>>;

const moodsMessage = `expected a map of at least one mood (${MOOD_SLUGS.join(", ")}) to { weight, why }`;

/** Any number of moods (at least one); profiles use `moodWeightsField` with their editorial count. */
export const moodWeightsSchema = moodWeightsField({ min: 1, max: MOOD_SLUGS.length });

/** A map of mood slug to `{ weight, why }` with `min`–`max` moods (see MOOD_COUNT in src/schemas/editorial-rules.ts). */
export function moodWeightsField({ min, max }: { min: number; max: number }) {
  const countMessage = `expected ${min}–${max} moods (${MOOD_SLUGS.join(", ")}), each { weight, why }`;
  return z
    .record(z.string(), moodWeightSchema, { error: moodsMessage })
    .superRefine((moods, context) => {
      const slugs = Object.keys(moods);
      if (slugs.length === 0) context.addIssue({ code: "custom", message: moodsMessage, input: moods });
      else if (slugs.length < min || slugs.length > max) {
        context.addIssue({
          code: "custom",
          message: countMessage,
          input: moods,
          params: { foundText: `${slugs.length} mood${slugs.length === 1 ? "" : "s"}` },
        });
      }
      for (const slug of slugs) {
        if (!isMoodSlug(slug)) {
          context.addIssue({
            code: "custom",
            path: [slug],
            params: { found: slug, allowed: MOOD_SLUGS },
            message: `expected a mood slug: one of ${MOOD_SLUGS.join(", ")}`,
          });
        }
      }
    })
    .transform((moods) => moods as MoodWeights);
}
