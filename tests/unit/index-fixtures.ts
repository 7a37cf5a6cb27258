/** Small hand-made catalogues for index and matching tests, built through the real index builder. */
import type { MoodSlug } from "../../src/lib/moods";
import { buildSearchIndex, type IndexSource } from "../../src/lib/search-index";

type Weights = Partial<Record<MoodSlug, number>>;
const moods = (weights: Weights) =>
  Object.fromEntries(Object.entries(weights).map(([mood, weight]) => [mood, { weight, why: `${mood} reason` }]));

export interface DramaSpec {
  slug: string;
  title?: string;
  titleHangul?: string;
  titleRomanized?: string;
  aliases?: string[];
  episodes?: number;
  moods: Weights;
}
export interface SongSpec {
  slug: string;
  title?: string;
  drama: string;
  artists?: string[];
  energy?: number;
  voice?: "female" | "male" | "duet" | "group";
  moods: Weights;
}

export function indexSource(
  dramas: DramaSpec[],
  songs: SongSpec[],
  artists: { slug: string; name: string; nameHangul: string }[] = [
    { slug: "singer", name: "Singer", nameHangul: "가수" },
  ],
): IndexSource {
  return {
    dramas: dramas.map((drama) => ({
      id: drama.slug,
      data: {
        title: drama.title ?? drama.slug,
        titleHangul: drama.titleHangul ?? "드라마",
        titleRomanized: drama.titleRomanized ?? "Deurama",
        aliases: drama.aliases ?? [],
        year: 2020,
        episodes: drama.episodes ?? 16,
        moods: moods(drama.moods),
      },
    })),
    songs: songs.map((song) => ({
      id: song.slug,
      data: {
        title: song.title ?? song.slug,
        drama: song.drama,
        artists: song.artists ?? ["singer"],
        energy: song.energy ?? 3,
        voice: song.voice ?? "female",
        moods: moods(song.moods),
      },
    })),
    artists: artists.map((artist) => ({ id: artist.slug, data: { name: artist.name, nameHangul: artist.nameHangul } })),
  };
}

export const buildIndex = (...args: Parameters<typeof indexSource>) => buildSearchIndex(indexSource(...args));
