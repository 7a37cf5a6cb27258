/**
 * Templates for `npm run new`: a new profile with every field present. Fields an editor must fill in
 * hold the placeholder TODO, which no schema accepts, so the build fails and names each one until it
 * is filled in.
 */
import type { CollectionName } from "./content-validation";

export const PLACEHOLDER = "TODO";

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
moods:
  ${PLACEHOLDER}:
    weight: ${PLACEHOLDER}
    why: ""
advisories: []
watch: []
sources:
  - ${PLACEHOLDER}
added: ${today}
---

${PLACEHOLDER}: two to four sentences of our own, spoiler-free, for someone who has never seen it.
`;
    case "songs":
      return `---
title: ${quoted(title)}
titleHangul: ${PLACEHOLDER}
drama: ${PLACEHOLDER}
artists: [${PLACEHOLDER}]
year: ${PLACEHOLDER}
energy: ${PLACEHOLDER}
voice: ${PLACEHOLDER}
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

${PLACEHOLDER}: what the song does in the drama, in our own words.

<Spoiler>Anything that gives away a plot turn goes here, or delete this line.</Spoiler>
`;
    case "artists":
      return `---
name: ${quoted(title)}
nameHangul: ${PLACEHOLDER}
kind: ${PLACEHOLDER}
idol: ${PLACEHOLDER}
# group: EXO   (only for a member of a group)
sources:
  - ${PLACEHOLDER}
added: ${today}
---

${PLACEHOLDER}: one to three sentences of our own about who they are.
`;
  }
}
