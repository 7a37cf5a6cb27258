/**
 * Matching: ranks dramas and songs for quiz answers and explains each result. The pieces, each in its
 * own module and written out there:
 * - mood-fit.ts: M(d), how well a drama's whole mood profile fits the moods asked for;
 * - reading/text-reader.ts: free text read in layers (names, story tags, feelings, full text);
 * - reading/text-evidence.ts: T(d), the share of the typed words a drama explains;
 * - rank.ts: how M and T combine, the order, and the percentage shown;
 * - explain.ts: the sentences under each result;
 * - search.ts: the search page's reading of the same words; similar.ts: "more like this".
 *
 * The mood index is enough for mood results; the text index (`attachText`) adds free text and the
 * editors' reasons. Answers with words wait for it (`needsText`), so a list with words is never
 * shown before it is final.
 */
import { type QuizAnswers } from "./answers";
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";
import {
  SEARCH_INDEX_VERSION,
  type ArtistRecord,
  type DramaRecord,
  type MoodIndexData,
  type SongRecord,
  type TextIndexData,
  detailsBlockOf,
  DETAILS_BLOCK_SIZE,
  type DetailsBlock,
} from "./index-format";
import { explainMoodFit, explainReading, explainText } from "./explain";
import { dramaMoodFit, hasMoods, songMoodFit, type DramaMoodFit, type MoodQuery } from "./mood-fit";
import { byScore, combinedScore, isBestMatch, moodShareOf, percentOf } from "./rank";
import { nameReach } from "./reading/name-reach";
import { textEvidence, type Evidence, type TextEvidenceOf } from "./reading/text-evidence";
import { createTextReader, type QueryReading, type TextReader } from "./reading/text-reader";
import { searchCatalogue, type SearchHit } from "./search";
import { suggestTags, type TagSuggestion } from "./reading/tag-suggestions";

export { energyFit, lengthFit, voiceFit, dramaMoodFit, songMoodFit } from "./mood-fit";
export type { SearchHit } from "./search";

export const DEFAULT_DRAMA_LIMIT = 5;
export const DEFAULT_SONG_LIMIT = 5;
/** Songs shown under a drama result. */
export const CARRYING_SONG_LIMIT = 3;

export interface MoodReason {
  mood: MoodSlug;
  why: string;
}

export interface CarryingSong {
  song: SongRecord;
  artistNames: string[];
  /** The asked moods this song carries, strongest first. */
  moods: MoodSlug[];
}

export interface DramaMatch {
  drama: DramaRecord;
  score: number;
  /** The whole-number percentage shown (rank.ts). */
  percent: number;
  /** `percent` as text, as the page shows it. */
  percentLabel: string;
  /** Plain sentences: why this drama is here (names, tags, mentions, moods). */
  explanation: string[];
  /** The editors' reasons for each asked mood the drama carries (once the text index is here). */
  reasons: MoodReason[];
  /** Up to three songs that carry the asked moods or matched the words, strongest first. */
  songs: CarryingSong[];
}

export interface SongMatch {
  song: SongRecord;
  drama: DramaRecord;
  artistNames: string[];
  score: number;
  percent: number;
  percentLabel: string;
  /** The asked moods this song carries, strongest first. */
  moods: MoodSlug[];
}

export interface MatchResults {
  dramas: DramaMatch[];
  songs: SongMatch[];
  /** How many dramas scored above 0 before the list was cut to its limit. */
  totalMatches: number;
  /** True when words were given but nothing in them was evidence (no name, tag, feeling or full match). */
  textIgnored: boolean;
  /** True when there is nothing to rank by: no moods, and words that gave no evidence. The list is empty. */
  nothingToGoOn: boolean;
  /** True when the words named story tags, but no drama in the catalogue carries any of them. */
  onlyAbsentTopics: boolean;
  /** Whether the first drama earns the "Best match" badge (rank.ts: BEST_MATCH_FLOOR). */
  bestMatch: boolean;
  /** How the words were read: tags, feelings, typos, filler left out, words that matched nothing. */
  reading: string[];
  /** The moods the ranking used: the chosen ones and those read from feeling words. */
  moods: MoodSlug[];
  /** Story tags close to words that matched nothing, to offer instead of a list. */
  tagSuggestions: TagSuggestion[];
}

export interface Matcher {
  match(answers: QuizAnswers, limits?: { dramas?: number; songs?: number }): MatchResults;
  /** Free-text search over dramas, songs, singers, people and tags (the search page). Needs the text index. */
  search(text: string, limit?: number): SearchHit[];
  /** Adds the text index; answers with words need it. */
  attachText(text: TextIndexData): void;
  readonly hasText: boolean;
  /** True when these answers need the text index and it is not attached yet. */
  needsText(answers: QuizAnswers): boolean;
  /** A song's Hangul title, once the text index is here. */
  songTitleHangul(position: number): string | undefined;
  /** The text index, once attached (tag names for the search page). */
  readonly text: TextIndexData | undefined;
  /** Adds a block of reasons (index-format.ts, DetailsBlock). */
  attachDetails(block: DetailsBlock): void;
  /** The details blocks these results would show reasons from that are not attached yet. */
  missingDetails(results: MatchResults): number[];
  index: MoodIndexData;
}

interface TextState {
  reader: TextReader;
  reach: ReturnType<typeof nameReach>;
}

interface Scored {
  position: number;
  score: number;
  fit: DramaMoodFit;
}

const NO_EVIDENCE: TextEvidenceOf = { dramas: new Map(), songs: new Map() };

export function createMatcher(index: MoodIndexData, textIndex?: TextIndexData): Matcher {
  const songsOfDrama: SongRecord[][] = index.dramas.map(() => []);
  const songPositionsOfDrama: number[][] = index.dramas.map(() => []);
  index.songs.forEach((song, position) => {
    songsOfDrama[song.drama]!.push(song);
    songPositionsOfDrama[song.drama]!.push(position);
  });
  const artistNames = (song: SongRecord) => song.artists.map((artist) => index.artists[artist]!.name);
  let text: TextState | undefined;
  const attach = (data: TextIndexData) => {
    text ??= { reader: createTextReader(data), reach: nameReach(index, data.people) };
  };
  if (textIndex) attach(textIndex);
  const details = new Map<number, DetailsBlock>();
  const detailsOf = (drama: number) => details.get(detailsBlockOf(drama));
  const moodReasons = (drama: number) => detailsOf(drama)?.why[drama % DETAILS_BLOCK_SIZE];
  const tagWhy = (drama: number, nth: number) => detailsOf(drama)?.tagWhy[drama % DETAILS_BLOCK_SIZE]?.[nth];

  function evidenceOf(reading: QueryReading | undefined): TextEvidenceOf {
    if (!reading || !text) return NO_EVIDENCE;
    const data = text.reader.data;
    return textEvidence(reading, index, data.dramaTags, data.songTags, text.reach);
  }

  function moodQueryOf(answers: QuizAnswers, reading: QueryReading | undefined): MoodQuery {
    const weights: number[] = MOOD_SLUGS.map((mood) => (answers.moods.includes(mood) ? 1 : 0));
    for (const feeling of reading?.feelings ?? []) {
      const position = MOOD_SLUGS.indexOf(feeling.mood);
      weights[position] = Math.max(weights[position]!, feeling.strength);
    }
    return { weights, energy: answers.energy, voice: answers.voice, length: answers.length };
  }

  /** Dramas ranked: by moods, by words with real evidence, or by both; seen dramas left out. */
  function rankDramas(
    answers: QuizAnswers,
    query: MoodQuery,
    evidence: TextEvidenceOf,
    useText: boolean,
    moodShare: number,
  ): Scored[] {
    const useMoods = hasMoods(query);
    const seen = new Set(answers.seen);
    const scored: Scored[] = [];
    index.dramas.forEach((drama, position) => {
      if (seen.has(drama.slug)) return;
      const found = evidence.dramas.get(position);
      const textScore = found?.real ? found.score : 0;
      // With words only, a drama needs real evidence to be listed at all.
      if (useText && !useMoods && textScore === 0) return;
      const fit = dramaMoodFit(query, drama, songsOfDrama[position]!);
      const score = combinedScore(fit.score, textScore, useMoods, useText, moodShare);
      if (score > 0) scored.push({ position, score, fit });
    });
    return scored.sort(
      byScore(
        (a, b) =>
          index.dramas[b.position]!.year - index.dramas[a.position]!.year ||
          compare(index.dramas[a.position]!.title, index.dramas[b.position]!.title),
      ),
    );
  }

  function dramaMatch(
    { position, score, fit }: Scored,
    query: MoodQuery,
    moods: MoodSlug[],
    reading: QueryReading | undefined,
    evidence: TextEvidenceOf,
  ): DramaMatch {
    const drama = index.dramas[position]!;
    const found: Evidence | undefined = evidence.dramas.get(position);
    const data = text?.reader.data;
    const why = moodReasons(position);
    const percent = percentOf(score);
    return {
      drama,
      score,
      percent,
      percentLabel: String(percent),
      explanation: [
        ...(found?.real && reading && data ? explainText(position, found, reading, index, data, tagWhy) : []),
        ...(hasMoods(query) && fit.score > 0 ? explainMoodFit(query, drama, songsOfDrama[position]!, fit) : []),
      ],
      reasons: moods.flatMap((mood) => (why?.[mood] ? [{ mood, why: why[mood]! }] : [])),
      songs: carryingSongs(query, songPositionsOfDrama[position]!, evidence.songs).map((song) => ({
        song: index.songs[song]!,
        artistNames: artistNames(index.songs[song]!),
        moods: carriedMoods(index.songs[song]!, moods),
      })),
    };
  }

  function rankSongs(
    answers: QuizAnswers,
    query: MoodQuery,
    evidence: TextEvidenceOf,
    useText: boolean,
    moodShare: number,
  ): SongMatch[] {
    const useMoods = hasMoods(query);
    const seen = new Set(answers.seen);
    const scored: { position: number; score: number }[] = [];
    index.songs.forEach((song, position) => {
      if (seen.has(index.dramas[song.drama]!.slug)) return;
      const found = evidence.songs.get(position);
      const textScore = found?.real ? found.score : 0;
      if (useText && !useMoods && textScore === 0) return;
      const score = combinedScore(songMoodFit(query, song).fit, textScore, useMoods, useText, moodShare);
      if (score > 0) scored.push({ position, score });
    });
    scored.sort(
      byScore((a, b) => {
        const [songA, songB] = [index.songs[a.position]!, index.songs[b.position]!];
        return index.dramas[songB.drama]!.year - index.dramas[songA.drama]!.year || compare(songA.title, songB.title);
      }),
    );
    const moods = MOOD_SLUGS.filter((_, position) => query.weights[position]! > 0);
    return scored.map(({ position, score }) => {
      const song = index.songs[position]!;
      const percent = percentOf(score);
      return {
        song,
        drama: index.dramas[song.drama]!,
        artistNames: artistNames(song),
        score,
        percent,
        percentLabel: String(percent),
        moods: carriedMoods(song, moods),
      };
    });
  }

  function match(answers: QuizAnswers, limits: { dramas?: number; songs?: number } = {}): MatchResults {
    const words = answers.q.trim();
    const reading = words && text ? text.reader.read(words) : undefined;
    const query = moodQueryOf(answers, reading);
    const evidence = evidenceOf(reading);
    const anyReal = [...evidence.dramas.values()].some((found) => found.real);
    const useText = anyReal && (reading?.evidenceWords.length ?? 0) > 0;
    const useMoods = hasMoods(query);
    const moods = MOOD_SLUGS.filter((_, position) => query.weights[position]! > 0);
    const nothingToGoOn = !useMoods && !useText;
    const moodShare = moodShareOf(
      answers.moods.length,
      new Set(reading?.feelings.map((feeling) => feeling.phrase)).size,
      reading?.evidenceWords.length ?? 0,
    );
    const scored = nothingToGoOn ? [] : rankDramas(answers, query, evidence, useText, moodShare);
    const dramas = scored
      .slice(0, limits.dramas ?? DEFAULT_DRAMA_LIMIT)
      .map((item) => dramaMatch(item, query, moods, reading, evidence));
    const songs = nothingToGoOn
      ? []
      : rankSongs(answers, query, evidence, useText, moodShare).slice(0, limits.songs ?? DEFAULT_SONG_LIMIT);
    const data = text?.reader.data;
    return {
      dramas,
      songs,
      totalMatches: scored.length,
      textIgnored: words.length > 0 && !!reading && !useText && reading.feelings.length === 0,
      nothingToGoOn,
      onlyAbsentTopics:
        !useText &&
        !!reading &&
        reading.tags.length > 0 &&
        !!data &&
        reading.tags.every((hit) => !carriedTags(data).has(hit.tag)),
      bestMatch: dramas.length > 0 && isBestMatch(dramas[0]!.score),
      reading: reading && data ? explainReading(reading, data.tags, carriedTags(data)) : [],
      moods,
      tagSuggestions: reading && data && !useText ? suggestTags(reading, data.tags, data.dramaTags) : [],
    };
  }

  /** Songs of a drama that carry the asked moods or matched the words, strongest first. */
  function carryingSongs(query: MoodQuery, positions: number[], textSongs: Map<number, Evidence>): number[] {
    return positions
      .map((position) => ({
        position,
        value: songMoodFit(query, index.songs[position]!).fit + (textSongs.get(position)?.score ?? 0),
      }))
      .filter(({ value }) => value > 0)
      .sort((a, b) => b.value - a.value || a.position - b.position)
      .slice(0, CARRYING_SONG_LIMIT)
      .map(({ position }) => position);
  }

  return {
    match,
    search(words: string, limit = 20) {
      if (!text || !words.trim()) return [];
      const reading = text.reader.read(words);
      return searchCatalogue(reading, evidenceOf(reading), text.reader.data, index, limit);
    },
    attachText: attach,
    get hasText() {
      return text !== undefined;
    },
    get text() {
      return text?.reader.data;
    },
    attachDetails(block: DetailsBlock) {
      details.set(block.block, block);
    },
    missingDetails(results: MatchResults) {
      const blocks = new Set(results.dramas.map((match) => detailsBlockOf(index.dramas.indexOf(match.drama))));
      return [...blocks].filter((block) => block >= 0 && !details.has(block)).sort((a, b) => a - b);
    },
    needsText: (answers) => answers.q.trim().length > 0 && text === undefined,
    songTitleHangul: (position) => text?.reader.data.songTitlesHangul[position] ?? undefined,
    index,
  };
}

/**
 * The match of one drama for answers without words, from that drama's records alone: what a share
 * page shows without downloading the index. Equal to the drama's entry in `createMatcher(...).match`
 * for the same answers (a unit test holds the two together).
 */
export function scoreDramaForMoods(
  answers: QuizAnswers,
  drama: DramaRecord,
  songs: SongRecord[],
  artists: ArtistRecord[],
): DramaMatch | undefined {
  const mini: MoodIndexData = {
    version: SEARCH_INDEX_VERSION,
    dramas: [{ ...drama }],
    songs: songs.map((song) => ({ ...song, drama: 0 })),
    artists,
  };
  return createMatcher(mini).match({ ...answers, q: "", seen: [] }, { dramas: 1, songs: 0 }).dramas[0];
}

function carriedMoods(song: SongRecord, chosen: readonly MoodSlug[]): MoodSlug[] {
  const weightOf = (mood: MoodSlug) => song.moods[MOOD_SLUGS.indexOf(mood)] ?? 0;
  return chosen.filter((mood) => weightOf(mood) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

const carriedTagsOf = new WeakMap<TextIndexData, Set<number>>();

/** The tags at least one drama carries. */
function carriedTags(data: TextIndexData): Set<number> {
  let carried = carriedTagsOf.get(data);
  if (!carried) carriedTagsOf.set(data, (carried = new Set(data.dramaTags.flat())));
  return carried;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { QueryReading };
