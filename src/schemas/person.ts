/**
 * A person named in a drama profile: a lead actor, a writer or a director. People have no profile of
 * their own; they are searchable by either name, and a cast member who also sings in the catalogue
 * links to that artist profile so both roles show.
 */
import { z } from "astro/zod";
import { hangulField, slugField, textField } from "./fields";

export const personSchema = z.strictObject(
  {
    name: textField("the person's name in English", 80).meta({
      title: "Name",
      description:
        'The name as usually written in English, family name first (e.g. "Gong Yoo", "Kim Eun-sook"). Required.',
    }),
    nameHangul: hangulField("the person's name").meta({
      title: "Name in Hangul",
      description: 'The name in Hangul (e.g. "공유"). Required.',
    }),
    alsoKnownAs: z
      .array(textField("another name for the person", 80), {
        error: 'expected a list of other names, e.g. ["Hong sisters", "홍자매"]',
      })
      .max(4, { error: "expected at most 4 other names" })
      .optional()
      .meta({
        title: "Also known as",
        description:
          'Other names people search for this person by: a nickname, or a name shared with a writing partner (e.g. "Hong sisters", "홍자매"). Optional; each needs a source.',
      }),
    artist: slugField("an artist", "iu").optional().meta({
      title: "Also sings as",
      reference: "artists",
      description: "When this person also sings in the catalogue, their artist profile. Optional.",
    }),
  },
  { error: 'expected { name, nameHangul } (and optionally alsoKnownAs: [...], artist: "<artist-slug>")' },
);

export const castSchema = z
  .array(personSchema, { error: "expected a list of 2–4 lead actors, each { name, nameHangul }" })
  .min(2, { error: "expected a list of 2–4 lead actors, each { name, nameHangul }" })
  .max(4, { error: "expected a list of 2–4 lead actors, each { name, nameHangul }" });

export function creditsSchema(role: string) {
  const message = `expected a list of 1–4 ${role}, each { name, nameHangul }`;
  return z.array(personSchema, { error: message }).min(1, { error: message }).max(4, { error: message });
}

export type Person = z.infer<typeof personSchema>;
