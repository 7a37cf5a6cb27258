/**
 * Free text: reads what a person typed as names, descriptions and feelings, over the prebuilt text
 * index (see text-fields.ts for how each is indexed).
 *
 * 1. Names. A hit's quality is graded by how much of the *name* the query covered and how exactly:
 *      nameQuality = (share of the name's words matched, stop words counting a quarter)
 *                    × (mean over matched words of 1 exact, 0.8 prefix or typo)
 *    A whole, exact name ("goblin", "bts", "gong yoo") scores 1. Hits on stop words alone ("the"),
 *    unless they are the whole name ("For You"), hits below 0.5 (a third of "Love Next Door" from
 *    "love") and hits whose words a better hit also used and extended ("Kim Eun" inside
 *    "Kim Eun-sook") are not names the person meant, nor is a typo match for a word that our
 *    profiles use as it is ("chef" is not a misspelled "Chen"). A name that used only some of the words that
 *    matched names is scaled by its share of them ("Luna" the singer inside "hotel del luna").
 * 2. Feelings. Words of the feeling vocabulary (mood-words.ts) become moods, compared by stem.
 * 3. Descriptions. The remaining words, stemmed, search each drama's genres (boost 3), mood reasons
 *    (1.5), introduction (1.2) and songs' notes (0.6) with BM25. A drama's description relevance is
 *      DESCRIPTION_CEILING × (share of the description words it matched) × BM25 / best BM25
 *    so a description can never count as much as a name.
 * Words that are part of an exactly matched name are not read again as feelings or descriptions
 * ("Dream High" is a title, not the dreamy mood).
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { feelingWords } from "./mood-words";
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";
import type { NameEntity, TextIndexData } from "./index-format";
import {
  descriptionQueryOptions,
  descriptionSearchOptions,
  descriptionTerm,
  isStopWord,
  nameQueryOptions,
  nameSearchOptions,
  normalizeTerm,
  swappedSpellings,
  tokenize,
} from "./text-fields";

export const MAX_QUERY_CHARACTERS = 100;
export const MIN_NAME_QUALITY = 0.5;
export const INEXACT_WORD_QUALITY = 0.8;
export const DESCRIPTION_CEILING = 0.6;
/** How much a stop word of a name ("The Heirs", "Stay With Me") counts towards covering it. */
export const STOP_WORD_SHARE = 0.25;
/** Most search results read per query: enough for any list a person scrolls, bounded at any catalogue size. */
export const MAX_NAME_RESULTS = 300;
export const MAX_DESCRIPTION_RESULTS = 300;
/** Longest feeling phrase, in words. */
const MAX_PHRASE_WORDS = 4;

export interface NameHit {
  entity: NameEntity;
  /** 0–1, see the module comment. */
  quality: number;
  /** Query words (as typed) this name used. */
  words: string[];
}

export interface FeelingHit {
  /** The words as typed. */
  phrase: string;
  mood: MoodSlug;
  strength: number;
}

export interface DescriptionHit {
  drama: number;
  relevance: number;
  /** The query words (as typed) that matched, and whether any matched the drama's genres. */
  words: string[];
  genres: string[];
}

export interface QueryReading {
  text: string;
  names: NameHit[];
  feelings: FeelingHit[];
  descriptions: DescriptionHit[];
  /** Meaningful words (not stop words) that matched nothing at all. */
  unmatched: string[];
}

/** A feeling phrase as a sequence of description terms (stemmed), with its mood. */
interface FeelingPattern {
  terms: string[];
  mood: MoodSlug;
  strength: number;
}

function feelingPatterns(): FeelingPattern[] {
  return feelingWords()
    .map(({ phrase, mood, strength }) => ({
      terms: tokenize(phrase)
        .map(descriptionTerm)
        .filter((term): term is string => !!term),
      mood,
      strength,
    }))
    .filter((pattern) => pattern.terms.length > 0)
    .sort((a, b) => b.terms.length - a.terms.length);
}

export interface TextSearch {
  read(text: string): QueryReading;
  data: TextIndexData;
}

/**
 * Reads free text in layers (names, descriptions, feelings) over the text index.
 *
 * Long on purpose, for now: the matching and the index are being rewritten next (after the house
 * restructure), so this function was moved, not split.
 */
export function createTextSearch(data: TextIndexData): TextSearch {
  const names = MiniSearch.loadJS(data.nameSearch as never, nameSearchOptions());
  const descriptions = MiniSearch.loadJS(data.descriptionSearch as never, descriptionSearchOptions());
  const patterns = feelingPatterns();
  /** Whether a word, exactly as typed, appears in some drama's description. */
  const knownWords = new Map<string, boolean>();
  const isKnownWord = (word: string) => {
    let known = knownWords.get(word);
    if (known === undefined) {
      const term = descriptionTerm(word);
      known = !!term && descriptions.search(term, { fuzzy: false, prefix: false }).length > 0;
      knownWords.set(word, known);
    }
    return known;
  };

  function nameHits(words: string[]): NameHit[] {
    if (words.length === 0) return [];
    const typedByTerm = new Map(words.map((word) => [normalizeTerm(word), word]));
    const swaps = new Map<string, string>();
    for (const word of words) {
      for (const spelling of swappedSpellings(normalizeTerm(word))) {
        if (!typedByTerm.has(spelling)) swaps.set(spelling, word);
      }
    }
    const options = nameQueryOptions();
    const results = names.search([...typedByTerm.keys(), ...swaps.keys()].join(" "), {
      ...options,
      // Swapped spellings are typos already: exact only.
      prefix: (term, i, terms) =>
        !swaps.has(term) && (options.prefix as (...args: unknown[]) => boolean)(term, i, terms),
      fuzzy: (term, i, terms) =>
        swaps.has(term) ? 0 : (options.fuzzy as (...args: unknown[]) => number)(term, i, terms),
    });
    const hits: NameHit[] = [];
    // BM25 puts whole, short names first; past the first few hundred only partial matches remain.
    for (const result of results.slice(0, MAX_NAME_RESULTS)) {
      const entity = data.names[result.id as number]!;
      const nameTerms = tokenize(entity.name).map(normalizeTerm).filter(Boolean);
      const matched = new Set(result.terms);
      const matchedNameTerms = nameTerms.filter((term) => matched.has(term));
      if (matchedNameTerms.length === 0) continue;
      const usedQueryTerms = [
        ...new Set(result.queryTerms.map((term) => (swaps.has(term) ? normalizeTerm(swaps.get(term)!) : term))),
      ].filter((term) => typedByTerm.has(term));
      // Stop words alone ("for you") only name something whose name is nothing else.
      const wholeName = nameTerms.every((term) => matched.has(term));
      if (usedQueryTerms.every(isStopWord) && !wholeName) continue;
      // A typo is the explanation for a word that means nothing as typed, or one inside a name that
      // other words matched exactly: "chef" is a word in our profiles, so it alone never stands for
      // the singer "Chen", but "head over heals" is still Head Over Heels.
      const typoOnly = usedQueryTerms.filter((term) => ![...matched].some((found) => found.startsWith(term)));
      const anchored = usedQueryTerms.some((term) => !isStopWord(term) && matched.has(term));
      if (!anchored && typoOnly.some(isKnownWord)) continue;
      const exactness =
        [...matched].reduce((sum, term) => sum + (typedByTerm.has(term) ? 1 : INEXACT_WORD_QUALITY), 0) / matched.size;
      const weightOf = (term: string) => (isStopWord(term) ? STOP_WORD_SHARE : 1);
      const distinctName = [...new Set(nameTerms)];
      const coverage =
        distinctName.filter((term) => matched.has(term)).reduce((sum, term) => sum + weightOf(term), 0) /
        distinctName.reduce((sum, term) => sum + weightOf(term), 0);
      const quality = coverage * exactness;
      if (quality < MIN_NAME_QUALITY) continue;
      hits.push({ entity, quality, words: usedQueryTerms.map((term) => typedByTerm.get(term)!) });
    }
    const dominated = (hit: NameHit) =>
      hits.some(
        (other) =>
          other !== hit &&
          hit.words.every((word) => other.words.includes(word)) &&
          (other.words.length > hit.words.length ? other.quality >= hit.quality : other.quality > hit.quality),
      );
    return hits.filter((hit) => !dominated(hit)).sort((a, b) => b.quality - a.quality);
  }

  function feelingHits(words: string[]): { hits: FeelingHit[]; used: Set<number> } {
    const terms = words.map(descriptionTerm);
    const used = new Set<number>();
    const hits: FeelingHit[] = [];
    for (let start = 0; start < terms.length; start++) {
      if (used.has(start) || !terms[start]) continue;
      for (const pattern of patterns) {
        // Match the pattern against the next words, skipping stop words in between ("edge of my seat").
        const positions: number[] = [];
        let position = start;
        for (const term of pattern.terms) {
          while (position < terms.length && terms[position] === null) position++;
          if (position >= terms.length || terms[position] !== term || used.has(position)) break;
          positions.push(position++);
        }
        if (positions.length !== pattern.terms.length || positions.length > MAX_PHRASE_WORDS) continue;
        const phrase = words.slice(positions[0], positions.at(-1)! + 1).join(" ");
        for (const other of patterns) {
          if (other.terms.join(" ") === pattern.terms.join(" ")) {
            hits.push({ phrase, mood: other.mood, strength: other.strength });
          }
        }
        positions.forEach((used_) => used.add(used_));
        break;
      }
    }
    const strongest = new Map<MoodSlug, FeelingHit>();
    for (const hit of hits) {
      if (hit.strength > (strongest.get(hit.mood)?.strength ?? 0)) strongest.set(hit.mood, hit);
    }
    return { hits: MOOD_SLUGS.flatMap((mood) => (strongest.has(mood) ? [strongest.get(mood)!] : [])), used };
  }

  function descriptionHits(words: string[]): DescriptionHit[] {
    const meaningful = words.filter((word) => descriptionTerm(word));
    if (meaningful.length === 0) return [];
    const typedByTerm = new Map(meaningful.map((word) => [descriptionTerm(word)!, word]));
    const results: SearchResult[] = descriptions.search(meaningful.join(" "), descriptionQueryOptions());
    if (results.length === 0) return [];
    const best = results[0]!.score;
    results.length = Math.min(results.length, MAX_DESCRIPTION_RESULTS);
    const distinctTerms = new Set(typedByTerm.keys()).size;
    return results.map((result) => {
      const matchedQueryTerms = [...new Set(result.queryTerms)];
      const genres = Object.entries(result.match)
        .filter(([, fields]) => fields.includes("genres"))
        .map(([term]) => term);
      return {
        drama: result.id as number,
        relevance:
          DESCRIPTION_CEILING *
          (Math.min(matchedQueryTerms.length, distinctTerms) / distinctTerms) *
          (result.score / best),
        words: matchedQueryTerms.map((term) => typedByTerm.get(term) ?? term),
        genres: data.genres[result.id as number]!.filter((genre) =>
          genres.some((term) => tokenize(genre).map(descriptionTerm).includes(term)),
        ),
      };
    });
  }

  function read(text: string): QueryReading {
    const trimmed = text.trim().slice(0, MAX_QUERY_CHARACTERS);
    const words = tokenize(trimmed).filter(Boolean);
    const foundNames = nameHits(words);
    // Words of an exactly matched whole name are that name and nothing else.
    const nameWords = new Set(
      foundNames.filter((hit) => hit.quality === 1).flatMap((hit) => hit.words.map(normalizeTerm)),
    );
    const rest = words.filter((word) => !nameWords.has(normalizeTerm(word)));
    const feelings = feelingHits(rest);
    const feelingWordsUsed = new Set(rest.filter((_, position) => feelings.used.has(position)).map(normalizeTerm));
    // A feeling word is a mood, not part of some name ("heart" in a song title), unless the name is exact.
    const names_ = foundNames.filter(
      (hit) => hit.quality === 1 || hit.words.some((word) => !feelingWordsUsed.has(normalizeTerm(word))),
    );
    const describing = rest.filter((_, position) => !feelings.used.has(position));
    // A name that used only some of the words that matched names is a side match ("Luna" the singer
    // inside "hotel del luna", "In Your Time" for "time travel"): scaled by its share of them.
    const weight = (list: Iterable<string>) =>
      [...new Set([...list].map(normalizeTerm))].reduce(
        (sum, word) => sum + (isStopWord(word) ? STOP_WORD_SHARE : 1),
        0,
      );
    const namedWords = weight(names_.flatMap((hit) => hit.words));
    const scaledNames = names_
      .map((hit) => ({ ...hit, quality: hit.quality * Math.min(1, weight(hit.words) / namedWords) }))
      .sort((a, b) => b.quality - a.quality);
    const foundDescriptions = descriptionHits(describing);

    const matchedWords = new Set([
      ...names_.flatMap((hit) => hit.words.map(normalizeTerm)),
      ...rest.filter((_, position) => feelings.used.has(position)).map(normalizeTerm),
      ...foundDescriptions.flatMap((hit) => hit.words.map(normalizeTerm)),
    ]);
    const unmatched = words.filter((word) => !matchedWords.has(normalizeTerm(word)) && descriptionTerm(word) !== null);
    return {
      text: trimmed,
      names: scaledNames,
      feelings: feelings.hits,
      descriptions: foundDescriptions,
      unmatched: [...new Set(unmatched)],
    };
  }

  return { read, data };
}
