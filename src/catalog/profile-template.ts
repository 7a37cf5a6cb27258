/**
 * Templates for `npm run new`: a new profile with every field present. Fields an editor must fill in
 * hold the placeholder TODO, and the body holds a sentence saying what to write; the content check
 * refuses both (in any field or the body) until they are replaced, naming each one.
 */
import type { CollectionName } from "../schemas/collections";
import { MOOD_COUNT, TAG_COUNT } from "../schemas/editorial-rules";

export const PLACEHOLDER = "TODO";

/** The template's body sentences: text that must never reach a page. */
export const PLACEHOLDER_SENTENCES = {
  dramas: "two to four sentences of our own, spoiler-free, for someone who has never seen it.",
  songs: "what the song does in the drama, in our own words.",
  spoiler: "Anything that gives away a plot turn goes here, or delete this line.",
  artists: "one to three sentences of our own about who they are.",
} as const;

/** The first placeholder in `text` (the word TODO or a template sentence), or undefined. */
export function findPlaceholder(text: string): string | undefined {
  const todo = /\bTODO\b/.exec(text);
  if (todo) return PLACEHOLDER;
  return Object.values(PLACEHOLDER_SENTENCES).find((sentence) => text.includes(sentence));
}

/** Kebab-case ASCII slug from a title or name: "Kill Me, Heal Me" → "kill-me-heal-me". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const quoted = (text: string) => JSON.stringify(text);

export function profileTemplate(collection: CollectionName, title: string, today: string): string {
  switch (collection) {
    case "dramas":
      return `---
title: ${quoted(title)}
titleHangul: ${PLACEHOLDER}
titleRomanized: ${PLACEHOLDER}
aliases: []
year: ${PLACEHOLDER}
# endYear: 2017   (only when the last episode aired in a later year)
network: ${PLACEHOLDER}
episodes: ${PLACEHOLDER}
cast:
  - name: ${PLACEHOLDER}
    nameHangul: ${PLACEHOLDER}
  - name: ${PLACEHOLDER}
    nameHangul: ${PLACEHOLDER}
writers:
  - name: ${PLACEHOLDER}
    nameHangul: ${PLACEHOLDER}
directors:
  - name: ${PLACEHOLDER}
    nameHangul: ${PLACEHOLDER}
genres: [${PLACEHOLDER}]
# ${MOOD_COUNT.dramas.min}–${MOOD_COUNT.dramas.max} moods, each with a weight 1–3 and a reason of at most 140 characters
moods:
  ${PLACEHOLDER}:
    weight: ${PLACEHOLDER}
    why: ""
# ${TAG_COUNT.dramas.min}–${TAG_COUNT.dramas.max} story tags (src/schemas/story-tags.ts, listed at /tags/), each with a one-line reason
tags:
  - tag: ${PLACEHOLDER}
    why: ""
advisories: []
watch: []
sources:
  - ${PLACEHOLDER}
added: ${today}
---

${PLACEHOLDER}: ${PLACEHOLDER_SENTENCES.dramas}
`;
    case "songs":
      return `---
title: ${quoted(title)}
titleHangul: ${PLACEHOLDER}
drama: ${PLACEHOLDER}
# artist slugs, e.g. [iu] or [chen, punch]
artists: [${PLACEHOLDER}]
year: ${PLACEHOLDER}
energy: ${PLACEHOLDER}
voice: ${PLACEHOLDER}
# ${MOOD_COUNT.songs.min}–${MOOD_COUNT.songs.max} moods, each with a weight 1–3 and a reason of at most 140 characters
moods:
  ${PLACEHOLDER}:
    weight: ${PLACEHOLDER}
    why: ""
# motif: "Only when a source says the song returns at key moments."
milestones: []
sources:
  - ${PLACEHOLDER}
added: ${today}
---

${PLACEHOLDER}: ${PLACEHOLDER_SENTENCES.songs}

<Spoiler>${PLACEHOLDER_SENTENCES.spoiler}</Spoiler>
`;
    case "artists":
      return `---
name: ${quoted(title)}
nameHangul: ${PLACEHOLDER}
kind: ${PLACEHOLDER}
idol: ${PLACEHOLDER}
# group: EXO   (only for a member of a group or band)
sources:
  - ${PLACEHOLDER}
added: ${today}
---

${PLACEHOLDER}: ${PLACEHOLDER_SENTENCES.artists}
`;
  }
}
