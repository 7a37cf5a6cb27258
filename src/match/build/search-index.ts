/**
 * Builds the search index files (their format: ../index-format.ts) from the collections' data. Runs at
 * build time only (src/match/build/search-data.ts, tests, the bench); never shipped to the browser.
 */
import MiniSearch from "minisearch";
import { MOOD_SLUGS, type MoodSlug } from "../../schemas/moods";
import type { Voice } from "../../schemas/song";
import {
  SEARCH_INDEX_VERSION,
  encodeMoodIndex,
  type ArtistRecord,
  type DramaRecord,
  type MoodIndexData,
  type MoodVector,
  type PersonCredit,
  type SongRecord,
  type TextIndexData,
  DETAILS_BLOCK_SIZE,
  type DetailsBlock,
} from "../index-format";
import { STORY_TAGS } from "../../schemas/story-tags";
import { DESCRIPTION_FIELDS, descriptionSearchOptions, nameSearchOptions, namesOf } from "../text-fields";
import { commonTermsOf, nameSoundsOf } from "./reading-tables";

/** Input of the builder: plain data as the collections hold it. */
export interface IndexSource {
  dramas: {
    id: string;
    /** The MDX body: our own introduction. Spoilers are left out of the index. */
    body?: string;
    data: {
      title: string;
      titleHangul: string;
      titleRomanized: string;
      aliases: string[];
      year: number;
      network: string;
      episodes: number;
      genres: string[];
      cast?: { name: string; nameHangul: string; alsoKnownAs?: string[]; artist?: string }[];
      writers?: { name: string; nameHangul: string; alsoKnownAs?: string[] }[];
      directors?: { name: string; nameHangul: string; alsoKnownAs?: string[] }[];
      moods: Partial<Record<MoodSlug, { weight: number; why: string }>>;
      tags?: { tag: string; why: string }[];
    };
  }[];
  songs: {
    id: string;
    body?: string;
    data: {
      title: string;
      titleHangul?: string;
      titleMeaning?: string;
      drama: string;
      artists: string[];
      energy: number;
      voice: Voice;
      moods: Partial<Record<MoodSlug, { weight: number; why: string }>>;
      tags?: { tag: string; why: string }[];
    };
  }[];
  artists: { id: string; data: { name: string; nameHangul: string; group?: string } }[];
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

/**
 * The searchable prose of an MDX body: spoilers, tags, expressions and Markdown marks removed, so only
 * our own spoiler-free sentences are indexed.
 */
export function searchableProse(body: string | undefined): string {
  if (!body) return "";
  return body
    .replace(/<Spoiler\b[\s\S]*?<\/Spoiler>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface SearchIndexFiles {
  moods: MoodIndexData;
  text: TextIndexData;
  /** The reasons, in blocks of DETAILS_BLOCK_SIZE dramas, fetched for the dramas a list shows. */
  details: DetailsBlock[];
}

/**
 * Builds both files. Records are sorted by slug so the files are the same for the same content,
 * whatever order Astro returns the collections in. `hashOf` names the mood index (the caller hashes
 * the serialised file; tests may pass any function).
 *
 * Long on purpose, for now: the matching and the index are being rewritten next (after the house
 * restructure), so this function was moved, not split.
 */
export function buildSearchIndex(
  source: IndexSource,
  hashOf: (moodIndexJson: string) => string = () => "unhashed",
): SearchIndexFiles {
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
    year: data.year,
    network: data.network,
    episodes: data.episodes,
    moods: moodVector(data.moods),
  }));
  const artists: ArtistRecord[] = artistSources.map(({ id, data }) => ({
    slug: id,
    name: data.name,
    nameHangul: data.nameHangul,
    ...(data.group ? { group: data.group } : {}),
  }));
  const songs: SongRecord[] = songSources.map(({ id, data }) => ({
    slug: id,
    title: data.title,
    ...(data.titleMeaning ? { titleMeaning: data.titleMeaning } : {}),
    drama: positionOf(dramaPosition, data.drama, "drama"),
    artists: data.artists.map((artist) => positionOf(artistPosition, artist, "artist")),
    energy: data.energy,
    voice: data.voice,
    moods: moodVector(data.moods),
  }));
  const moodIndex: MoodIndexData = { version: SEARCH_INDEX_VERSION, dramas, songs, artists };

  const people: PersonCredit[][] = dramaSources.map(({ data }) => [
    ...(data.cast ?? []).map((person) => ({
      name: person.name,
      nameHangul: person.nameHangul,
      ...(person.alsoKnownAs?.length ? { alsoKnownAs: person.alsoKnownAs } : {}),
      role: "cast" as const,
      ...(person.artist && artistPosition.has(person.artist) ? { artist: artistPosition.get(person.artist)! } : {}),
    })),
    ...(data.writers ?? []).map((person) => ({ ...person, role: "writer" as const })),
    ...(data.directors ?? []).map((person) => ({ ...person, role: "director" as const })),
  ]);

  const names = namesOf({
    dramas: dramaSources.map(({ data }) => ({
      names: [data.title, data.titleHangul, data.titleRomanized, ...data.aliases],
    })),
    songs: songSources.map(({ data }) => ({ names: [data.title, data.titleHangul, data.titleMeaning] })),
    artists,
    people,
  });
  const nameSearch = new MiniSearch(nameSearchOptions());
  nameSearch.addAll(names.map((entity, id) => ({ id, name: entity.name })));

  // Song prose and reasons describe the drama too ("plays over the rooftop scenes"), at a lower boost.
  const songsOfDrama: (typeof songSources)[] = dramaSources.map(() => []);
  for (const song of songSources) songsOfDrama[dramaPosition.get(song.data.drama)!]!.push(song);
  const descriptionSearch = new MiniSearch(descriptionSearchOptions());
  const descriptionDocuments = dramaSources.map(({ data, body }, id) => ({
    id,
    [DESCRIPTION_FIELDS.genres]: data.genres.map((genre) => genre.replaceAll("-", " ")).join(". "),
    [DESCRIPTION_FIELDS.about]: searchableProse(body),
    [DESCRIPTION_FIELDS.reasons]: [
      ...Object.values(data.moods).map((mood) => mood?.why ?? ""),
      ...(data.tags ?? []).map((entry) => entry.why),
    ].join(" "),
    [DESCRIPTION_FIELDS.songs]: songsOfDrama[id]!.map(
      (song) =>
        `${searchableProse(song.body)} ${Object.values(song.data.moods)
          .map((mood) => mood?.why ?? "")
          .join(" ")}`,
    ).join(" "),
  }));
  descriptionSearch.addAll(descriptionDocuments);
  const descriptionTexts = descriptionDocuments.map((document) =>
    Object.values(DESCRIPTION_FIELDS)
      .map((field) => document[field])
      .join(" "),
  );

  const tagPosition = new Map(STORY_TAGS.map((tag, position) => [tag.slug, position]));
  const tagsOf = (entries: { tag: string }[] | undefined) =>
    (entries ?? []).flatMap((entry) => (tagPosition.has(entry.tag) ? [tagPosition.get(entry.tag)!] : []));
  const text: TextIndexData = {
    version: SEARCH_INDEX_VERSION,
    moodIndexHash: hashOf(JSON.stringify(encodeMoodIndex(moodIndex))),
    genres: dramaSources.map(({ data }) => [...data.genres]),
    songTitlesHangul: songSources.map(({ data }) => data.titleHangul ?? null),
    people,
    names,
    nameSearch: nameSearch.toJSON(),
    descriptionSearch: descriptionSearch.toJSON(),
    tags: STORY_TAGS.map(({ slug, name, kind, words }) => ({ slug, name, kind, words: [...words] })),
    dramaTags: dramaSources.map(({ data }) => tagsOf(data.tags)),
    songTags: songSources.map(({ data }) => tagsOf(data.tags)),
    commonTerms: commonTermsOf(
      descriptionTexts,
      dramaSources.flatMap(({ data }) => data.genres.map((genre) => genre.replaceAll("-", " "))),
    ),
    nameSounds: nameSoundsOf(names),
  };
  const details: DetailsBlock[] = [];
  for (let start = 0; start < dramaSources.length; start += DETAILS_BLOCK_SIZE) {
    const block = dramaSources.slice(start, start + DETAILS_BLOCK_SIZE);
    details.push({
      version: SEARCH_INDEX_VERSION,
      moodIndexHash: text.moodIndexHash,
      block: start / DETAILS_BLOCK_SIZE,
      why: block.map(({ data }) => reasons(data.moods)),
      tagWhy: block.map(({ data }) =>
        (data.tags ?? []).filter((entry) => tagPosition.has(entry.tag)).map((entry) => entry.why),
      ),
    });
  }
  return { moods: moodIndex, text, details };
}
