/** Hangul in the catalogue: which characters the self-hosted font subset must hold. */

/** Hangul Jamo, Compatibility Jamo and Syllables: the ranges the subset font is declared for. */
export const HANGUL_UNICODE_RANGE = "U+1100-11FF, U+3130-318F, U+AC00-D7A3";
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/gu;

/** Every distinct Hangul character in the texts, sorted (so the same catalogue gives the same font). */
export function hangulCharacters(texts: Iterable<string>): string {
  const characters = new Set<string>();
  for (const text of texts) for (const character of text.match(HANGUL) ?? []) characters.add(character);
  return [...characters].sort().join("");
}
