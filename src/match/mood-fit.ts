/**
 * Mood fit: how well one drama (or song) fits the moods a person asked for, from the drama's own data
 * alone (its editor weights and its songs), so a share page can score one drama without the index.
 *
 *   songFit(s)     = energyFit(s) × voiceFit(s)                       (1 when "no preference")
 *   f(s, m)        = w(s, m)/3 × songFit(s)                           a song's evidence for mood m
 *   songs(d, m)    = ½ × max over d's songs of f(s, m) + ½ × mean over d's songs of f(s, m)
 *                    (one song carrying a mood counts; every song carrying it counts more)
 *   p(d, m)        = 0.6 × w(d, m)/3 + 0.4 × songs(d, m)              d's profile, 0–1 per mood
 *   q(m)           = 1 for a chosen mood; a feeling word's strength (1 or ½) for a typed one
 *   coverage(d)    = Σ q(m) p(d, m) / Σ q(m)                          how fully it carries what was asked
 *   focus(d)       = Σ q(m) p(d, m) / (|q| × |p(d)|)                  cosine: how much of d is what was asked
 *   M(d)           = coverage(d) × (½ + ½ × focus(d)) × lengthFit(d)
 *
 * A drama whose defining moods are exactly the chosen ones has focus 1; one that also carries strong
 * moods nobody asked for is pulled down by them. M reaches 1 only when the drama and every song give
 * exactly the chosen moods at full weight, so a score near 100 % is rare and means a near-perfect fit.
 * Songs are scored the same way on their own profile: p(s, m) = f(s, m).
 */
import { lengthBand, type EnergyChoice, type LengthChoice, type VoiceChoice } from "./answers";
import { MOOD_SLUGS } from "../schemas/moods";
import type { DramaRecord, MoodVector, SongRecord } from "./index-format";

export const DRAMA_WEIGHT_SHARE = 0.6;
export const SONG_EVIDENCE_SHARE = 0.4;

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

/** What the person asked for, as the mood fit reads it. */
export interface MoodQuery {
  /** q(m) per mood, in MOOD_SLUGS order; all 0 when no mood was asked for. */
  weights: number[];
  energy: EnergyChoice;
  voice: VoiceChoice;
  length: LengthChoice;
}

export const hasMoods = (query: MoodQuery) => query.weights.some((weight) => weight > 0);

export function songFit(query: Pick<MoodQuery, "energy" | "voice">, song: SongRecord): number {
  return energyFit(query.energy, song.energy) * voiceFit(query.voice, song.voice);
}

/** p(d, ·): the drama's mood profile, 0–1 per mood, with its songs weighed by how well they fit. */
export function dramaProfile(
  drama: DramaRecord,
  songs: readonly SongRecord[],
  fit: (song: SongRecord) => number = () => 1,
): number[] {
  const fits = songs.map(fit);
  return MOOD_SLUGS.map((_, mood) => {
    let best = 0;
    let sum = 0;
    songs.forEach((song, index) => {
      const evidence = (song.moods[mood]! / 3) * fits[index]!;
      best = Math.max(best, evidence);
      sum += evidence;
    });
    const songEvidence = songs.length > 0 ? 0.5 * best + 0.5 * (sum / songs.length) : 0;
    return DRAMA_WEIGHT_SHARE * (drama.moods[mood]! / 3) + SONG_EVIDENCE_SHARE * songEvidence;
  });
}

export function songProfile(song: SongRecord, fit = 1): number[] {
  return song.moods.map((weight) => (weight / 3) * fit);
}

export interface FitParts {
  coverage: number;
  focus: number;
  /** coverage × (½ + ½ focus), before the length fit. */
  fit: number;
}

/** coverage, focus and their product for a profile p against the query weights q. */
export function fitOf(weights: readonly number[], profile: readonly number[]): FitParts {
  let dot = 0;
  let asked = 0;
  let queryNorm = 0;
  let profileNorm = 0;
  weights.forEach((weight, mood) => {
    dot += weight * profile[mood]!;
    asked += weight;
    queryNorm += weight * weight;
    profileNorm += profile[mood]! * profile[mood]!;
  });
  if (asked === 0 || dot === 0) return { coverage: 0, focus: 0, fit: 0 };
  const coverage = dot / asked;
  const focus = dot / (Math.sqrt(queryNorm) * Math.sqrt(profileNorm));
  return { coverage, focus, fit: coverage * (0.5 + 0.5 * focus) };
}

export interface DramaMoodFit extends FitParts {
  /** M(d): the fit times the length fit. */
  score: number;
  profile: number[];
  lengthFit: number;
}

export function dramaMoodFit(query: MoodQuery, drama: DramaRecord, songs: readonly SongRecord[]): DramaMoodFit {
  const profile = dramaProfile(drama, songs, (song) => songFit(query, song));
  const parts = fitOf(query.weights, profile);
  const length = lengthFit(query.length, drama.episodes);
  return { ...parts, score: parts.fit * length, profile, lengthFit: length };
}

export function songMoodFit(query: MoodQuery, song: SongRecord): FitParts {
  return fitOf(query.weights, songProfile(song, songFit(query, song)));
}

/** A mood vector's strongest moods, strongest first, ties in MOOD_SLUGS order. */
export function strongestMoods(vector: MoodVector | number[], threshold: number): number[] {
  return vector
    .map((value, mood) => ({ value, mood }))
    .filter(({ value }) => value >= threshold)
    .sort((a, b) => b.value - a.value || a.mood - b.mood)
    .map(({ mood }) => mood);
}
