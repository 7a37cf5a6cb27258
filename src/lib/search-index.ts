/**
 * The prebuilt search index: a compact record per drama, song and artist, plus a Fuse index over
 * their names. Built once at build time (src/pages/search-index.json.ts) and fetched lazily by the
 * quiz and the search page, which rebuild the same documents with `searchDocuments` and hand Fuse the
 * prebuilt index through `Fuse.parseIndex`.
 *
 * Only what the matcher and the result list read is shipped: no bodies, sources or dates.
 */
import Fuse, { type FuseIndex, type FuseOptionKey } from "fuse.js";
import type { Voice } from "../schemas/song";
import { MOOD_SLUGS, type MoodSlug } from "./moods";

export const SEARCH_INDEX_VERSION = 1;

/** A mood vector: one integer weight 0–3 per mood, in `MOOD_SLUGS` order. */
export type MoodVector = number[];

export interface DramaRecord {
  slug: string;
  title: string;
  titleHangul: string;
  titleRomanized: string;
  aliases: string[];
  year: number;
  episodes: number;
  moods: MoodVector;
  /** The editor's reason per mood slug (only moods with a weight). */
  why: Partial<Record<MoodSlug, string>>;
}

export interface SongRecord {
  slug: string;
  title: string;
  titleHangul?: string;
  /** Position of the song's drama in `dramas`. */
  drama: number;
  /** Positions of the singers in `artists`, in credit order. */
  artists: number[];
  energy: number;
  voice: Voice;
  moods: MoodVector;
}

export interface ArtistRecord {
  slug: string;
  name: string;
  nameHangul: string;
}

export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  dramas: DramaRecord[];
  songs: SongRecord[];
  artists: ArtistRecord[];
  /** `Fuse.createIndex(SEARCH_KEYS, searchDocuments(data)).toJSON()`. */
  fuseIndex: ReturnType<FuseIndex<SearchDocument>["toJSON"]>;
}

export type SearchKind = "drama" | "song" | "artist";

/**
 * What Fuse searches: one document per name of each drama, song and artist (titles in English, Hangul
 * and romanized, other names, singers' names), built the same way on both sides.
 * One name per document makes a profile's relevance the score of its best name; Fuse would otherwise
 * multiply the scores of several weak matches in a list into one that beats a single close match.
 */
export interface SearchDocument {
  kind: SearchKind;
  /** Position in the matching list of the index. */
  position: number;
  name: string;
}

export const SEARCH_KEYS: FuseOptionKey<SearchDocument>[] = ["name"];

/**
 * Names are short, so Fuse's field-length norm would only rank a long alias below a short title.
 * Weight 0 turns it off and makes every stored norm 1, which also keeps the index file small.
 */
export const FIELD_NORM_WEIGHT = 0;

/** Input of the builder: plain data as the collections hold it. */
export interface IndexSource {
  dramas: {
    id: string;
    data: {
      title: string;
      titleHangul: string;
      titleRomanized: string;
      aliases: string[];
      year: number;
      episodes: number;
      moods: Partial<Record<MoodSlug, { weight: number; why: string }>>;
    };
  }[];
  songs: {
    id: string;
    data: {
      title: string;
      titleHangul?: string;
      drama: string;
      artists: string[];
      energy: number;
      voice: Voice;
      moods: Partial<Record<MoodSlug, { weight: number; why: string }>>;
    };
  }[];
  artists: { id: string; data: { name: string; nameHangul: string } }[];
}

function moodVector(moods: Partial<Record<MoodSlug, { weight: number }>>): MoodVector {
  return MOOD_SLUGS.map((mood) => moods[mood]?.weight ?? 0);
}

function reasons(moods: Partial<Record<MoodSlug, { why: string }>>): Partial<Record<MoodSlug, string>> {
  const why: Partial<Record<MoodSlug, string>> = {};
  for (const mood of MOOD_SLUGS) {
    const weight = moods[mood];
    if (weight) why[mood] = weight.why;
  }
  return why;
}

const bySlug = <Item extends { id: string }>(a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const present = (names: (string | undefined)[]) => names.filter((name): name is string => !!name);

/** The documents Fuse indexes, in a fixed order derived from the records alone. */
export function searchDocuments(data: Pick<SearchIndexData, "dramas" | "songs" | "artists">): SearchDocument[] {
  const documents = (kind: SearchKind, position: number, names: (string | undefined)[]) =>
    [...new Set(present(names))].map((name) => ({ kind, position, name }));
  return [
    ...data.dramas.flatMap((drama, position) =>
      documents("drama", position, [drama.title, drama.titleHangul, drama.titleRomanized, ...drama.aliases]),
    ),
    // Singers are matched once, as artists, and lift their songs from there (see match.ts).
    ...data.songs.flatMap((song, position) => documents("song", position, [song.title, song.titleHangul])),
    ...data.artists.flatMap((artist, position) => documents("artist", position, [artist.name, artist.nameHangul])),
  ];
}

/**
 * Builds the index. Records are sorted by slug so the file is the same for the same content,
 * whatever order Astro returns the collections in.
 */
export function buildSearchIndex(source: IndexSource): SearchIndexData {
  const dramaSources = [...source.dramas].sort(bySlug);
  const artistSources = [...source.artists].sort(bySlug);
  const songSources = [...source.songs].sort(bySlug);
  const dramaPosition = new Map(dramaSources.map((drama, position) => [drama.id, position]));
  const artistPosition = new Map(artistSources.map((artist, position) => [artist.id, position]));
  const positionOf = (positions: Map<string, number>, slug: string, what: string) => {
    const position = positions.get(slug);
    if (position === undefined) throw new Error(`Search index: no ${what} "${slug}"`);
    return position;
  };

  const dramas: DramaRecord[] = dramaSources.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    titleHangul: data.titleHangul,
    titleRomanized: data.titleRomanized,
    aliases: [...data.aliases],
    year: data.year,
    episodes: data.episodes,
    moods: moodVector(data.moods),
    why: reasons(data.moods),
  }));
  const artists: ArtistRecord[] = artistSources.map(({ id, data }) => ({
    slug: id,
    name: data.name,
    nameHangul: data.nameHangul,
  }));
  const songs: SongRecord[] = songSources.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    ...(data.titleHangul ? { titleHangul: data.titleHangul } : {}),
    drama: positionOf(dramaPosition, data.drama, "drama"),
    artists: data.artists.map((artist) => positionOf(artistPosition, artist, "artist")),
    energy: data.energy,
    voice: data.voice,
    // No song reasons: the quiz explains a match with the drama's reasons and names the songs that
    // carried each mood; the song's own reasons are on its page. This halves the index.
    moods: moodVector(data.moods),
  }));

  const fuseIndex = Fuse.createIndex(SEARCH_KEYS, searchDocuments({ dramas, songs, artists }), {
    fieldNormWeight: FIELD_NORM_WEIGHT,
  }).toJSON();
  return { version: SEARCH_INDEX_VERSION, dramas, songs, artists, fuseIndex };
}

/** Why a downloaded index cannot be used, or undefined when it can. Guards against stale or broken files. */
export function searchIndexProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return "the index is not a JSON object";
  const data = value as Partial<SearchIndexData>;
  if (data.version !== SEARCH_INDEX_VERSION)
    return `the index has version ${String(data.version)}, expected ${SEARCH_INDEX_VERSION}`;
  if (!Array.isArray(data.dramas) || !Array.isArray(data.songs) || !Array.isArray(data.artists)) {
    return "the index lacks its drama, song or artist lists";
  }
  if (!data.fuseIndex || !Array.isArray((data.fuseIndex as { records?: unknown }).records)) {
    return "the index lacks its search records";
  }
  return undefined;
}
