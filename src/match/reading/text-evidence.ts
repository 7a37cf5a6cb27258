/**
 * From a reading of the words to evidence per drama and per song: what each query word found in it.
 *
 * Each evidence word w (see QueryReading.evidenceWords) finds each drama d through up to three
 * layers, each with its own strength s:
 *   name   s = the name's quality (1 for a whole, exact name)          NAME_STRENGTH × quality
 *   tag    s = TAG_STRENGTH × match quality (d carries the tag)
 *   text   s = TEXT_STRENGTH × BM25(d, w) / best BM25 for w            (introductions, reasons, genres)
 * Layers add up as independent evidence:  e(d, w) = 1 − Π (1 − s)  (a tag that the introduction also
 * talks about beats a tag alone; nothing exceeds 1). A drama's text score is its share of the words:
 *   T(d) = Σ_w e(d, w) / |W|
 * so a drama whose song title *and* singer match outranks one that matches the title only, and a word
 * that matches nothing lowers every drama's score. Each word is weighed by how rare the dramas it
 * finds are (`wordWeights`), so T(d) = Σ_w idf(w) e(d, w) / Σ_w idf(w). Songs add their own names and tags, and half of
 * their drama's evidence.
 *
 * Evidence is *real* when a whole name (WHOLE_NAME_QUALITY) or a tag found it, or when the layers together found every
 * word: a single passing mention ("space" in one introduction) or part of a song title is not enough
 * to rank anything.
 */
import type { MoodIndexData } from "../index-format";
import { WHOLE_NAME_QUALITY, type NameHit, type QueryReading, type TagHit } from "./text-reader";

export const NAME_STRENGTH = 1;
export const TAG_STRENGTH = 0.85;
export const TEXT_STRENGTH = 0.45;
/** How much of a drama's evidence its songs inherit. */
export const SONG_INHERITS = 0.5;

export interface Evidence {
  /** Word position → e(d, w). */
  perWord: Map<number, number>;
  names: NameHit[];
  tags: TagHit[];
  /** Word positions the full text found here. */
  mentions: number[];
  /** T: share of the evidence words, 0–1. */
  score: number;
  /** See the module comment. */
  real: boolean;
}

export interface TextEvidenceOf {
  dramas: Map<number, Evidence>;
  songs: Map<number, Evidence>;
}

export interface Reach {
  dramas: number[];
  songs: number[];
}

const addTo = (perWord: Map<number, number>, position: number, strength: number) =>
  perWord.set(position, 1 - (1 - (perWord.get(position) ?? 0)) * (1 - strength));

function emptyEvidence(): Evidence {
  return { perWord: new Map(), names: [], tags: [], mentions: [], score: 0, real: false };
}

/**
 * How much each word counts: the rarer the dramas it finds, the more it says (inverse document
 * frequency, ln(1 + N / df), with df ≥ 1, so a word that finds nothing counts as much as the rarest).
 * "announcer falls in love at work": "announcer" finds three dramas and outweighs "work", which finds
 * fifteen, whatever order the words come in.
 */
export function wordWeights(
  words: readonly number[],
  dramas: ReadonlyMap<number, Evidence>,
  dramaCount: number,
): Map<number, number> {
  const found = new Map(words.map((w) => [w, 0]));
  for (const evidence of dramas.values()) {
    for (const w of evidence.perWord.keys()) if (found.has(w)) found.set(w, found.get(w)! + 1);
  }
  return new Map(words.map((w) => [w, Math.log(1 + Math.max(dramaCount, 1) / Math.max(found.get(w)!, 1))]));
}

export function textEvidence(
  reading: QueryReading,
  index: MoodIndexData,
  dramaTags: readonly (readonly number[])[],
  songTags: readonly (readonly number[])[],
  reachOf: (hit: NameHit) => Reach,
): TextEvidenceOf {
  const dramas = new Map<number, Evidence>();
  const songs = new Map<number, Evidence>();
  const of = (map: Map<number, Evidence>, key: number) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = emptyEvidence()));
    return found;
  };
  for (const hit of reading.names) {
    const reach = reachOf(hit);
    for (const drama of reach.dramas) {
      const evidence = of(dramas, drama);
      for (const position of hit.positions) addTo(evidence.perWord, position, NAME_STRENGTH * hit.quality);
      evidence.names.push(hit);
    }
    for (const song of reach.songs) {
      const evidence = of(songs, song);
      for (const position of hit.positions) addTo(evidence.perWord, position, NAME_STRENGTH * hit.quality);
      evidence.names.push(hit);
    }
  }
  const tagged = (lists: readonly (readonly number[])[], target: Map<number, Evidence>) => {
    for (const hit of reading.tags) {
      lists.forEach((tags, item) => {
        if (!tags.includes(hit.tag)) return;
        const evidence = of(target, item);
        for (const position of hit.positions) addTo(evidence.perWord, position, TAG_STRENGTH * hit.quality);
        evidence.tags.push(hit);
      });
    }
  };
  tagged(dramaTags, dramas);
  tagged(songTags, songs);
  for (const [position, found] of reading.fullText) {
    for (const [drama, relevance] of found) {
      const evidence = of(dramas, drama);
      addTo(evidence.perWord, position, TEXT_STRENGTH * relevance);
      evidence.mentions.push(position);
    }
  }
  const words = reading.evidenceWords;
  const weights = wordWeights(words, dramas, index.dramas.length);
  const totalWeight = words.reduce((sum, w) => sum + weights.get(w)!, 0);
  const settle = (evidence: Evidence) => {
    evidence.score =
      words.length === 0
        ? 0
        : words.reduce((sum, w) => sum + weights.get(w)! * (evidence.perWord.get(w) ?? 0), 0) / totalWeight;
    // A whole name or a tag is real evidence; a partial name or a mention counts only when, with
    // the other layers, every word found something here ("time" of a song title is no answer to
    // "time machine").
    evidence.real =
      evidence.names.some((hit) => hit.quality >= WHOLE_NAME_QUALITY) ||
      evidence.tags.length > 0 ||
      (words.length > 0 && words.every((w) => evidence.perWord.has(w)));
  };
  for (const evidence of dramas.values()) settle(evidence);
  // Songs inherit half of their drama's evidence, word by word.
  index.songs.forEach((song, position) => {
    const drama = dramas.get(song.drama);
    if (!drama) return;
    const evidence = of(songs, position);
    for (const [word, strength] of drama.perWord) addTo(evidence.perWord, word, SONG_INHERITS * strength);
    if (drama.real) evidence.real = true;
  });
  for (const evidence of songs.values()) {
    const inherited = evidence.real;
    settle(evidence);
    evidence.real ||= inherited;
  }
  return { dramas, songs };
}
