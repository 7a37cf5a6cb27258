/**
 * The prebuilt search index, in two files the browser fetches separately (src/pages/data/[file].ts,
 * each named by a hash of its content so a deployed page never pairs new code with an old index):
 *
 * - the mood index: per drama, song and artist what mood results need (mood vectors, episodes,
 *   energy and voice, titles to show), stored by column (`encodeMoodIndex`). Small, fetched when the
 *   quiz starts.
 * - the text index: two prebuilt MiniSearch indexes (names; descriptions), the entity table behind
 *   the names, the editors' mood reasons and the people of each drama. Fetched right after, or when
 *   the person types; mood results render without it and gain the editors' reasons when it lands.
 *
 * Only what the matcher and the result list read is shipped: no sources, dates or spoilers.
 *
 * This module is the format both sides agree on: the builder (build/search-index.ts) writes it, the
 * browser (matcher.ts, the stores) reads it. It imports nothing but the mood vocabulary.
 */
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";
import type { Voice } from "../schemas/song";

export const SEARCH_INDEX_VERSION = 3;

/** A mood vector: one integer weight 0–3 per mood, in `MOOD_SLUGS` order. */
export type MoodVector = number[];

export interface DramaRecord {
  slug: string;
  title: string;
  titleHangul: string;
  year: number;
  network: string;
  episodes: number;
  moods: MoodVector;
}

export interface SongRecord {
  slug: string;
  title: string;
  /** What a romanized Korean title means in English (shown beside it), when it is one. */
  titleMeaning?: string;
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
  /** The group the singer belongs to, e.g. "BTS". */
  group?: string;
}

/** The mood index: everything mood results need. */
export interface MoodIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  dramas: DramaRecord[];
  songs: SongRecord[];
  artists: ArtistRecord[];
}

/**
 * The mood index as a file: one array per field and the mood vectors as digit strings, which gzip to
 * about 30 % less than a list of records (191 KB rather than 273 KB at 10,000 profiles).
 */
export interface MoodIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  dramas: {
    slug: string[];
    title: string[];
    titleHangul: string[];
    year: number[];
    network: string[];
    episodes: number[];
    /** Twelve digits 0–3 per drama, in MOOD_SLUGS order, run together. */
    moods: string;
  };
  songs: {
    slug: string[];
    title: string[];
    titleMeaning: (string | null)[];
    drama: number[];
    artists: number[][];
    energy: number[];
    voice: Voice[];
    moods: string;
  };
  artists: { slug: string[]; name: string[]; nameHangul: string[]; group: (string | null)[] };
}

const MOOD_COUNT = MOOD_SLUGS.length;
const joinVectors = (vectors: MoodVector[]) => vectors.map((vector) => vector.join("")).join("");
const splitVectors = (digits: string, count: number): MoodVector[] =>
  Array.from({ length: count }, (_, item) =>
    Array.from({ length: MOOD_COUNT }, (__, mood) => Number(digits[item * MOOD_COUNT + mood])),
  );

export function encodeMoodIndex(data: MoodIndexData): MoodIndexFile {
  const column = <Item, Key extends keyof Item>(items: Item[], key: Key) => items.map((item) => item[key]);
  return {
    version: SEARCH_INDEX_VERSION,
    dramas: {
      slug: column(data.dramas, "slug"),
      title: column(data.dramas, "title"),
      titleHangul: column(data.dramas, "titleHangul"),
      year: column(data.dramas, "year"),
      network: column(data.dramas, "network"),
      episodes: column(data.dramas, "episodes"),
      moods: joinVectors(column(data.dramas, "moods")),
    },
    songs: {
      slug: column(data.songs, "slug"),
      title: column(data.songs, "title"),
      titleMeaning: data.songs.map((song) => song.titleMeaning ?? null),
      drama: column(data.songs, "drama"),
      artists: column(data.songs, "artists"),
      energy: column(data.songs, "energy"),
      voice: column(data.songs, "voice"),
      moods: joinVectors(column(data.songs, "moods")),
    },
    artists: {
      slug: column(data.artists, "slug"),
      name: column(data.artists, "name"),
      nameHangul: column(data.artists, "nameHangul"),
      group: data.artists.map((artist) => artist.group ?? null),
    },
  };
}

/** The records of a mood index file; throws an Error saying what is wrong with a file that is not one. */
export function decodeMoodIndex(value: unknown): MoodIndexData {
  if (value === null || typeof value !== "object") throw new Error("the index is not a JSON object");
  const file = value as Partial<MoodIndexFile>;
  if (file.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`the index has version ${String(file.version)}, expected ${SEARCH_INDEX_VERSION}`);
  }
  const { dramas, songs, artists } = file;
  const lengthsAgree = (columns: object | undefined, vectors?: string) => {
    if (!columns) return false;
    const lists = Object.values(columns).filter(Array.isArray) as unknown[][];
    const count = lists[0]?.length ?? 0;
    return (
      lists.every((list) => list.length === count) && (vectors === undefined || vectors.length === count * MOOD_COUNT)
    );
  };
  if (
    !dramas ||
    !songs ||
    !artists ||
    !lengthsAgree(dramas, dramas.moods) ||
    !lengthsAgree(songs, songs.moods) ||
    !lengthsAgree(artists) ||
    !/^[0-3]*$/.test(dramas.moods + songs.moods)
  ) {
    throw new Error("the index lacks its drama, song or artist lists");
  }
  const dramaMoods = splitVectors(dramas.moods, dramas.slug.length);
  const songMoods = splitVectors(songs.moods, songs.slug.length);
  return {
    version: SEARCH_INDEX_VERSION,
    dramas: dramas.slug.map((slug, i) => ({
      slug,
      title: dramas.title[i]!,
      titleHangul: dramas.titleHangul[i]!,
      year: dramas.year[i]!,
      network: dramas.network[i]!,
      episodes: dramas.episodes[i]!,
      moods: dramaMoods[i]!,
    })),
    songs: songs.slug.map((slug, i) => ({
      slug,
      title: songs.title[i]!,
      ...(songs.titleMeaning[i] ? { titleMeaning: songs.titleMeaning[i]! } : {}),
      drama: songs.drama[i]!,
      artists: songs.artists[i]!,
      energy: songs.energy[i]!,
      voice: songs.voice[i]!,
      moods: songMoods[i]!,
    })),
    artists: artists.slug.map((slug, i) => ({
      slug,
      name: artists.name[i]!,
      nameHangul: artists.nameHangul[i]!,
      ...(artists.group[i] ? { group: artists.group[i]! } : {}),
    })),
  };
}

/** A names-index document: one name and what it stands for. */
export type NameEntity =
  | { kind: "drama"; name: string; drama: number }
  | { kind: "song"; name: string; song: number }
  | { kind: "artist"; name: string; artist: number }
  | { kind: "group"; name: string; artists: number[] }
  | { kind: "person"; name: string; credits: { drama: number; role: PersonRole; person: number }[] };

export type PersonRole = "cast" | "writer" | "director";

export interface PersonCredit {
  name: string;
  nameHangul: string;
  role: PersonRole;
  /** Other names the person is searched by ("Hong sisters"). */
  alsoKnownAs?: string[];
  /** Position in `artists` when the person also sings in the catalogue. */
  artist?: number;
}

/** The text index: free-text search data and the words that explain matches. */
export interface TextIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** Hash of the mood index this text index belongs to; the two are only used together. */
  moodIndexHash: string;
  /** The genres of each drama, by position. */
  genres: string[][];
  /** The Hangul title of each song, by position (null for English-titled songs). */
  songTitlesHangul: (string | null)[];
  /** Cast and creators of each drama, by position. */
  people: PersonCredit[][];
  /** What each names-index document stands for (its MiniSearch id is its position here). */
  names: NameEntity[];
  /** `MiniSearch#toJSON()` of the names index (see text-fields.ts). */
  nameSearch: unknown;
  /** `MiniSearch#toJSON()` of the descriptions index: one document per drama, id = drama position. */
  descriptionSearch: unknown;
  /** The story-tag vocabulary (src/schemas/story-tags.ts): what the reader recognises in words. */
  tags: TagRecord[];
  /** Per drama, its tags (positions in `tags`) in profile order; the reasons are in the details blocks. */
  dramaTags: number[][];
  /** Per song, its tags (positions in `tags`), usually none. */
  songTags: number[][];
  /** Description terms (stemmed) so common in this catalogue that they cannot tell dramas apart. */
  commonTerms: string[];
  /** Sound key of a romanized name word → the spellings our names use (see reading/name-variants.ts). */
  nameSounds: Record<string, string[]>;
}

/** How many dramas one details block holds. */
export const DETAILS_BLOCK_SIZE = 64;

/**
 * The words a result shows but ranking never needs, for a block of DETAILS_BLOCK_SIZE dramas:
 * the editors' reason per mood and per story tag. A result list fetches only the blocks of the dramas
 * it shows, so a visit never downloads every reason in the catalogue.
 */
export interface DetailsBlock {
  version: typeof SEARCH_INDEX_VERSION;
  /** Hash of the mood index these details belong to. */
  moodIndexHash: string;
  /** Block number: it holds dramas block × DETAILS_BLOCK_SIZE onwards. */
  block: number;
  /** Per drama of the block: the editors' reason per mood (only moods with a weight). */
  why: Partial<Record<MoodSlug, string>>[];
  /** Per drama of the block: the reason for each of its tags, in the order of `dramaTags`. */
  tagWhy: string[][];
}

/** The details block a drama's reasons are in. */
export const detailsBlockOf = (drama: number) => Math.floor(drama / DETAILS_BLOCK_SIZE);

/** Why a downloaded details block cannot be used with the mood index of hash `moodIndexHash`. */
export function detailsBlockProblem(value: unknown, moodIndexHash: string, block: number): string | undefined {
  if (value === null || typeof value !== "object") return "the details are not a JSON object";
  const data = value as Partial<DetailsBlock>;
  if (data.version !== SEARCH_INDEX_VERSION) return `the details have version ${String(data.version)}`;
  if (data.moodIndexHash !== moodIndexHash) return "the details belong to another version of the catalogue";
  if (data.block !== block || !Array.isArray(data.why) || !Array.isArray(data.tagWhy))
    return "the details are incomplete";
  return undefined;
}

/** A story tag as the reader and the result list need it. */
export interface TagRecord {
  slug: string;
  name: string;
  kind: string;
  /** The words people use for it (the name is matched too). */
  words: string[];
}

/** Why a downloaded text index cannot be used with the mood index of hash `moodIndexHash`. */
export function textIndexProblem(value: unknown, moodIndexHash: string): string | undefined {
  if (value === null || typeof value !== "object") return "the text index is not a JSON object";
  const data = value as Partial<TextIndexData>;
  if (data.version !== SEARCH_INDEX_VERSION)
    return `the text index has version ${String(data.version)}, expected ${SEARCH_INDEX_VERSION}`;
  if (data.moodIndexHash !== moodIndexHash) return "the text index belongs to another version of the catalogue";
  if (
    !Array.isArray(data.names) ||
    !data.nameSearch ||
    !data.descriptionSearch ||
    !Array.isArray(data.songTitlesHangul) ||
    !Array.isArray(data.tags) ||
    !Array.isArray(data.dramaTags) ||
    !Array.isArray(data.songTags) ||
    !Array.isArray(data.commonTerms) ||
    typeof data.nameSounds !== "object"
  ) {
    return "the text index lacks its search data";
  }
  return undefined;
}
