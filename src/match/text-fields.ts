/**
 * How free text is indexed and searched, shared by the index builder (build time) and the matcher
 * (browser), because MiniSearch must load a prebuilt index with the options it was built with.
 *
 * Two indexes, two kinds of meaning:
 * - names: every name of every drama, song, singer, group and person, one document per name.
 *   Typo-tolerant for longer words and prefix-matched as people type, but never for words of three
 *   letters or fewer, so "IU" cannot reach "Xiumin" nor "bts" reach "BTOB".
 * - descriptions: one document per drama with its genres, our introduction, the mood reasons and its
 *   songs' notes, stemmed (Porter) and without English stop words, so "ghosts" finds "ghost" and
 *   "a small town" searches for "small" and "town".
 * Tokenizing is MiniSearch's own (Unicode-aware: it keeps Hangul words whole).
 */
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import type { ArtistRecord, NameEntity, PersonCredit, PersonRole } from "./index-format";

export const NAME_FIELDS = ["name"] as const;

export const DESCRIPTION_FIELDS = {
  genres: "genres",
  about: "about",
  reasons: "reasons",
  songs: "songs",
} as const;

export const tokenize: (text: string) => string[] = MiniSearch.getDefault("tokenize");

/** Lower case, width and compatibility forms folded (ｉｕ → iu), accents kept off. */
export function normalizeTerm(term: string): string {
  return term.normalize("NFKC").toLowerCase();
}

const STOP_WORDS = new Set(eng);
const LATIN_WORD = /^[a-z]+$/;

/** A description term: stop words dropped, English words stemmed. */
export function descriptionTerm(term: string): string | null {
  const normalized = normalizeTerm(term).replace(/['’]s$/, "");
  if (!normalized || STOP_WORDS.has(normalized)) return null;
  return LATIN_WORD.test(normalized) ? stemmer(normalized) : normalized;
}

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(normalizeTerm(term));
}

const HANGUL = /[\uac00-\ud7af]/;

/** Words longer than this are never read as typos. */
export const MAX_TYPO_WORD_LENGTH = 24;

/** Longer words tolerate typos; short ones never do (see the module comment). Hangul syllables carry more. */
export function typoTolerance(term: string): number {
  const length = [...term].length;
  // Nobody misspells a 30-letter word; fuzzy search over one only costs time.
  if (length > MAX_TYPO_WORD_LENGTH) return 0;
  // Hangul: one edit from three syllables; the reader then keeps only a change of one letter (jamo)
  // within a block (도께비 for 도깨비), since a whole block changed makes another word (첫사랑, 김사랑).
  if (HANGUL.test(term)) return length >= 3 ? 1 : 0;
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/**
 * A word with two neighbouring letters swapped ("goblni" → "goblin"): Levenshtein counts a swap as two
 * edits, more than a short word may have, so the matcher also searches these spellings exactly.
 */
export function swappedSpellings(word: string): string[] {
  const letters = [...word];
  if (letters.length < 4 || letters.length >= 8) return [];
  const spellings = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    spellings.add(swapped.join(""));
  }
  return [...spellings];
}

export function nameSearchOptions(): Options {
  return {
    fields: [...NAME_FIELDS],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: nameQueryOptions(),
  };
}

export function nameQueryOptions(): SearchOptions {
  return {
    combineWith: "OR",
    // Prefixes help as people type, from three letters (two Hangul syllables) on.
    prefix: (term) => [...term].length >= (HANGUL.test(term) ? 2 : 3),
    fuzzy: (term) => typoTolerance(term),
    weights: { fuzzy: 0.6, prefix: 0.7 },
  };
}

export function descriptionSearchOptions(): Options {
  return {
    fields: Object.values(DESCRIPTION_FIELDS),
    processTerm: descriptionTerm,
    searchOptions: descriptionQueryOptions(),
  };
}

export function descriptionQueryOptions(): SearchOptions {
  return {
    combineWith: "OR",
    boost: {
      [DESCRIPTION_FIELDS.genres]: 3,
      [DESCRIPTION_FIELDS.reasons]: 1.5,
      [DESCRIPTION_FIELDS.about]: 1.2,
      [DESCRIPTION_FIELDS.songs]: 0.6,
    },
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 6 ? 1 : 0),
    weights: { fuzzy: 0.5, prefix: 0.6 },
  };
}

/** Title and subtitle separators: "Moon Lovers: Scarlet Heart Ryeo", "쓸쓸하고 찬란하神 - 도깨비". */
const SUBTITLE = /\s+[-–—]\s+|:\s+|\s+\(|\)/;

/**
 * The initials fans write for a title of three words or more ("Crash Landing on You" → "CLOY",
 * "What's Wrong with Secretary Kim" → "WWWSK"); undefined for shorter or non-Latin titles, whose
 * initials are too short to be anything but an accident. A hyphenated word gives one letter.
 */
export function titleAcronym(title: string): string | undefined {
  if (/[^\x00-\x7f]/.test(title)) return undefined;
  const words = title.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
  if (words.length < 3) return undefined;
  return words.map((word) => word.replace(/[^a-z0-9]/gi, "")[0]!.toUpperCase()).join("");
}

/**
 * Every names-index document. A name with a subtitle is also indexed as each of its parts, since
 * people type either ("Misaeng", "도깨비"). Hangul names of several words are also indexed without
 * spaces, since people often type them run together ("사랑의불시착"). A person credited on several
 * dramas is one document per spelling, pointing at all of them.
 */
export function namesOf(input: {
  dramas: { names: string[] }[];
  songs: { names: (string | undefined)[] }[];
  artists: ArtistRecord[];
  people: PersonCredit[][];
}): NameEntity[] {
  const entities: NameEntity[] = [];
  const withRunTogether = (names: (string | undefined)[]) => {
    const all = new Set<string>();
    for (const name of names) {
      if (!name) continue;
      const parts = name.split(SUBTITLE).map((part) => part.trim());
      for (const variant of [name, ...(parts.length > 1 ? parts.filter(Boolean) : [])]) {
        all.add(variant);
        if (HANGUL.test(variant) && /\s/.test(variant)) all.add(variant.replace(/\s+/g, ""));
      }
    }
    return [...all];
  };
  input.dramas.forEach((drama, position) => {
    const names = withRunTogether(drama.names);
    for (const name of names) entities.push({ kind: "drama", name, drama: position });
    for (const acronym of new Set(names.map(titleAcronym).filter((acronym) => acronym !== undefined))) {
      if (!names.some((name) => normalizeTerm(name) === normalizeTerm(acronym))) {
        entities.push({ kind: "drama", name: acronym, drama: position });
      }
    }
  });
  input.songs.forEach((song, position) => {
    for (const name of withRunTogether(song.names)) entities.push({ kind: "song", name, song: position });
  });
  input.artists.forEach((artist, position) => {
    for (const name of withRunTogether([artist.name, artist.nameHangul])) {
      entities.push({ kind: "artist", name, artist: position });
    }
  });
  const groups = new Map<string, number[]>();
  input.artists.forEach((artist, position) => {
    if (!artist.group) return;
    const members = groups.get(artist.group);
    if (members) members.push(position);
    else groups.set(artist.group, [position]);
  });
  // A group is found as its members even when it also has an artist profile of its own (its songs
  // as a group come through that artist).
  for (const [name, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entities.push({ kind: "group", name, artists: members });
  }
  const people = new Map<string, { drama: number; role: PersonRole; person: number }[]>();
  input.people.forEach((credits, drama) =>
    credits.forEach((credit, person) => {
      for (const name of withRunTogether([credit.name, credit.nameHangul, ...(credit.alsoKnownAs ?? [])])) {
        const list = people.get(name);
        if (list) list.push({ drama, role: credit.role, person });
        else people.set(name, [{ drama, role: credit.role, person }]);
      }
    }),
  );
  for (const [name, credits] of [...people].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entities.push({ kind: "person", name, credits });
  }
  return entities;
}

/**
 * A Hangul word spelled in its letters (conjoining jamo): each syllable block split into initial,
 * vowel and final, so a typo can be measured as people make it. Other characters are kept.
 */
export function jamoSpelling(word: string): string {
  let letters = "";
  for (const char of word) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      letters += char;
      continue;
    }
    const final = code % 28;
    letters += String.fromCharCode(0x1100 + Math.floor(code / 588), 0x1161 + Math.floor((code % 588) / 28));
    if (final > 0) letters += String.fromCharCode(0x11a7 + final);
  }
  return letters;
}
