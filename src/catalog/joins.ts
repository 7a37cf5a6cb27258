/**
 * Joins the three collections for pages: songs of a drama, artists of a song, everything carrying a
 * mood. Input entries are plain `{ id, data }` objects (what `getCollection` returns), so this module
 * stays free of Astro imports. Astro's collection order is not stable, so every list is sorted here.
 */
import type { ArtistData } from "../schemas/artist";
import type { DramaData } from "../schemas/drama";
import type { MoodWeight, MoodWeights } from "../schemas/mood-weights";
import type { SongData } from "../schemas/song";
import { MOOD_SLUGS, type MoodSlug } from "../schemas/moods";

export interface Entry<Data> {
  id: string;
  data: Data;
}

export type DramaEntry = Entry<DramaData>;
export type SongEntry = Entry<SongData>;
export type ArtistEntry = Entry<ArtistData>;

export interface WeightedMood extends MoodWeight {
  mood: MoodSlug;
}

export interface MoodCarrier<Item> {
  entry: Item;
  weight: number;
  why: string;
}

const byText = (a: string, b: string) =>
  a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);

/** Moods strongest first; equal weights keep the vocabulary's order. */
export function rankMoods(moods: MoodWeights): WeightedMood[] {
  return MOOD_SLUGS.flatMap((mood) => {
    const weight = moods[mood];
    return weight ? [{ mood, ...weight }] : [];
  }).sort((a, b) => b.weight - a.weight || MOOD_SLUGS.indexOf(a.mood) - MOOD_SLUGS.indexOf(b.mood));
}

export interface Catalog<
  Drama extends DramaEntry = DramaEntry,
  Song extends SongEntry = SongEntry,
  Artist extends ArtistEntry = ArtistEntry,
> {
  dramas: Drama[];
  songs: Song[];
  artists: Artist[];
  drama(slug: string): Drama;
  song(slug: string): Song;
  artist(slug: string): Artist;
  songsOfDrama(slug: string): Song[];
  artistsOfSong(song: SongEntry): Artist[];
  songsOfArtist(slug: string): Song[];
  dramasOfArtist(slug: string): Drama[];
  /** Dramas whose cast links to this artist: singers who also act. */
  dramasActedInBy(slug: string): Drama[];
  dramasWithMood(mood: MoodSlug): MoodCarrier<Drama>[];
  songsWithMood(mood: MoodSlug): MoodCarrier<Song>[];
  /** Dramas that carry a story tag, with the editors' reason, by title. */
  dramasWithTag(tag: string): TagCarrier<Drama>[];
  /** Every story tag at least one drama carries, with how many carry it. */
  carriedTags(): Map<string, number>;
}

export interface TagCarrier<Item> {
  entry: Item;
  why: string;
}

function lookup<Item extends Entry<unknown>>(items: Item[], what: string) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (slug: string): Item => {
    const item = byId.get(slug);
    // Content is validated before the build, so a miss here is a bug in a page, not in a profile.
    if (!item) throw new Error(`No ${what} with slug "${slug}"`);
    return item;
  };
}

function carriersOf<Item extends Entry<{ moods: MoodWeights; title: string }>>(items: Item[], mood: MoodSlug) {
  return items
    .flatMap((entry) => {
      const weight = entry.data.moods[mood];
      return weight ? [{ entry, weight: weight.weight, why: weight.why }] : [];
    })
    .sort((a, b) => b.weight - a.weight || byText(a.entry.data.title, b.entry.data.title));
}

/** Items grouped under each of their keys, keeping the items' order. */
function groupBy<Item>(items: Item[], keysOf: (item: Item) => string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Keeps the caller's entry types (Astro's `CollectionEntry`), so pages can pass entries to `render`. */
export function createCatalog<Drama extends DramaEntry, Song extends SongEntry, Artist extends ArtistEntry>(
  dramaList: Drama[],
  songList: Song[],
  artistList: Artist[],
): Catalog<Drama, Song, Artist> {
  const dramas = [...dramaList].sort((a, b) => byText(a.data.title, b.data.title));
  const songs = [...songList].sort((a, b) => byText(a.data.title, b.data.title) || byText(a.id, b.id));
  const artists = [...artistList].sort((a, b) => byText(a.data.name, b.data.name));
  const drama = lookup(dramas, "drama");
  const song = lookup(songs, "song");
  const artist = lookup(artists, "artist");

  // Grouped once: pages ask for these per profile, and a filter per page is quadratic at scale.
  const songsByDrama = groupBy(songs, (song) => [song.data.drama]);
  const songsByArtist = groupBy(songs, (song) => song.data.artists);
  const songsOfArtist = (slug: string) => songsByArtist.get(slug) ?? [];
  const dramasByTag = groupBy(dramas, (entry) => (entry.data.tags ?? []).map((tag) => tag.tag));
  return {
    dramas,
    songs,
    artists,
    drama,
    song,
    artist,
    songsOfDrama: (slug) => songsByDrama.get(slug) ?? [],
    artistsOfSong: (entry) => entry.data.artists.map(artist),
    songsOfArtist,
    dramasOfArtist: (slug) => {
      const slugs = new Set(songsOfArtist(slug).map((entry) => entry.data.drama));
      return dramas.filter((entry) => slugs.has(entry.id));
    },
    dramasActedInBy: (slug) =>
      dramas.filter((entry) => (entry.data.cast ?? []).some((person) => person.artist === slug)),
    dramasWithMood: (mood) => carriersOf(dramas, mood),
    songsWithMood: (mood) => carriersOf(songs, mood),
    dramasWithTag: (tag) =>
      (dramasByTag.get(tag) ?? []).map((entry) => ({
        entry,
        why: (entry.data.tags ?? []).find((carried) => carried.tag === tag)!.why,
      })),
    carriedTags: () => new Map([...dramasByTag].map(([tag, carriers]) => [tag, carriers.length])),
  };
}

/**
 * The song a newcomer is most likely to have heard: most recorded milestones (chart entries, views),
 * then the strongest moods, then the title.
 */
export function bestKnownSong<Song extends SongEntry>(songs: Song[]): Song | undefined {
  const strength = (song: SongEntry) => rankMoods(song.data.moods).reduce((sum, mood) => sum + mood.weight, 0);
  return [...songs].sort(
    (a, b) =>
      b.data.milestones.length - a.data.milestones.length ||
      strength(b) - strength(a) ||
      byText(a.data.title, b.data.title),
  )[0];
}
