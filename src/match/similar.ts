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
import { MIN_DRAMAS_FOR_COMMON_TERMS } from "./reading/filler";

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

/**
 * Every drama's similarity to others, computed once per index: `closestTo(self, limit)` is O(N) per
 * drama, so the quiz can ask it for one named drama ("like Goblin") in the browser.
 */
export function similarityOf(index: MoodIndexData): { closestTo(self: number, limit: number): SimilarDrama[] } {
  const songsOf: SongRecord[][] = index.dramas.map(() => []);
  for (const song of index.songs) songsOf[song.drama]!.push(song);
  const profiles = index.dramas.map((drama, position) => dramaProfile(drama, songsOf[position]!));
  const energies = songsOf.map(meanEnergy);
  return {
    closestTo(self, limit) {
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
    },
  };
}

export function similarDramas(index: MoodIndexData, limit = 5): SimilarDrama[][] {
  const similarity = similarityOf(index);
  return index.dramas.map((_, self) => similarity.closestTo(self, limit));
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

/**
 * A story tag carried by more than this share of the dramas is not counted as something two share
 * (in catalogues big enough for shares to mean anything, as for common terms).
 */
export const COMMON_TAG_SHARE = 0.2;
/** In "like <drama>", how much shared story tags count beside the mood profile. */
export const ALIKE_TAG_SHARE = 0.35;

/**
 * The dramas most like one named in the quiz's words ("like Goblin"): the mood similarity above,
 * mixed with the story tags the two share (shared / the smaller tag list), since a newcomer asking
 * for "more like Goblin" means its premise as much as its feel:
 *
 *   alike(a, b) = (1 − ALIKE_TAG_SHARE) × similarity(a, b) + ALIKE_TAG_SHARE × |T(a) ∩ T(b)| / min(|T(a)|, |T(b)|)
 */
export function alikeDramas(
  similarity: { closestTo(self: number, limit: number): SimilarDrama[] },
  dramaTags: readonly (readonly number[])[],
  tagNames: readonly string[],
  self: number,
  limit: number,
): SimilarDrama[] {
  // A tag most dramas carry ("modern day") says nothing about this one.
  const carriers = new Map<number, number>();
  for (const tags of dramaTags) for (const tag of tags) carriers.set(tag, (carriers.get(tag) ?? 0) + 1);
  const telling = (tag: number) =>
    dramaTags.length < MIN_DRAMAS_FOR_COMMON_TERMS || carriers.get(tag)! <= COMMON_TAG_SHARE * dramaTags.length;
  const own = new Set((dramaTags[self] ?? []).filter(telling));
  return similarity
    .closestTo(self, dramaTags.length)
    .map((candidate) => {
      const shared = (dramaTags[candidate.drama] ?? []).filter((tag) => own.has(tag));
      const smaller = Math.min(own.size, (dramaTags[candidate.drama] ?? []).filter(telling).length);
      const overlap = smaller === 0 ? 0 : shared.length / smaller;
      const tagLine =
        shared.length > 0
          ? `both are about ${listOf(shared.slice(0, 3).map((tag) => tagNames[tag]!.toLowerCase()))}; `
          : "";
      return {
        drama: candidate.drama,
        similarity: (1 - ALIKE_TAG_SHARE) * candidate.similarity + ALIKE_TAG_SHARE * overlap,
        reason: tagLine + candidate.reason.charAt(0).toLowerCase() + candidate.reason.slice(1),
      };
    })
    .sort((a, b) => b.similarity - a.similarity || a.drama - b.drama)
    .slice(0, limit);
}
