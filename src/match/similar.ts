/**
 * "More like this": the dramas closest to one drama, by the same profile the quiz ranks with.
 *
 *   similarity(a, b) = 0.8 × cosine(p(a), p(b)) + 0.2 × (1 − |energy(a) − energy(b)| / 4)
 *
 * where p is the drama's mood profile (mood-fit.ts, every song counted at full fit) and energy the
 * mean energy of its songs (3 when it has none). Computed at build time for the drama pages.
 */
import { MOOD_SLUGS } from "../schemas/moods";
import type { MoodIndexData, SongRecord } from "./index-format";
import { listOf, moodName } from "./explain";
import { dramaProfile, fitOf } from "./mood-fit";

export const PROFILE_SHARE = 0.8;
export const ENERGY_SHARE = 0.2;
/** A profile share at or above this counts as one of a drama's strong moods in the reason line. */
const STRONG = 0.45;

export interface SimilarDrama {
  /** Position of the similar drama in the index. */
  drama: number;
  similarity: number;
  /** One line: what the two share. */
  reason: string;
}

function meanEnergy(songs: readonly SongRecord[]): number {
  return songs.length === 0 ? 3 : songs.reduce((sum, song) => sum + song.energy, 0) / songs.length;
}

const energyWord = (energy: number) => (energy <= 2 ? "calm" : energy < 3.5 ? "mid-tempo" : "upbeat");

export function similarDramas(index: MoodIndexData, limit = 5): SimilarDrama[][] {
  const songsOf: SongRecord[][] = index.dramas.map(() => []);
  for (const song of index.songs) songsOf[song.drama]!.push(song);
  const profiles = index.dramas.map((drama, position) => dramaProfile(drama, songsOf[position]!));
  const energies = songsOf.map(meanEnergy);

  return index.dramas.map((_, self) => {
    const candidates = index.dramas.flatMap((__, other) => {
      if (other === self) return [];
      const cosine = fitOf(profiles[self]!, profiles[other]!).focus;
      const energyCloseness = 1 - Math.abs(energies[self]! - energies[other]!) / 4;
      return [{ other, similarity: PROFILE_SHARE * cosine + ENERGY_SHARE * energyCloseness }];
    });
    candidates.sort((a, b) => b.similarity - a.similarity || a.other - b.other);
    return candidates.slice(0, limit).map(({ other, similarity }) => ({
      drama: other,
      similarity,
      reason: reasonLine(profiles[self]!, profiles[other]!, energies[self]!, energies[other]!),
    }));
  });
}

function reasonLine(self: number[], other: number[], selfEnergy: number, otherEnergy: number): string {
  const shared = MOOD_SLUGS.filter((_, mood) => self[mood]! >= STRONG && other[mood]! >= STRONG);
  const best = shared.length > 0 ? shared : [MOOD_SLUGS[strongestShared(self, other)]!];
  const moods = `${shared.length > 0 ? "Also strong in" : "Shares a touch of"} ${listOf(best.map(moodName))}`;
  const difference = otherEnergy - selfEnergy;
  const songs =
    energyWord(otherEnergy) === energyWord(selfEnergy)
      ? `its songs are just as ${energyWord(otherEnergy)}`
      : `its songs are ${difference > 0 ? "more upbeat" : "calmer"}`;
  return `${moods}; ${songs}.`;
}

function strongestShared(self: number[], other: number[]): number {
  let best = 0;
  self.forEach((value, mood) => {
    if (Math.min(value, other[mood]!) > Math.min(self[best]!, other[best]!)) best = mood;
  });
  return best;
}
