/**
 * Reads free text in layers of evidence, over the prebuilt text index (index-format.ts):
 *
 * 1. Names: titles, aliases, songs, singers, groups, cast and creators (MiniSearch over every name,
 *    with typo tolerance for longer words and other romanizations of Korean names, name-variants.ts).
 *    A hit's quality is how much of the *name* the words covered and how exactly (see `nameHits`).
 * 2. Story tags: phrases of the tag vocabulary ("contract marriage", "chef", "조선"), through the
 *    phrase lexicon (inflections, spacing, typos).
 * 3. Feelings: the mood words ("sad", "cozy"), through the same lexicon; they become moods.
 * 4. Full text: each remaining word searched in our introductions, mood reasons, genres and song notes
 *    (BM25), relevance relative to that word's best drama.
 *
 * Filler (filler.ts) is never evidence: it can be part of a name or a tag phrase that other words
 * anchor ("the heirs", "first love"), but alone it matches nothing and is reported as ignored.
 * The result says, per query word, what it was read as; the matcher turns that into scores and
 * explanations, so both come from the same reading.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { MoodSlug } from "../../schemas/moods";
import type { NameEntity, TextIndexData } from "../index-format";
import { feelingWords } from "../mood-words";
import {
  descriptionQueryOptions,
  descriptionSearchOptions,
  descriptionTerm,
  jamoSpelling,
  nameQueryOptions,
  nameSearchOptions,
  normalizeTerm,
  swappedSpellings,
  tokenize,
} from "../text-fields";
import { fillerKind, type FillerKind } from "./filler";
import { FAMILY_NAME_SOUND_KEYS, soundKey } from "./name-variants";
import { PhraseLexicon, editDistance, typoTolerance, type PhraseMatch } from "./phrase-lexicon";
import { queryWords, type QueryWord } from "./query-words";

export const MIN_NAME_QUALITY = 0.5;
const HANGUL_WORD = /[\uac00-\ud7af]/;
export const INEXACT_WORD_QUALITY = 0.8;
/** How much a stop word of a name ("The Heirs", "Stay With Me") counts towards covering it. */
export const STOP_WORD_SHARE = 0.25;
/**
 * A name hit at least this good is the name the person meant: the whole name typed with typos or
 * another romanization (1 × 0.8), or a person's given name alone, exactly (0.8 × 1, see
 * FAMILY_NAME_SHARE). Parts of longer names stay below it.
 */
export const WHOLE_NAME_QUALITY = 0.8;
/** How much a name counts when its words were typed apart from each other. */
export const SCATTERED_NAME_SHARE = 0.5;
/** How much a person's family name counts towards covering their whole name. */
export const FAMILY_NAME_SHARE = 0.5;
/** Most search results read per query: enough for any list, bounded at any catalogue size. */
export const MAX_NAME_RESULTS = 300;
export const MAX_TEXT_RESULTS = 300;

export interface NameHit {
  entity: NameEntity;
  /** 0–1: share of the name's words covered × exactness. */
  quality: number;
  /** Positions of the query words this name used. */
  positions: number[];
}

export interface TagHit {
  /** Position of the tag in the index's vocabulary. */
  tag: number;
  positions: number[];
  typed: string;
  /** 1 exact, lower for a typo. */
  quality: number;
}

export interface FeelingHit {
  mood: MoodSlug;
  strength: number;
  /** The words as typed. */
  phrase: string;
  positions: number[];
}

export interface Correction {
  typed: string;
  as: string;
}

export interface QueryReading {
  /** The text as read (clipped to the box's length). */
  text: string;
  words: QueryWord[];
  names: NameHit[];
  tags: TagHit[];
  feelings: FeelingHit[];
  /** Per word position: drama position → full-text relevance 0–1 (1 for the word's best drama). */
  fullText: Map<number, Map<number, number>>;
  /** Word positions our texts do not have as typed, that the full text found only by a close spelling. */
  nearWords: number[];
  /**
   * The positions that evidence is asked for: every word that is not filler and not a feeling, plus
   * filler that a name or tag phrase used. A drama's text score is its share of these.
   */
  evidenceWords: number[];
  /** Filler words as typed, with why they are not read. */
  ignored: { typed: string; kind: FillerKind }[];
  /** Evidence words that matched nothing at all. */
  unmatched: string[];
  /** Dramas the words asked for more of ("like Goblin", "도깨비 같은"): drama name hits, by position in `names`. */
  alike: NameHit[];
  corrections: Correction[];
}

export interface TextReader {
  read(text: string): QueryReading;
  data: TextIndexData;
}

export function createTextReader(data: TextIndexData): TextReader {
  const names = MiniSearch.loadJS(data.nameSearch as never, nameSearchOptions());
  const descriptions = MiniSearch.loadJS(data.descriptionSearch as never, descriptionSearchOptions());
  const commonTerms = new Set(data.commonTerms);

  // Phrases may be read without stop words and talk ("a rich guy and a poor girl" is "rich and poor").
  const isStaticFiller = (word: string) => {
    const kind = fillerKind(word);
    return kind === "stop word" || kind === "conversation" || kind === "letter";
  };
  const tagLexicon = new PhraseLexicon<number>(isStaticFiller);
  data.tags.forEach((tag, position) => {
    tagLexicon.add(tag.name, position);
    for (const word of tag.words) tagLexicon.add(word, position);
  });
  const feelingLexicon = new PhraseLexicon<{ mood: MoodSlug; strength: number }>(isStaticFiller);
  for (const { phrase, mood, strength } of feelingWords()) feelingLexicon.add(phrase, { mood, strength });
  tagLexicon.prepare();
  feelingLexicon.prepare();

  /** Whether a word, exactly as typed, is a word of our descriptions or names (then never a typo). */
  const known = new Map<string, boolean>();
  const isKnownWord = (word: string) => {
    let found = known.get(word);
    if (found === undefined) {
      const term = descriptionTerm(word);
      found =
        (!!term && descriptions.search(term, { fuzzy: false, prefix: false }).length > 0) ||
        names.search(normalizeTerm(word), { fuzzy: false, prefix: false }).length > 0 ||
        isRunTogetherName(normalizeTerm(word));
      known.set(word, found);
    }
    return found;
  };
  /**
   * The names' spellings that share a sound key. The table leaves out a key whose only spelling is
   * the key itself ("gum" for Bo-gum), so the key is tried as a spelling too ("geom" finds "gum").
   */
  const spellingsOfSound = (key: string): string[] => (key ? (data.nameSounds[key] ?? [key]) : []);
  /** Whether a word is a run-together given name as the names spell it ("taecyeon" is Taec-yeon). */
  const isRunTogetherName = (word: string) => {
    const syllables = data.nameSounds[soundKey(word)];
    return !!syllables && syllables.length > 1 && syllables.join("") === word;
  };
  const inVocabulary = (word: string) => tagLexicon.isPhrase(word) || feelingLexicon.isPhrase(word);
  const fillerOf = (word: QueryWord) =>
    word.contraction
      ? fillerKind(word.pieces[0]!) && "stop word"
      : fillerKind(word.norm, { commonTerms, stemOf: descriptionTerm, meaningful: inVocabulary });

  function nameHits(words: QueryWord[], filler: (FillerKind | undefined)[]): NameHit[] {
    if (words.length === 0) return [];
    // Every spelling we search, and the query word it stands for.
    // A word typed twice ("fifty fifty") stands at both places.
    const positionOf = new Map<string, number[]>();
    const alternatives = new Map<string, number[]>();
    const note = (map: Map<string, number[]>, term: string, position: number) => {
      const list = map.get(term);
      if (!list) map.set(term, [position]);
      else if (!list.includes(position)) list.push(position);
    };
    for (const word of words)
      for (const term of [word.raw, word.norm, ...word.pieces]) note(positionOf, term, word.position);
    for (const word of words) {
      for (const spelling of [...swappedSpellings(word.norm), ...spellingsOfSound(soundKey(word.norm))]) {
        if (!positionOf.has(spelling)) note(alternatives, spelling, word.position);
      }
    }
    const options = nameQueryOptions();
    const results = names.search([...positionOf.keys(), ...alternatives.keys()].join(" "), {
      ...options,
      // Other spellings are typos or variants already: exact only.
      prefix: (term, i, terms) =>
        !alternatives.has(term) && (options.prefix as (...args: unknown[]) => boolean)(term, i, terms),
      fuzzy: (term, i, terms) =>
        alternatives.has(term) ? 0 : (options.fuzzy as (...args: unknown[]) => number)(term, i, terms),
    });
    const hits: NameHit[] = [];
    for (const result of results.slice(0, MAX_NAME_RESULTS)) {
      const hit = gradeName(result, positionOf, alternatives, words, filler);
      if (hit) hits.push(hit);
    }
    // A hit whose words a better hit also used, and extended, is not what the person meant
    // ("Kim Eun" inside "Kim Eun-sook").
    const dominated = (hit: NameHit) =>
      hits.some(
        (other) =>
          other !== hit &&
          hit.positions.every((position) => other.positions.includes(position)) &&
          (other.positions.length > hit.positions.length ? other.quality >= hit.quality : other.quality > hit.quality),
      );
    return hits.filter((hit) => !dominated(hit)).sort((a, b) => b.quality - a.quality);
  }

  /**
   * One names-index result as a hit, or undefined when it is not a name the person meant:
   *   quality = (share of the name's words matched, stop words counting a quarter)
   *             × (mean over matched words of 1 exact, 0.8 prefix, typo or other spelling)
   * Refused: hits below MIN_NAME_QUALITY; hits that use only filler, unless the filler is the whole
   * name ("For You"); a typo for a word that exists as typed ("chef" is not "Chen"); and a family name
   * alone for a person with a given name ("kim" is not Kim Go-eun).
   */
  function gradeName(
    result: SearchResult,
    positionOf: Map<string, number[]>,
    alternatives: Map<string, number[]>,
    words: QueryWord[],
    filler: (FillerKind | undefined)[],
  ): NameHit | undefined {
    const entity = data.names[result.id as number]!;
    const nameTerms = [...new Set(tokenize(entity.name).map(normalizeTerm).filter(Boolean))];
    // A word typed as the start of a name's word counts only when it is at least half of it: "gobl"
    // is Goblin being typed, "로맨스" is a word of its own, not the start of "로맨스는별책부록".
    const typedTerms = result.queryTerms;
    const exactOrVariant = (term: string) => typedTerms.some((typed) => typed === term) || alternatives.has(term);
    const prefixOf = (term: string) => typedTerms.filter((typed) => term.startsWith(typed));
    const matched = new Set(
      result.terms.filter((term) => {
        if (exactOrVariant(term)) return true;
        const prefixes = prefixOf(term);
        if (prefixes.length > 0) return prefixes.some((typed) => [...typed].length * 2 >= [...term].length);
        // A typo in Hangul is one letter of a block, not a block ("도께비" is 도깨비; "첫사랑" is not 김사랑).
        if (HANGUL_WORD.test(term)) {
          return typedTerms.some((typed) => editDistance(jamoSpelling(typed), jamoSpelling(term), 1) <= 1);
        }
        return true;
      }),
    );
    if (!nameTerms.some((term) => matched.has(term))) return undefined;
    const positions = [
      ...new Set(result.queryTerms.flatMap((term) => positionOf.get(term) ?? alternatives.get(term) ?? [])),
    ].sort((a, b) => a - b);
    // A piece of a hyphenated word helps only with the rest of it ("Eun-sook" of Kim Eun-sook), never
    // alone ("heart" of "heart-warming" is not the song Heartbeat).
    const usedTerms = new Set(result.queryTerms);
    const brokenWord = positions.some((position) => {
      const word = words[position]!;
      if (word.pieces.length === 0 || usedTerms.has(word.norm) || usedTerms.has(word.raw)) return false;
      return !word.pieces.every((piece) => usedTerms.has(piece) || filler[position] === "letter");
    });
    if (brokenWord) return undefined;
    const wholeName = nameTerms.every((term) => matched.has(term));
    if (positions.every((position) => filler[position]) && !wholeName) return undefined;
    const exactly = (term: string) => positionOf.has(term) || typedRunTogether.has(term);
    // A given name typed run together ("taecyeon") whose syllables all matched is typed exactly.
    const runTogetherSyllables = (position: number) => {
      const typed = words[position]!.norm;
      const syllables = isRunTogetherName(typed) ? data.nameSounds[soundKey(typed)]! : [];
      return syllables.every((syllable) => matched.has(syllable)) ? syllables : [];
    };
    const typedRunTogether = new Set(positions.flatMap(runTogetherSyllables));
    // A word, or one of its pieces ("dle" of "I-DLE"), found as typed or as the start of a name's word.
    const formsOf = (position: number) => [words[position]!.norm, words[position]!.raw, ...words[position]!.pieces];
    const anchored = positions.some(
      (position) =>
        !filler[position] &&
        (formsOf(position).some((form) => matched.has(form)) || runTogetherSyllables(position).length > 0),
    );
    // Words that found this name only as a typo, another spelling or the start of a longer word.
    const notAsTyped = positions.filter(
      (position) => !formsOf(position).some((form) => matched.has(form)) && runTogetherSyllables(position).length === 0,
    );
    // A word that exists as typed means itself: "love run" is not "Lovely Runner", "chef" is not "Chen".
    if (
      !anchored &&
      notAsTyped.some((position) => isKnownWord(words[position]!.norm) || inVocabulary(words[position]!.norm))
    )
      return undefined;
    if (
      (entity.kind === "person" || entity.kind === "artist") &&
      !wholeName &&
      [...matched].every((term) => FAMILY_NAME_SOUND_KEYS.has(soundKey(term)))
    ) {
      return undefined;
    }
    const exactness =
      [...matched].reduce((sum, term) => sum + (exactly(term) ? 1 : INEXACT_WORD_QUALITY), 0) / matched.size;
    // People are often called by their given name alone ("Bo-gum", "Taecyeon"), so the family name
    // counts for less of a person's name than the given name.
    const familyName =
      entity.kind === "person" || entity.kind === "artist"
        ? nameTerms.length > 1 && FAMILY_NAME_SOUND_KEYS.has(soundKey(nameTerms[0]!))
          ? nameTerms[0]
          : undefined
        : undefined;
    const share = (term: string) =>
      fillerKind(term) === "stop word" ? STOP_WORD_SHARE : term === familyName ? FAMILY_NAME_SHARE : 1;
    const coverage =
      nameTerms.filter((term) => matched.has(term)).reduce((sum, term) => sum + share(term), 0) /
      nameTerms.reduce((sum, term) => sum + share(term), 0);
    // A name's words typed together (in any order, one word between at most) are the name; the same
    // words scattered through a description ("little … a girl's") are not "A Little Girl".
    const typedTogether = positions.length < 2 || positions.at(-1)! - positions[0]! <= positions.length;
    const quality = coverage * exactness * (typedTogether ? 1 : SCATTERED_NAME_SHARE);
    return quality < MIN_NAME_QUALITY ? undefined : { entity, quality, positions };
  }

  function fullTextOf(words: QueryWord[], near: Set<number>): Map<number, Map<number, number>> {
    const found = new Map<number, Map<number, number>>();
    for (const word of words) {
      const term = descriptionTerm(word.norm);
      if (!term || commonTerms.has(term)) continue;
      // A word our texts have as typed is searched as typed; any other may be misspelt ("acidents"),
      // and is searched with as many edits as the typo rules allow for its typed length.
      const fuzzy = isKnownWord(word.norm) ? 0 : typoTolerance(word.norm);
      const results = descriptions
        .search(term, { ...descriptionQueryOptions(), fuzzy, weights: { fuzzy: 0.5, prefix: 0.6 } })
        .slice(0, MAX_TEXT_RESULTS);
      if (results.length === 0) continue;
      if (fuzzy > 0) near.add(word.position);
      const best = results[0]!.score;
      found.set(word.position, new Map(results.map((result) => [result.id as number, result.score / best])));
    }
    return found;
  }

  function read(text: string): QueryReading {
    const words = queryWords(text);
    const filler = words.map((word) =>
      word.pieces.length > 0 && word.pieces.every((piece) => piece.length <= 1) ? undefined : fillerOf(word),
    );
    const standsAlone = (word: QueryWord) => !filler[word.position];

    const foundNames = nameHits(words, filler);
    // Words of a whole, exact name are that name and nothing else ("Dream High" is not the dreamy mood);
    // so are the words of a query that is
    // one name, typos and all ("head over heals" is a title, not the healing mood).
    const evidenceCandidates = words.filter((word) => !filler[word.position]).map((word) => word.position);
    const isWholeQuery = (hit: NameHit) =>
      hit.quality >= INEXACT_WORD_QUALITY && evidenceCandidates.every((position) => hit.positions.includes(position));
    const exactNameWords = new Set(
      foundNames.filter((hit) => hit.quality === 1 || isWholeQuery(hit)).flatMap((hit) => hit.positions),
    );
    const tagMatches = tagLexicon.find(words, { isKnownWord, mayStandAlone: standsAlone, skip: exactNameWords });
    // A word may be a tag and a feeling at once ("cozy" is a heartwarming story and the healing mood).
    const feelingMatches = feelingLexicon.find(words, {
      isKnownWord,
      mayStandAlone: standsAlone,
      skip: exactNameWords,
    });
    const feelingPositions = new Set(feelingMatches.flatMap((match) => match.positions));
    const tagPositions = new Set(tagMatches.flatMap((match) => match.positions));
    const keptNames = foundNames.filter(
      (hit) =>
        // A feeling word is a mood, not part of some name ("heart" in a song title), unless the name is exact.
        (hit.quality === 1 || hit.positions.some((position) => !feelingPositions.has(position))) &&
        // A phrase read as a tag owns its words: a name that takes only part of it ("In Your Time"
        // from "time loop") is not what was meant; one that contains the whole phrase may be.
        tagMatches.every(
          (match) =>
            match.positions.length < 2 ||
            !match.positions.some((position) => hit.positions.includes(position)) ||
            match.positions.every((position) => hit.positions.includes(position)),
        ),
    );
    const anchoredBy = new Set([
      ...keptNames.flatMap((hit) => hit.positions),
      ...tagMatches.flatMap((match) => match.positions),
    ]);
    // Filler counts as a word to explain only inside a whole name or a tag phrase ("the" of "The Heirs");
    // a piece of some longer title ("so" in "So I Married…") does not make it one.
    const fillerAnchoredBy = new Set([
      ...keptNames.filter((hit) => hit.quality >= WHOLE_NAME_QUALITY).flatMap((hit) => hit.positions),
      ...tagMatches.flatMap((match) => match.positions),
    ]);
    const evidenceWords = words
      .filter(
        (word) =>
          (!feelingPositions.has(word.position) || tagPositions.has(word.position)) &&
          (!filler[word.position] || fillerAnchoredBy.has(word.position)),
      )
      .map((word) => word.position);
    const near = new Set<number>();
    const fullText = fullTextOf(
      words.filter(
        (word) => evidenceWords.includes(word.position) && !filler[word.position] && !exactNameWords.has(word.position),
      ),
      near,
    );
    const matchedWords = new Set([...anchoredBy, ...fullText.keys()]);
    return {
      text: [...text.trim()].slice(0, 100).join(""),
      words,
      names: keptNames,
      tags: tagMatches.flatMap((match) =>
        match.values.map((tag) => ({ tag, positions: match.positions, typed: match.typed, quality: match.quality })),
      ),
      feelings: strongestFeelings(feelingMatches),
      fullText,
      nearWords: [...near],
      evidenceWords,
      ignored: words.flatMap((word) => {
        const kind = filler[word.position];
        return kind && !fillerAnchoredBy.has(word.position) ? [{ typed: word.typed, kind }] : [];
      }),
      unmatched: [
        ...new Set(
          evidenceWords.filter((position) => !matchedWords.has(position)).map((position) => words[position]!.typed),
        ),
      ],
      corrections: [...tagMatches, ...feelingMatches].flatMap((match) => match.corrections),
      alike: keptNames.filter(
        (hit) => hit.entity.kind === "drama" && hit.quality >= WHOLE_NAME_QUALITY && askedAlike(words, hit),
      ),
    };
  }

  return { read, data };
}

/** Whether the words around a name ask for dramas like it ("like Goblin", "similar to Goblin", "도깨비 같은"). */
function askedAlike(words: QueryWord[], hit: NameHit): boolean {
  const first = hit.positions[0]!;
  const last = hit.positions.at(-1)!;
  const [before, twoBefore] = [words[first - 1]?.norm, words[first - 2]?.norm];
  const after = words[last + 1]?.norm;
  return (
    before === "like" ||
    before === "similar" ||
    (before === "to" && twoBefore === "similar") ||
    (before === "as" && twoBefore === "such") ||
    (after !== undefined && ["같은", "같이", "비슷한", "비슷하게", "처럼"].includes(after)) ||
    /(?:처럼|같은)$/.test(words[last]!.norm)
  );
}

function strongestFeelings(matches: PhraseMatch<{ mood: MoodSlug; strength: number }>[]): FeelingHit[] {
  const strongest = new Map<MoodSlug, FeelingHit>();
  for (const match of matches) {
    for (const { mood, strength } of match.values) {
      const value = strength * match.quality;
      if (value > (strongest.get(mood)?.strength ?? 0)) {
        strongest.set(mood, { mood, strength: value, phrase: match.typed, positions: match.positions });
      }
    }
  }
  return [...strongest.values()];
}
