/**
 * Matching: scores every drama against the quiz answers and explains each score.
 *
 * Mood scoring works directly on the index's mood vectors; Fuse is used only for free text. To keep
 * free text fast at thousands of profiles, a bigram filter first picks the documents that share a good
 * part of the query's letter pairs, and Fuse scores only those, through the prebuilt index's records.
 *
 * The formula (also on the /about/ page). Weights w are 0–3; divide by 3 to get 0–1.
 *
 *   songFit(s)   = energyFit(s) × voiceFit(s)                         (1 when "no preference")
 *     energyFit: calm → energy ≤ 2: 1, 3: 0.6, ≥ 4: 0.3 · upbeat → ≥ 4: 1, 3: 0.6, ≤ 2: 0.3
 *                mid → 3: 1, 2 or 4: 0.8, 1 or 5: 0.5
 *     voiceFit:  1 when the song's voice is the one asked for, else 0.5
 *   mood(d, m)   = 0.6 × w(d, m)/3 + 0.4 × max over songs s of d of [ w(s, m)/3 × songFit(s) ]
 *   moodMatch(d) = mean of mood(d, m) over the chosen moods m
 *   lengthFit(d) = 1 in the chosen band (≤ 12, 13–20, > 20 episodes), 0.75 one band away, 0.5 two away
 *   M(d)         = moodMatch(d) × lengthFit(d)
 *   T(d)         = 1 − (best Fuse score of the drama, its songs, or its singers for the free text);
 *                  0 when nothing of the drama matches. Fuse scores run 0 (exact) to 0.4 (the threshold).
 *   score(d)     = M(d) with moods only · T(d) with free text only · 0.35 × M(d) + 0.65 × T(d) with both
 *                  (free text that matches nothing is ignored, and the result says so)
 *
 * Dramas marked as seen are left out; a drama scoring 0 is not a match. The percentage shown is
 * round(100 × score). Ties are broken by slug, so the same answers always give the same list.
 * Songs on their own: mean over chosen moods of w(s, m)/3 × songFit(s), mixed with T the same way.
 */
import Fuse from "fuse.js";
import { lengthBand, type EnergyChoice, type LengthChoice, type QuizAnswers, type VoiceChoice } from "./answers";
import { MOOD_SLUGS, type MoodSlug } from "./moods";
import {
  FIELD_NORM_WEIGHT,
  SEARCH_KEYS,
  searchDocuments,
  type DramaRecord,
  type SearchDocument,
  type SearchIndexData,
  type SongRecord,
} from "./search-index";

export const DRAMA_MATCH_WEIGHT = 0.6;
export const SONG_MATCH_WEIGHT = 0.4;
export const MOOD_SHARE_WITH_TEXT = 0.35;
export const TEXT_SHARE_WITH_MOODS = 0.65;
export const FUSE_THRESHOLD = 0.4;
export const DEFAULT_DRAMA_LIMIT = 5;
export const DEFAULT_SONG_LIMIT = 5;

export function energyFit(preference: EnergyChoice, energy: number): number {
  switch (preference) {
    case "any":
      return 1;
    case "calm":
      return energy <= 2 ? 1 : energy === 3 ? 0.6 : 0.3;
    case "upbeat":
      return energy >= 4 ? 1 : energy === 3 ? 0.6 : 0.3;
    case "mid":
      return energy === 3 ? 1 : energy === 2 || energy === 4 ? 0.8 : 0.5;
  }
}

export function voiceFit(preference: VoiceChoice, voice: SongRecord["voice"]): number {
  return preference === "any" || preference === voice ? 1 : 0.5;
}

const BANDS = ["short", "standard", "long"] as const;

export function lengthFit(preference: LengthChoice, episodes: number): number {
  if (preference === "any") return 1;
  const distance = Math.abs(BANDS.indexOf(preference) - BANDS.indexOf(lengthBand(episodes)));
  return [1, 0.75, 0.5][distance]!;
}

export interface MoodReason {
  mood: MoodSlug;
  why: string;
}

export interface CarryingSong {
  song: SongRecord;
  artistNames: string[];
  /** The chosen moods this song carries, strongest first. */
  moods: MoodSlug[];
}

export interface TextHit {
  kind: SearchDocument["kind"];
  /** What matched, as the visitor would recognise it. */
  label: string;
}

export interface DramaMatch {
  drama: DramaRecord;
  score: number;
  percent: number;
  /** The editors' reasons for each chosen mood the drama carries. */
  reasons: MoodReason[];
  /** Up to three songs that carry the chosen moods, strongest first. */
  songs: CarryingSong[];
  /** What the free text found in this drama, if anything. */
  textHit?: TextHit;
}

export interface SongMatch {
  song: SongRecord;
  drama: DramaRecord;
  artistNames: string[];
  score: number;
  percent: number;
  /** The chosen moods this song carries, strongest first. */
  moods: MoodSlug[];
}

export interface MatchResults {
  dramas: DramaMatch[];
  songs: SongMatch[];
  /** How many dramas scored above 0 before the list was cut to its limit. */
  totalMatches: number;
  /** True when free text was given but matched nothing, so it played no part. */
  textIgnored: boolean;
}

export interface Matcher {
  match(answers: QuizAnswers, limits?: { dramas?: number; songs?: number }): MatchResults;
  /** Free-text search over every drama, song and artist (the search page). */
  search(text: string, limit?: number): { document: SearchDocument; score: number }[];
  index: SearchIndexData;
}

const STOPWORDS = new Set(["the", "and", "with", "from", "that", "this", "song", "drama", "ost", "for", "you", "me"]);

/** Share of a query's letter pairs a name must contain to be scored at all. */
export const CANDIDATE_BIGRAM_SHARE = 0.4;
/** Most documents Fuse scores for one query. */
export const MAX_CANDIDATES = 400;

/**
 * Letter pairs of a text, lower-cased and without spaces (so "Geuhae" and "Geu Hae" agree); a single
 * character stands for itself.
 */
export function bigrams(text: string): string[] {
  const letters = [...text.toLowerCase().replace(/\s+/g, "")];
  if (letters.length === 1) return letters;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) pairs.add(letters[i]! + letters[i + 1]!);
  return [...pairs];
}

type FuseIndexJson = SearchIndexData["fuseIndex"];

export function createMatcher(index: SearchIndexData): Matcher {
  const documents = searchDocuments(index);
  const fuseOptions = {
    keys: SEARCH_KEYS,
    includeScore: true,
    ignoreLocation: true,
    threshold: FUSE_THRESHOLD,
    fieldNormWeight: FIELD_NORM_WEIGHT,
  };
  const fuseIndex = index.fuseIndex as FuseIndexJson & { records: { i: number }[] };
  const fuse = new Fuse(
    documents,
    fuseOptions,
    Fuse.parseIndex<SearchDocument>(fuseIndex, { fieldNormWeight: FIELD_NORM_WEIGHT }),
  );
  const recordOf: { i: number }[] = [];
  for (const record of fuseIndex.records) recordOf[record.i] = record;

  // Bigram → documents whose names contain it, for picking candidates before Fuse scores them.
  const postings = new Map<string, number[]>();
  documents.forEach((document, id) => {
    for (const pair of bigrams(document.name)) {
      const list = postings.get(pair);
      if (list) list.push(id);
      else postings.set(pair, [id]);
    }
  });
  const shared = new Uint16Array(documents.length);

  /** Documents sharing enough of the query's bigrams, most shared first, at most MAX_CANDIDATES. */
  function candidatesFor(query: string): number[] {
    const pairs = bigrams(query);
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const id of postings.get(pair) ?? []) {
        if (shared[id] === 0) touched.push(id);
        shared[id]! += 1;
      }
    }
    const needed = Math.max(1, Math.ceil(pairs.length * CANDIDATE_BIGRAM_SHARE));
    const picked = touched.filter((id) => shared[id]! >= needed).sort((a, b) => shared[b]! - shared[a]! || a - b);
    for (const id of touched) shared[id] = 0;
    return picked.slice(0, MAX_CANDIDATES).sort((a, b) => a - b);
  }

  /** Fuse over the candidates only, reusing their prebuilt index records. */
  function fuzzy(query: string, limit: number) {
    const candidates = candidatesFor(query);
    if (candidates.length === 0) return [];
    if (candidates.length === documents.length) return fuse.search(query, { limit });
    const subset = Fuse.parseIndex<SearchDocument>(
      {
        keys: fuseIndex.keys,
        records: candidates.map((id, position) => ({ ...recordOf[id]!, i: position })),
      } as Parameters<typeof Fuse.parseIndex>[0],
      { fieldNormWeight: FIELD_NORM_WEIGHT },
    );
    return new Fuse(
      candidates.map((id) => documents[id]!),
      fuseOptions,
      subset,
    ).search(query, { limit });
  }
  const songsOfDrama: number[][] = index.dramas.map(() => []);
  index.songs.forEach((song, position) => songsOfDrama[song.drama]!.push(position));
  const songsOfArtist: number[][] = index.artists.map(() => []);
  index.songs.forEach((song, position) => song.artists.forEach((artist) => songsOfArtist[artist]!.push(position)));
  const artistNames = (song: SongRecord) => song.artists.map((artist) => index.artists[artist]!.name);

  /** Best score per profile (a profile has one document per name), best first, ties in index order. */
  function bestPerProfile(results: { item: SearchDocument; score?: number }[], limit: number) {
    const best = new Map<string, { document: SearchDocument; score: number }>();
    for (const { item, score = 1 } of results) {
      const key = `${item.kind}/${item.position}`;
      if (score < (best.get(key)?.score ?? Infinity)) best.set(key, { document: item, score });
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          a.score - b.score ||
          a.document.kind.localeCompare(b.document.kind) ||
          a.document.position - b.document.position,
      )
      .slice(0, limit);
  }

  function search(text: string, limit = 20) {
    const query = text.trim().slice(0, 100);
    if (!query) return [];
    // Ask for more than the limit: several names of one profile can match.
    const direct = fuzzy(query, limit * 4);
    if (direct.length > 0 || !/\s/.test(query)) return bestPerProfile(direct, limit);
    // A phrase that matches nothing whole: try its meaningful words.
    const words = query.split(/\s+/).filter((word) => word.length >= 3 && !STOPWORDS.has(word.toLowerCase()));
    return bestPerProfile(
      words.flatMap((word) => fuzzy(word, limit * 4)),
      limit,
    );
  }

  /** Best text relevance (0–1) per drama position and per song position, with what matched. */
  function textRelevance(text: string) {
    const dramas = new Map<number, { relevance: number; hit: TextHit }>();
    const songs = new Map<number, number>();
    const lift = (drama: number, relevance: number, hit: TextHit) => {
      if (relevance > (dramas.get(drama)?.relevance ?? 0)) dramas.set(drama, { relevance, hit });
    };
    const liftSong = (song: number, relevance: number) => {
      if (relevance > (songs.get(song) ?? 0)) songs.set(song, relevance);
    };
    for (const { document, score } of search(text, 50)) {
      const relevance = 1 - score;
      if (document.kind === "drama") {
        lift(document.position, relevance, { kind: "drama", label: index.dramas[document.position]!.title });
      } else if (document.kind === "song") {
        const song = index.songs[document.position]!;
        liftSong(document.position, relevance);
        lift(song.drama, relevance, { kind: "song", label: `${song.title} (${artistNames(song).join(" & ")})` });
      } else {
        const artist = index.artists[document.position]!;
        for (const songPosition of songsOfArtist[document.position]!) {
          liftSong(songPosition, relevance);
          lift(index.songs[songPosition]!.drama, relevance, { kind: "artist", label: artist.name });
        }
      }
    }
    return { dramas, songs };
  }

  function match(answers: QuizAnswers, limits: { dramas?: number; songs?: number } = {}): MatchResults {
    const moodPositions = answers.moods.map((mood) => MOOD_SLUGS.indexOf(mood)).filter((position) => position >= 0);
    const seen = new Set(answers.seen);
    const text = answers.q.trim();
    const relevance = text ? textRelevance(text) : { dramas: new Map(), songs: new Map<number, number>() };
    const useText = relevance.dramas.size > 0;
    const useMoods = moodPositions.length > 0;
    const combine = (moodScore: number, textScore: number) =>
      useMoods && useText
        ? MOOD_SHARE_WITH_TEXT * moodScore + TEXT_SHARE_WITH_MOODS * textScore
        : useMoods
          ? moodScore
          : textScore;
    const songFit = (song: SongRecord) => energyFit(answers.energy, song.energy) * voiceFit(answers.voice, song.voice);

    const dramaMatches: DramaMatch[] = [];
    index.dramas.forEach((drama, dramaPosition) => {
      if (seen.has(drama.slug)) return;
      const songPositions = songsOfDrama[dramaPosition]!;
      let moodSum = 0;
      const songContribution = new Map<number, number>();
      for (const moodPosition of moodPositions) {
        let bestSong = 0;
        let bestSongPosition = -1;
        for (const songPosition of songPositions) {
          const song = index.songs[songPosition]!;
          const value = (song.moods[moodPosition]! / 3) * songFit(song);
          if (value > bestSong) {
            bestSong = value;
            bestSongPosition = songPosition;
          }
        }
        moodSum += DRAMA_MATCH_WEIGHT * (drama.moods[moodPosition]! / 3) + SONG_MATCH_WEIGHT * bestSong;
        if (bestSongPosition >= 0) {
          songContribution.set(bestSongPosition, (songContribution.get(bestSongPosition) ?? 0) + bestSong);
        }
      }
      const moodScore = useMoods ? (moodSum / moodPositions.length) * lengthFit(answers.length, drama.episodes) : 0;
      const text = relevance.dramas.get(dramaPosition);
      const score = combine(moodScore, text?.relevance ?? 0);
      if (score <= 0) return;

      const chosen = moodPositions.map((position) => MOOD_SLUGS[position]!);
      const carrying = [...songContribution]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, 3)
        .map(([songPosition]) => {
          const song = index.songs[songPosition]!;
          return {
            song,
            artistNames: artistNames(song),
            moods: carriedMoods(song, chosen),
          };
        });
      dramaMatches.push({
        drama,
        score,
        percent: Math.round(score * 100),
        reasons: chosen.flatMap((mood) => (drama.why[mood] ? [{ mood, why: drama.why[mood]! }] : [])),
        songs: carrying,
        ...(text ? { textHit: text.hit } : {}),
      });
    });
    dramaMatches.sort(byScoreThenSlug((item) => item.drama.slug));

    const songMatches: SongMatch[] = [];
    index.songs.forEach((song, songPosition) => {
      const drama = index.dramas[song.drama]!;
      if (seen.has(drama.slug)) return;
      const fit = songFit(song);
      const moodScore = useMoods
        ? moodPositions.reduce((sum, position) => sum + (song.moods[position]! / 3) * fit, 0) / moodPositions.length
        : 0;
      const score = combine(moodScore, relevance.songs.get(songPosition) ?? 0);
      if (score <= 0) return;
      songMatches.push({
        song,
        drama,
        artistNames: artistNames(song),
        score,
        percent: Math.round(score * 100),
        moods: carriedMoods(song, answers.moods),
      });
    });
    songMatches.sort(byScoreThenSlug((item) => item.song.slug));

    return {
      dramas: dramaMatches.slice(0, limits.dramas ?? DEFAULT_DRAMA_LIMIT),
      songs: songMatches.slice(0, limits.songs ?? DEFAULT_SONG_LIMIT),
      totalMatches: dramaMatches.length,
      textIgnored: text.length > 0 && !useText,
    };
  }

  return { match, search, index };
}

function carriedMoods(song: SongRecord, chosen: readonly MoodSlug[]): MoodSlug[] {
  const weightOf = (mood: MoodSlug) => song.moods[MOOD_SLUGS.indexOf(mood)] ?? 0;
  return chosen.filter((mood) => weightOf(mood) > 0).sort((a, b) => weightOf(b) - weightOf(a));
}

function byScoreThenSlug<Item extends { score: number }>(slugOf: (item: Item) => string) {
  return (a: Item, b: Item) => b.score - a.score || (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0);
}
