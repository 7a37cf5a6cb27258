/**
 * Matching: ranks dramas and songs for quiz answers and explains each result. The pieces, each in its
 * own module and written out there:
 * - mood-fit.ts: M(d), how well a drama's whole mood profile fits the moods asked for;
 * - text-search.ts: free text read as names, feelings and descriptions, T(d);
 * - rank.ts: how M and T combine, the order, and the percentage shown;
 * - explain.ts: the sentences under each result;
 * - similar.ts: "more like this" between dramas.
 *
 * The mood index is enough for mood results; the text index (`attachText`) adds free text and the
 * editors' reasons. Answers with words wait for it (`needsText`).
 */
import { type QuizAnswers } from "./answers";
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";
import type { ArtistRecord, DramaRecord, MoodIndexData, SongRecord, TextIndexData } from "./index-format";
import { explainMoodFit, explainReading, explainText, type TextEvidence } from "./explain";
import { dramaMoodFit, hasMoods, songMoodFit, type MoodQuery } from "./mood-fit";
import { byScore, combinedScore, percentLabels } from "./rank";
import { createTextSearch, type DescriptionHit, type NameHit, type QueryReading, type TextSearch } from "./text-search";

export { energyFit, lengthFit, voiceFit, dramaMoodFit, songMoodFit } from "./mood-fit";
export { percentLabels } from "./rank";

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
  /** round(100 × score), for sorting and sharing; show `percentLabel`. */
  percent: number;
  /** The percentage as shown, with a decimal only where a neighbour would otherwise read the same. */
  percentLabel: string;
  /** Plain sentences: why this drama is here (moods, names, genres, mentions). */
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
  /** True when words were given but matched nothing at all (no name, feeling or description). */
  textIgnored: boolean;
  /** How the words were read: feelings taken as moods, words that matched nothing. */
  reading: string[];
  /** The moods the ranking used: the chosen ones and those read from feeling words. */
  moods: MoodSlug[];
}

export interface SearchHit {
  kind: "drama" | "song" | "artist";
  position: number;
  relevance: number;
  /** What matched, in words. */
  why: string;
}

export interface Matcher {
  match(answers: QuizAnswers, limits?: { dramas?: number; songs?: number }): MatchResults;
  /** Free-text search over dramas, songs and singers (the search page). Needs the text index. */
  search(text: string, limit?: number): SearchHit[];
  /** Adds the text index; answers with words need it. */
  attachText(text: TextIndexData): void;
  readonly hasText: boolean;
  /** True when these answers need the text index and it is not attached yet. */
  needsText(answers: QuizAnswers): boolean;
  /** A song's Hangul title, once the text index is here. */
  songTitleHangul(position: number): string | undefined;
  index: MoodIndexData;
}

/**
 * The matcher over a mood index and, once it arrives, the text index.
 *
 * Long on purpose, for now: the matching and the index are being rewritten next (after the house
 * restructure), so this function was moved, not split.
 */
export function createMatcher(index: MoodIndexData, textIndex?: TextIndexData): Matcher {
  const songsOfDrama: SongRecord[][] = index.dramas.map(() => []);
  const songPositionsOfDrama: number[][] = index.dramas.map(() => []);
  index.songs.forEach((song, position) => {
    songsOfDrama[song.drama]!.push(song);
    songPositionsOfDrama[song.drama]!.push(position);
  });
  const songsOfArtist: number[][] = index.artists.map(() => []);
  index.songs.forEach((song, position) => song.artists.forEach((artist) => songsOfArtist[artist]!.push(position)));
  const artistNames = (song: SongRecord) => song.artists.map((artist) => index.artists[artist]!.name);
  let text: TextSearch | undefined = textIndex ? createTextSearch(textIndex) : undefined;

  /** Artist position → dramas whose cast links to that artist, once the text index is here. */
  let actedIn: Map<number, number[]> | undefined;
  function dramasActedIn(): Map<number, number[]> {
    if (actedIn || !text) return actedIn ?? new Map();
    actedIn = new Map();
    text.data.people.forEach((credits, drama) => {
      for (const credit of credits) {
        if (credit.artist === undefined) continue;
        const list = actedIn!.get(credit.artist);
        if (list) list.push(drama);
        else actedIn!.set(credit.artist, [drama]);
      }
    });
    return actedIn;
  }

  /** Which dramas and songs a name reaches, with the name's quality. */
  function reachOf(hit: NameHit): { dramas: number[]; songs: number[] } {
    const entity = hit.entity;
    switch (entity.kind) {
      case "drama":
        return { dramas: [entity.drama], songs: songPositionsOfDrama[entity.drama]! };
      case "song":
        return { dramas: [index.songs[entity.song]!.drama], songs: [entity.song] };
      case "artist": {
        const songs = songsOfArtist[entity.artist]!;
        const acted = dramasActedIn().get(entity.artist) ?? [];
        return { dramas: [...new Set([...songs.map((song) => index.songs[song]!.drama), ...acted])], songs };
      }
      case "group": {
        const songs = entity.artists.flatMap((artist) => songsOfArtist[artist]!);
        return { dramas: [...new Set(songs.map((song) => index.songs[song]!.drama))], songs };
      }
      case "person":
        return { dramas: [...new Set(entity.credits.map((credit) => credit.drama))], songs: [] };
    }
  }

  interface TextEvidenceOf {
    dramas: Map<number, { relevance: number; evidence: TextEvidence }>;
    songs: Map<number, number>;
  }

  function textEvidence(reading: QueryReading): TextEvidenceOf {
    const dramas = new Map<number, { relevance: number; evidence: TextEvidence }>();
    const songs = new Map<number, number>();
    const entry = (drama: number) => {
      let found = dramas.get(drama);
      if (!found) dramas.set(drama, (found = { relevance: 0, evidence: { names: [] } }));
      return found;
    };
    for (const hit of reading.names) {
      const reach = reachOf(hit);
      for (const drama of reach.dramas) {
        const found = entry(drama);
        found.relevance = Math.max(found.relevance, hit.quality);
        // One line per name: the best spelling of each entity is enough.
        if (!found.evidence.names.some((known) => sameEntity(known, hit))) found.evidence.names.push(hit);
      }
      for (const song of reach.songs) songs.set(song, Math.max(songs.get(song) ?? 0, hit.quality));
    }
    for (const hit of reading.descriptions) {
      const found = entry(hit.drama);
      found.relevance = Math.max(found.relevance, hit.relevance);
      found.evidence.description = hit;
      for (const song of songPositionsOfDrama[hit.drama]!)
        songs.set(song, Math.max(songs.get(song) ?? 0, hit.relevance));
    }
    return { dramas, songs };
  }

  function moodQueryOf(answers: QuizAnswers, reading: QueryReading | undefined): MoodQuery {
    const weights: number[] = MOOD_SLUGS.map((mood) => (answers.moods.includes(mood) ? 1 : 0));
    for (const feeling of reading?.feelings ?? []) {
      const position = MOOD_SLUGS.indexOf(feeling.mood);
      weights[position] = Math.max(weights[position]!, feeling.strength);
    }
    return { weights, energy: answers.energy, voice: answers.voice, length: answers.length };
  }

  // One of createMatcher's steps; long for the same reason as createMatcher (see above).
  function match(answers: QuizAnswers, limits: { dramas?: number; songs?: number } = {}): MatchResults {
    const words = answers.q.trim();
    const reading = words && text ? text.read(words) : undefined;
    const query = moodQueryOf(answers, reading);
    const evidence: TextEvidenceOf = reading ? textEvidence(reading) : { dramas: new Map(), songs: new Map() };
    const useMoods = hasMoods(query);
    const useText = evidence.dramas.size > 0;
    const seen = new Set(answers.seen);
    const why = text?.data.why;
    const moods = MOOD_SLUGS.filter((_, position) => query.weights[position]! > 0);

    // Score everything, then explain only what is shown: explanations cost far more than scores.
    const scored: { position: number; score: number; fit: ReturnType<typeof dramaMoodFit> }[] = [];
    index.dramas.forEach((drama, position) => {
      if (seen.has(drama.slug)) return;
      const fit = dramaMoodFit(query, drama, songsOfDrama[position]!);
      const score = combinedScore(fit.score, evidence.dramas.get(position)?.relevance ?? 0, useMoods, useText);
      if (score > 0) scored.push({ position, score, fit });
    });
    scored.sort(
      byScore(
        (a, b) =>
          index.dramas[b.position]!.year - index.dramas[a.position]!.year ||
          compare(index.dramas[a.position]!.title, index.dramas[b.position]!.title),
      ),
    );
    const shownDramas = scored.slice(0, limits.dramas ?? DEFAULT_DRAMA_LIMIT).map(({ position, score, fit }) => {
      const drama = index.dramas[position]!;
      const songs = songsOfDrama[position]!;
      const found = evidence.dramas.get(position);
      const carrying = carryingSongs(query, songPositionsOfDrama[position]!, evidence.songs);
      return {
        drama,
        score,
        percent: Math.round(score * 100),
        explanation: [
          ...(found ? explainText(position, found.evidence, { ...index, people: text?.data.people }) : []),
          ...(useMoods && fit.score > 0 ? explainMoodFit(query, drama, songs, fit) : []),
        ],
        reasons: moods.flatMap((mood) => (why?.[position]?.[mood] ? [{ mood, why: why[position]![mood]! }] : [])),
        songs: carrying.map((song) => ({
          song: index.songs[song]!,
          artistNames: artistNames(index.songs[song]!),
          moods: carriedMoods(index.songs[song]!, moods),
        })),
      };
    });
    const dramaLabels = percentLabels(shownDramas.map((item) => item.score));

    const scoredSongs: { position: number; score: number }[] = [];
    index.songs.forEach((song, position) => {
      if (seen.has(index.dramas[song.drama]!.slug)) return;
      const score = combinedScore(songMoodFit(query, song).fit, evidence.songs.get(position) ?? 0, useMoods, useText);
      if (score > 0) scoredSongs.push({ position, score });
    });
    scoredSongs.sort(
      byScore((a, b) => {
        const [songA, songB] = [index.songs[a.position]!, index.songs[b.position]!];
        return index.dramas[songB.drama]!.year - index.dramas[songA.drama]!.year || compare(songA.title, songB.title);
      }),
    );
    const shownSongs = scoredSongs.slice(0, limits.songs ?? DEFAULT_SONG_LIMIT).map(({ position, score }) => {
      const song = index.songs[position]!;
      return {
        song,
        drama: index.dramas[song.drama]!,
        artistNames: artistNames(song),
        score,
        percent: Math.round(score * 100),
        moods: carriedMoods(song, moods),
      };
    });
    const songLabels = percentLabels(shownSongs.map((item) => item.score));

    return {
      dramas: shownDramas.map((item, position) => ({ ...item, percentLabel: dramaLabels[position]! })),
      songs: shownSongs.map((item, position) => ({ ...item, percentLabel: songLabels[position]! })),
      totalMatches: scored.length,
      textIgnored: words.length > 0 && !!reading && !useText && reading.feelings.length === 0,
      reading: reading ? explainReading(reading.feelings, reading.unmatched) : [],
      moods,
    };
  }

  /** Songs of a drama that carry the asked moods or matched the words, strongest first. */
  function carryingSongs(query: MoodQuery, positions: number[], textSongs: Map<number, number>): number[] {
    return positions
      .map((position) => ({
        position,
        value: songMoodFit(query, index.songs[position]!).fit + (textSongs.get(position) ?? 0),
      }))
      .filter(({ value }) => value > 0)
      .sort((a, b) => b.value - a.value || a.position - b.position)
      .slice(0, CARRYING_SONG_LIMIT)
      .map(({ position }) => position);
  }

  function search(words: string, limit = 20): SearchHit[] {
    if (!text || !words.trim()) return [];
    const reading = text.read(words);
    const best = new Map<string, SearchHit>();
    const offer = (hit: SearchHit) => {
      const key = `${hit.kind}/${hit.position}`;
      if (hit.relevance > (best.get(key)?.relevance ?? 0)) best.set(key, hit);
    };
    for (const hit of reading.names) {
      const entity = hit.entity;
      const name = `name ${quotedName(entity.name)}`;
      if (entity.kind === "drama") offer({ kind: "drama", position: entity.drama, relevance: hit.quality, why: name });
      if (entity.kind === "song") offer({ kind: "song", position: entity.song, relevance: hit.quality, why: name });
      if (entity.kind === "artist")
        offer({ kind: "artist", position: entity.artist, relevance: hit.quality, why: name });
      if (entity.kind === "group") {
        for (const artist of entity.artists) {
          offer({ kind: "artist", position: artist, relevance: hit.quality, why: `member of ${entity.name}` });
        }
      }
      if (entity.kind === "person") {
        for (const credit of entity.credits) {
          const role = credit.role === "cast" ? "stars" : credit.role === "writer" ? "wrote it" : "directed it";
          offer({ kind: "drama", position: credit.drama, relevance: hit.quality, why: `${entity.name} ${role}` });
        }
      }
    }
    for (const hit of reading.descriptions) {
      const why = hit.genres.length > 0 ? `genre: ${hit.genres.join(", ")}` : `mentions ${hit.words.join(", ")}`;
      offer({ kind: "drama", position: hit.drama, relevance: hit.relevance, why });
    }
    return [...best.values()]
      .sort((a, b) => b.relevance - a.relevance || compare(a.kind, b.kind) || a.position - b.position)
      .slice(0, limit);
  }

  return {
    match,
    search,
    attachText(data: TextIndexData) {
      text ??= createTextSearch(data);
    },
    get hasText() {
      return text !== undefined;
    },
    needsText: (answers) => answers.q.trim().length > 0 && text === undefined,
    songTitleHangul: (position) => text?.data.songTitlesHangul[position] ?? undefined,
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
  const dramaCopy = { ...drama };
  const mini: MoodIndexData = {
    version: 2,
    dramas: [dramaCopy],
    songs: songs.map((song) => ({ ...song, drama: 0 })),
    artists,
  };
  return createMatcher(mini).match({ ...answers, q: "", seen: [] }, { dramas: 1, songs: 0 }).dramas[0];
}

function carriedMoods(song: SongRecord, chosen: readonly MoodSlug[]): MoodSlug[] {
  const weightOf = (mood: MoodSlug) => song.moods[MOOD_SLUGS.indexOf(mood)] ?? 0;
  return chosen.filter((mood) => weightOf(mood) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

function sameEntity(a: NameHit, b: NameHit): boolean {
  const key = (hit: NameHit) => {
    const entity = hit.entity;
    switch (entity.kind) {
      case "drama":
        return `drama/${entity.drama}`;
      case "song":
        return `song/${entity.song}`;
      case "artist":
        return `artist/${entity.artist}`;
      case "group":
        return `group/${entity.name}`;
      case "person":
        return `person/${entity.credits.map((credit) => `${credit.drama}.${credit.person}`).join(",")}`;
    }
  };
  return key(a) === key(b);
}

const quotedName = (name: string) => `“${name}”`;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { DescriptionHit, NameHit, QueryReading };
