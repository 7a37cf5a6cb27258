/**
 * Build-time tables the text reader needs beside the two MiniSearch indexes: the story-tag vocabulary
 * and who carries each tag, the catalogue-common description terms (filler by frequency), and the
 * other spellings of people's names.
 */
import type { NameEntity } from "../index-format";
import { COMMON_TERM_SHARE, MIN_DRAMAS_FOR_COMMON_TERMS } from "../reading/filler";
import { soundKey } from "../reading/name-variants";
import { descriptionTerm, normalizeTerm, tokenize } from "../text-fields";

/**
 * Description terms found in at least COMMON_TERM_SHARE of the dramas' descriptions (each drama's
 * text given as one string), except the words of `meaningful` (the genre names). Empty for catalogues
 * too small for shares to mean anything.
 */
export function commonTermsOf(dramaTexts: readonly string[], meaningful: readonly string[] = []): string[] {
  if (dramaTexts.length < MIN_DRAMAS_FOR_COMMON_TERMS) return [];
  const counts = new Map<string, number>();
  for (const text of dramaTexts) {
    const terms = new Set(
      tokenize(text)
        .map(descriptionTerm)
        .filter((term): term is string => !!term),
    );
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const least = COMMON_TERM_SHARE * dramaTexts.length;
  return [...counts]
    .filter(([, count]) => count >= least)
    .map(([term]) => term)
    .sort();
}

/**
 * Sound key → the words of people's and singers' names that share it ("jung" → joong, jeong), and a
 * run-together given name's key → its syllables ("jungi" → joong, ki). The reader searches those
 * spellings when a query word has the key.
 */
export function nameSoundsOf(names: readonly NameEntity[]): Record<string, string[]> {
  const sounds = new Map<string, Set<string>>();
  const add = (key: string, terms: string[]) => {
    if (!key) return;
    let set = sounds.get(key);
    if (!set) sounds.set(key, (set = new Set()));
    for (const term of terms) set.add(term);
  };
  for (const entity of names) {
    if (entity.kind !== "person" && entity.kind !== "artist" && entity.kind !== "group") continue;
    if (/[^\x00-\x7f]/.test(entity.name)) continue;
    for (const word of entity.name.split(/\s+/).filter(Boolean)) {
      const syllables = word.split(/[-'’]/).filter(Boolean).map(normalizeTerm);
      for (const syllable of syllables) add(soundKey(syllable), [syllable]);
      if (syllables.length > 1) add(soundKey(syllables.join("")), syllables);
    }
    // A given name written as two words ("Min Ho") may be typed as one ("Minho").
    const words = entity.name.split(/\s+/).filter(Boolean).map(normalizeTerm);
    if (words.length === 3 && words.every((word) => !/[-'’]/.test(word))) {
      add(soundKey(words.slice(1).join("")), words.slice(1));
    }
  }
  const table: Record<string, string[]> = {};
  for (const [key, terms] of [...sounds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Only keys that lead somewhere other than themselves are worth shipping.
    const others = [...terms].sort();
    if (others.length > 0 && !(others.length === 1 && others[0] === key)) table[key] = others;
  }
  return table;
}
