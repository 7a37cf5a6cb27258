/**
 * A phrase lexicon: finds known phrases (story-tag words, feeling words) in a query, whatever their
 * inflection, spacing or hyphenation, and despite a typo.
 *
 * Every phrase and every query word is reduced to a key: its words lower-cased, Porter-stemmed
 * (English) or stripped of a particle (Korean), and run together, so "enemies to lovers",
 * "enemy-to-lover" and "Enemies To Lovers" share one key, and "k-pop" equals "k pop". Matching runs
 * left to right, longest phrase first (up to `MAX_PHRASE_WORDS`), and each word is used once.
 *
 * Typos: a query word that is not a known word of the catalogue or of the lexicon is looked up with
 * fuse.js among the lexicon's own words, and taken as the closest one when its edit distance is within
 * `typoTolerance` ("resturant" → "restaurant", "procecutor" → "prosecutor"). A word that exists as typed
 * is never corrected ("chief" is not a misspelled "chef").
 */
import Fuse from "fuse.js";
import { stemmer } from "stemmer";
import { MAX_TYPO_WORD_LENGTH } from "../text-fields";
import type { QueryWord } from "./query-words";
import { normalizeWord, withoutParticle } from "./query-words";

export const MAX_PHRASE_WORDS = 5;

const LATIN_WORD = /^[a-z]+$/;
const HANGUL = /[\uac00-\ud7af]/;

/** One word's key: stemmed English, Korean without its particle, anything else as is. */
export function wordKey(word: string): string {
  // Apostrophes go ("can't" is "cant", "girl's" is "girls"), and "cannot" is "can't", so contractions
  // and their long forms share phrases whichever way either side writes them.
  const normal = normalizeWord(word).replace(/['’]/g, "");
  if (normal === "cannot") return "cant";
  if (LATIN_WORD.test(normal)) return stemmer(normal);
  return withoutParticle(normal);
}

/** The words of a phrase as the lexicon reads them: split on spaces and hyphens, apostrophes dropped. */
export function phraseWords(phrase: string): string[] {
  return normalizeWord(phrase)
    .replace(/['’]/g, "")
    .split(/[\s\-.,/]+/)
    .filter(Boolean);
}

export const phraseKey = (words: readonly string[]) => words.map(wordKey).join("");

/** Edits allowed for a word of this length: none for short words, one, then two for long ones. */
export function typoTolerance(word: string): number {
  const length = [...word].length;
  if (length > MAX_TYPO_WORD_LENGTH) return 0;
  if (HANGUL.test(word)) return length >= 3 ? 1 : 0;
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/** Optimal string alignment distance: Levenshtein plus the swap of two neighbours as one edit. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

export interface PhraseMatch<Value> {
  /** Positions of the query words the phrase used, in order. */
  positions: number[];
  /** The words as typed. */
  typed: string;
  values: Value[];
  /** 1 for an exact phrase, lower when a word was a typo. */
  quality: number;
  /** Words taken as typos, with what they were read as ("resturant" → "restaurant"). */
  corrections: { typed: string; as: string }[];
}

/** Words at least this long may be read as a shorter word with letters typed twice. */
const LONG_WORD = 8;

/** How much a phrase match is worth when one of its words was a typo. */
export const TYPO_QUALITY = 0.85;

/** At most this many filler words may stand between the words of a phrase read loosely. */
export const MAX_LOOSE_GAP = 3;

export class PhraseLexicon<Value> {
  private readonly byKey = new Map<string, Value[]>();
  /** Phrases of two words or more that are not filler, keyed by those words only ("rich and poor" → rich poor). */
  private readonly byLooseKey = new Map<string, Value[]>();
  private readonly words = new Set<string>();
  private longest = 1;
  private fuses?: Map<number, Fuse<string>>;

  /**
   * `isFiller` says which words a phrase may be read without, on either side: "a rich guy and a poor
   * girl" is the phrase "rich and poor". Without it, phrases are read only as written.
   */
  constructor(private readonly isFiller: (word: string) => boolean = () => false) {}

  add(phrase: string, value: Value): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const key = phraseKey(words);
    const values = this.byKey.get(key);
    if (!values) this.byKey.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
    const meaningful = words.filter((word) => !this.isFiller(word));
    if (meaningful.length >= 2) {
      const looseKey = phraseKey(meaningful);
      const loose = this.byLooseKey.get(looseKey);
      if (!loose) this.byLooseKey.set(looseKey, [value]);
      else if (!loose.includes(value)) loose.push(value);
    }
    for (const word of words) this.words.add(word);
    this.longest = Math.min(MAX_PHRASE_WORDS, Math.max(this.longest, words.length));
    this.fuses = undefined;
  }

  /** Whether the word (as typed) is one of the lexicon's words, in any inflection. */
  knows(word: string): boolean {
    return this.words.has(normalizeWord(word)) || this.byKey.has(wordKey(word));
  }

  /**
   * The lexicon word a typo stands for, if one is close enough; see the module comment. fuse.js looks
   * only among words of a length the typo could come from (one index per length, built on first use),
   * which keeps a lookup to a few hundred candidates at any vocabulary size. A typo that drops letters
   * is the common kind; one that would make a short word shorter ("robots" → "roots") is not read.
   */
  correct(word: string): string | undefined {
    const tolerance = typoTolerance(word);
    if (tolerance === 0) return undefined;
    const length = [...word].length;
    let best: { word: string; distance: number } | undefined;
    for (let candidateLength = length - tolerance; candidateLength <= length + tolerance; candidateLength++) {
      if (candidateLength < length && length < LONG_WORD) continue;
      for (const { item } of this.fuseOfLength(candidateLength)?.search(word, { limit: 4 }) ?? []) {
        const distance = editDistance(word, item, tolerance);
        if (distance <= tolerance && (!best || distance < best.distance)) best = { word: item, distance };
      }
    }
    return best?.word;
  }

  /**
   * Builds the typo indexes and runs one lookup, so the first query a person types does not pay for
   * them (the reader calls this when the text index arrives, before anyone submits).
   */
  prepare(): void {
    this.correct("prepare");
  }

  private fuseOfLength(length: number): Fuse<string> | undefined {
    if (!this.fuses) {
      this.fuses = new Map();
      const byLength = new Map<number, string[]>();
      for (const word of this.words) byLength.set([...word].length, [...(byLength.get([...word].length) ?? []), word]);
      for (const [wordLength, words] of byLength) {
        this.fuses.set(wordLength, new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
      }
    }
    return this.fuses.get(length);
  }

  /** Whether the word, in any inflection, is a phrase of its own in the lexicon (not only part of one). */
  isPhrase(word: string): boolean {
    return this.byKey.has(wordKey(word));
  }

  /**
   * Phrases found in the words, left to right, longest first, each word used once. `isKnownWord` says
   * whether a word exists as typed elsewhere (then it is never corrected); `mayStandAlone` whether a
   * one-word phrase may count (filler words may only count inside a longer phrase).
   */
  find(
    words: readonly QueryWord[],
    {
      isKnownWord = () => false,
      mayStandAlone = () => true,
      skip = new Set<number>(),
    }: {
      isKnownWord?: (word: string) => boolean;
      mayStandAlone?: (word: QueryWord) => boolean;
      skip?: ReadonlySet<number>;
    } = {},
  ): PhraseMatch<Value>[] {
    const readAs = words.map((word) => {
      // A hyphenated word is keyed by its pieces, like a phrase ("enemy-to-lover").
      if (word.pieces.length > 0) return { key: phraseKey(word.pieces) };
      if (this.knows(word.norm) || isKnownWord(word.norm) || /\d/.test(word.norm)) return { key: wordKey(word.norm) };
      const corrected = this.correct(word.norm);
      return corrected ? { key: wordKey(corrected), corrected } : { key: wordKey(word.norm) };
    });
    const matches: PhraseMatch<Value>[] = [];
    const used = new Set(skip);
    /** One phrase found over `span`; `keyed` are the words its key was made of (their typos count). */
    const record = (span: number[], keyed: number[], values: Value[]) => {
      const corrections = keyed.flatMap((position) =>
        readAs[position]!.corrected ? [{ typed: words[position]!.typed, as: readAs[position]!.corrected! }] : [],
      );
      matches.push({
        positions: span,
        typed: span.map((position) => words[position]!.typed).join(" "),
        values,
        quality: corrections.length > 0 ? TYPO_QUALITY : 1,
        corrections,
      });
      span.forEach((position) => used.add(position));
    };
    // Phrases as written, longest first; words alone only after phrases read loosely, so "a rich guy
    // and a poor girl" is "rich and poor" before "poor" alone is "money troubles".
    const asWritten = (shortest: number) => {
      for (let start = 0; start < words.length; start++) {
        if (used.has(start)) continue;
        for (let length = Math.min(this.longest, words.length - start); length >= shortest; length--) {
          const span = Array.from({ length }, (_, offset) => start + offset);
          if (span.some((position) => used.has(position))) continue;
          const values = this.byKey.get(span.map((position) => readAs[position]!.key).join(""));
          if (!values) continue;
          if (length === 1 && !mayStandAlone(words[start]!)) continue;
          record(span, span, values);
          break;
        }
      }
    };
    asWritten(2);
    // Then phrases read loosely: their meaningful words in order, with only filler between them.
    const meaningful = words
      .map((word) => word.position)
      .filter((position) => !used.has(position) && !this.isFiller(words[position]!.norm));
    for (let first = 0; first < meaningful.length; first++) {
      if (used.has(meaningful[first]!)) continue;
      for (let count = Math.min(this.longest, meaningful.length - first); count >= 2; count--) {
        const picked = meaningful.slice(first, first + count);
        const span = Array.from({ length: picked.at(-1)! - picked[0]! + 1 }, (_, offset) => picked[0]! + offset);
        const between = span.filter((position) => !picked.includes(position));
        if (between.length > MAX_LOOSE_GAP) continue;
        if (span.some((position) => used.has(position))) continue;
        if (between.some((position) => !this.isFiller(words[position]!.norm))) continue;
        const values = this.byLooseKey.get(picked.map((position) => readAs[position]!.key).join(""));
        if (!values) continue;
        record(span, picked, values);
        break;
      }
    }
    asWritten(1);
    return matches.sort((a, b) => a.positions[0]! - b.positions[0]!);
  }
}
