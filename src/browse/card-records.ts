/**
 * What the filter island knows of each card: the prebuilt JSON under /data/ holds one record per
 * drama or song, just enough to filter, sort and draw its card. Moods travel as a string of twelve
 * digits (weight 0–3 in `MOOD_SLUGS` order) because the list grows with the catalogue: at 7,500
 * songs every byte of a record is 7.5 KB of the file.
 */
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";
import type { DramaData } from "../schemas/drama";
import type { SongData } from "../schemas/song";
import { songListTitle } from "./order";

export interface DramaRecord {
  slug: string;
  title: string;
  titleHangul: string;
  year: number;
  network: string;
  episodes: number;
  /** Twelve digits 0–3, one per mood in `MOOD_SLUGS` order. */
  moods: string;
  /** Story tag slugs. */
  tags: string[];
}

export interface SongRecord {
  slug: string;
  title: string;
  titleHangul?: string;
  titleMeaning?: string;
  year: number;
  energy: number;
  voice: SongData["voice"];
  moods: string;
  /** The singers as [slug, name] pairs, in credit order. */
  singers: [string, string][];
  /** The drama as [slug, title]. */
  drama: [string, string];
}

/** One list's card data file: its records, and for dramas the story tags' names ([slug, name]). */
export interface CardData<Record> {
  records: Record[];
  tags?: [string, string][];
}

export function encodeMoods(moods: Partial<Record<MoodSlug, { weight: number }>>): string {
  return MOOD_SLUGS.map((mood) => String(moods[mood]?.weight ?? 0)).join("");
}

/** The weights back as numbers, in `MOOD_SLUGS` order (what the covers are drawn from). */
export function decodeMoods(moods: string): number[] {
  return MOOD_SLUGS.map((_, index) => Number(moods[index] ?? 0));
}

/** The weight (0–3) a record gives one mood. */
export function moodWeight(record: { moods: string }, mood: MoodSlug): number {
  return Number(record.moods[MOOD_SLUGS.indexOf(mood)] ?? 0);
}

/** Moods of a record strongest first; equal weights keep the vocabulary's order. */
export function strongestMoods(record: { moods: string }, count: number): MoodSlug[] {
  return MOOD_SLUGS.map((mood) => ({ mood, weight: moodWeight(record, mood) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight || MOOD_SLUGS.indexOf(a.mood) - MOOD_SLUGS.indexOf(b.mood))
    .slice(0, count)
    .map(({ mood }) => mood);
}

export function dramaRecord(drama: { id: string; data: DramaData }): DramaRecord {
  const { data } = drama;
  return {
    slug: drama.id,
    title: data.title,
    titleHangul: data.titleHangul,
    year: data.year,
    network: data.network,
    episodes: data.episodes,
    moods: encodeMoods(data.moods),
    tags: (data.tags ?? []).map((tag) => tag.tag).sort(),
  };
}

export function songRecord(
  song: { id: string; data: SongData },
  singers: { id: string; data: { name: string } }[],
  drama: { id: string; data: { title: string } },
): SongRecord {
  const { data } = song;
  return {
    slug: song.id,
    title: data.title,
    ...(data.titleHangul && { titleHangul: data.titleHangul }),
    ...(data.titleMeaning && { titleMeaning: data.titleMeaning }),
    year: data.year,
    energy: data.energy,
    voice: data.voice,
    moods: encodeMoods(data.moods),
    singers: singers.map((singer) => [singer.id, singer.data.name]),
    drama: [drama.id, drama.data.title],
  };
}

/** What a song record is listed under (see order.ts). */
export const songRecordTitle = (song: SongRecord) => songListTitle(song);
