/** Small hand-made catalogues for index and matching tests, built through the real index builder. */
import { createMatcher } from "../../src/match/matcher";
import type { MoodSlug } from "../../src/schemas/moods";
import { buildSearchIndex, type IndexSource } from "../../src/match/build/search-index";
import { decodeMoodIndex, encodeMoodIndex } from "../../src/match/index-format";

type Weights = Partial<Record<MoodSlug, number>>;
const moods = (weights: Weights) =>
  Object.fromEntries(Object.entries(weights).map(([mood, weight]) => [mood, { weight, why: `${mood} reason` }]));

type Person = { name: string; nameHangul: string; alsoKnownAs?: string[]; artist?: string };

export interface DramaSpec {
  slug: string;
  title?: string;
  titleHangul?: string;
  titleRomanized?: string;
  aliases?: string[];
  year?: number;
  episodes?: number;
  genres?: string[];
  cast?: Person[];
  writers?: Person[];
  body?: string;
  moods: Weights;
  /** Story-tag slugs; each gets a reason "<slug> reason". */
  tags?: string[];
}
export interface SongSpec {
  slug: string;
  title?: string;
  titleHangul?: string;
  drama: string;
  artists?: string[];
  energy?: number;
  voice?: "female" | "male" | "duet" | "group";
  moods: Weights;
}
export interface ArtistSpec {
  slug: string;
  name: string;
  nameHangul: string;
  group?: string;
}

export function indexSource(
  dramas: DramaSpec[],
  songs: SongSpec[],
  artists: ArtistSpec[] = [{ slug: "singer", name: "Singer", nameHangul: "가수" }],
): IndexSource {
  return {
    dramas: dramas.map((drama) => ({
      id: drama.slug,
      body: drama.body ?? "",
      data: {
        title: drama.title ?? drama.slug,
        titleHangul: drama.titleHangul ?? "드라마",
        titleRomanized: drama.titleRomanized ?? "Deurama",
        aliases: drama.aliases ?? [],
        year: drama.year ?? 2020,
        network: "tvN",
        episodes: drama.episodes ?? 16,
        genres: drama.genres ?? ["romance"],
        ...(drama.cast ? { cast: drama.cast } : {}),
        ...(drama.writers ? { writers: drama.writers } : {}),
        moods: moods(drama.moods),
        tags: (drama.tags ?? []).map((tag) => ({ tag, why: `${tag} reason` })),
      },
    })),
    songs: songs.map((song) => ({
      id: song.slug,
      data: {
        title: song.title ?? song.slug,
        ...(song.titleHangul ? { titleHangul: song.titleHangul } : {}),
        drama: song.drama,
        artists: song.artists ?? ["singer"],
        energy: song.energy ?? 3,
        voice: song.voice ?? "female",
        moods: moods(song.moods),
      },
    })),
    artists: artists.map((artist) => ({
      id: artist.slug,
      data: { name: artist.name, nameHangul: artist.nameHangul, ...(artist.group ? { group: artist.group } : {}) },
    })),
  };
}

export const buildIndex = (...args: Parameters<typeof indexSource>) => buildSearchIndex(indexSource(...args));

/** A matcher with every index file (mood index, text index, details), as the quiz has once all have loaded. */
export function matcherFor(...args: Parameters<typeof indexSource>) {
  const files = buildIndex(...args);
  // Through JSON, as the browser receives them.
  const matcher = createMatcher(
    decodeMoodIndex(JSON.parse(JSON.stringify(encodeMoodIndex(files.moods)))),
    JSON.parse(JSON.stringify(files.text)),
  );
  for (const block of files.details) matcher.attachDetails(JSON.parse(JSON.stringify(block)));
  return matcher;
}
