/**
 * Filtering and sorting the lists, and the URL query that carries them
 * (`/dramas/?mood=healing&decade=2010s&sort=year&page=2`), for the filter island and its tests.
 * A list is described once (its filters with their allowed values, its sorts); the same
 * description parses a query, applies it and writes it back, so the URL and the list can never
 * disagree. A value the list does not know is dropped with a note saying so, never an error.
 */
import { MOODS, MOOD_SLUGS, getMood, type MoodSlug } from "../schemas/moods";
import { NETWORKS } from "../schemas/networks";
import { moodWeight, songRecordTitle, type DramaRecord, type SongRecord } from "./card-records";
import { compareText } from "./order";
import { PAGE_SIZE, pageCount, pageItems } from "./pagination";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSpec<Item> {
  /** The query parameter, e.g. "mood". */
  key: string;
  /** What one value is called in a sentence: "mood", "story tag". */
  noun: string;
  /** Label of the form control. */
  label: string;
  /** What a visitor can pick, in the order to offer it. */
  options: (items: readonly Item[]) => FilterOption[];
  /** Whether a value is one this filter knows (known values may still match nothing). */
  knows: (value: string) => boolean;
  matches: (item: Item, value: string) => boolean;
}

export interface SortSpec<Item> {
  value: string;
  label: string;
  /** The filter a sort needs, e.g. sorting by a mood's strength needs a mood. */
  needs?: string;
  compare: (a: Item, b: Item, filters: Readonly<Record<string, string>>) => number;
}

export interface ListSpec<Item> {
  /** "dramas", "songs": used in notes ("showing all dramas"). */
  what: string;
  filters: FilterSpec<Item>[];
  sorts: SortSpec<Item>[];
}

export interface BrowseState {
  /** Filter key → chosen value; a filter not chosen is absent. */
  filters: Record<string, string>;
  sort: string;
  page: number;
}

export interface ParsedQuery {
  state: BrowseState;
  /** One sentence per value that was dropped. */
  notes: string[];
}

/** The sort a list starts with: the static pages' order. */
export const DEFAULT_SORT = "title";

const yearDecade = (year: number) => `${Math.floor(year / 10) * 10}s`;

/** Network names as URL values: "Disney+" → "disney-plus", "TV Chosun" → "tv-chosun". */
export function networkValue(network: string): string {
  return network
    .toLowerCase()
    .replace(/\+/g, "-plus")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const LENGTHS = [
  { value: "short", label: "Short (up to 12 episodes)", fits: (episodes: number) => episodes <= 12 },
  {
    value: "standard",
    label: "Standard (13–20 episodes)",
    fits: (episodes: number) => episodes > 12 && episodes <= 20,
  },
  { value: "long", label: "Long (21 episodes or more)", fits: (episodes: number) => episodes > 20 },
] as const;

const isMood = (value: string): value is MoodSlug => (MOOD_SLUGS as readonly string[]).includes(value);

function moodFilter<Item extends { moods: string }>(): FilterSpec<Item> {
  return {
    key: "mood",
    noun: "mood",
    label: "Mood",
    options: () => MOODS.map((mood) => ({ value: mood.slug, label: mood.name })),
    knows: isMood,
    matches: (item, value) => isMood(value) && moodWeight(item, value) > 0,
  };
}

/** Strongest first for the chosen mood; the caller breaks ties by title. */
function byMoodStrength<Item extends { moods: string }>(a: Item, b: Item, filters: Readonly<Record<string, string>>) {
  const mood = filters.mood;
  return mood && isMood(mood) ? moodWeight(b, mood) - moodWeight(a, mood) : 0;
}

/**
 * A story tag's slug and name. The island gets them with the card data rather than from
 * src/schemas/story-tags.ts, whose words for the quiz's reading would weigh more than the cards.
 */
export interface TagName {
  slug: string;
  name: string;
}

/** The dramas list, with the story tags it may filter by. */
export function dramaList(tags: readonly TagName[]): ListSpec<DramaRecord> {
  const tagSlugs = new Set(tags.map((tag) => tag.slug));
  return {
    what: "dramas",
    filters: [
      moodFilter<DramaRecord>(),
      {
        key: "tag",
        noun: "story tag",
        label: "Story tag",
        // Only tags some drama carries: a tag nobody carries would offer an empty list.
        options: (dramas) => {
          const carried = new Set(dramas.flatMap((drama) => drama.tags));
          return tags
            .filter((tag) => carried.has(tag.slug))
            .map((tag) => ({ value: tag.slug, label: tag.name }))
            .sort((a, b) => compareText(a.label, b.label));
        },
        knows: (value) => tagSlugs.has(value),
        matches: (drama, value) => drama.tags.includes(value),
      },
      {
        key: "decade",
        noun: "decade",
        label: "Decade",
        options: (dramas) =>
          [...new Set(dramas.map((drama) => yearDecade(drama.year)))]
            .sort()
            .map((decade) => ({ value: decade, label: decade })),
        knows: (value) => /^(19|20)\d0s$/.test(value),
        matches: (drama, value) => yearDecade(drama.year) === value,
      },
      {
        key: "network",
        noun: "network",
        label: "Network",
        options: (dramas) => {
          const carried = new Set(dramas.map((drama) => drama.network));
          return NETWORKS.filter((network) => carried.has(network)).map((network) => ({
            value: networkValue(network),
            label: network,
          }));
        },
        knows: (value) => NETWORKS.some((network) => networkValue(network) === value),
        matches: (drama, value) => networkValue(drama.network) === value,
      },
      {
        key: "length",
        noun: "length",
        label: "Length",
        options: () => LENGTHS.map(({ value, label }) => ({ value, label })),
        knows: (value) => LENGTHS.some((length) => length.value === value),
        matches: (drama, value) => LENGTHS.find((length) => length.value === value)?.fits(drama.episodes) ?? false,
      },
    ],
    sorts: [
      { value: "title", label: "Title (A–Z)", compare: (a, b) => compareText(a.title, b.title) },
      { value: "year", label: "Year (newest first)", compare: (a, b) => b.year - a.year },
      { value: "mood", label: "Mood strength", needs: "mood", compare: byMoodStrength },
    ],
  };
}

const SINGERS = [
  { value: "solo", label: "Solo singer", voices: ["female", "male"] },
  { value: "group", label: "Two or more singers", voices: ["duet", "group"] },
] as const;

export const SONG_LIST: ListSpec<SongRecord> = {
  what: "songs",
  filters: [
    moodFilter<SongRecord>(),
    {
      key: "singer",
      noun: "kind of singer",
      label: "Sung by",
      options: () => SINGERS.map(({ value, label }) => ({ value, label })),
      knows: (value) => SINGERS.some((singer) => singer.value === value),
      matches: (song, value) =>
        SINGERS.find((singer) => singer.value === value)?.voices.some((voice) => voice === song.voice) ?? false,
    },
  ],
  sorts: [
    {
      value: "title",
      label: "Title in English (A–Z)",
      compare: (a, b) => compareText(songRecordTitle(a), songRecordTitle(b)),
    },
    { value: "year", label: "Year (newest first)", compare: (a, b) => b.year - a.year },
    { value: "mood", label: "Mood strength", needs: "mood", compare: byMoodStrength },
  ],
};

/** Shortens what a visitor typed before quoting it back, so a long junk value cannot flood the page. */
const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

/** Reads a query string; every unknown value is dropped with a note, nothing throws. */
export function parseBrowseQuery<Item>(list: ListSpec<Item>, search: string | URLSearchParams): ParsedQuery {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const filters: Record<string, string> = {};
  const dropped: string[] = [];
  const notes: string[] = [];
  for (const filter of list.filters) {
    const value = params.get(filter.key)?.trim();
    if (value === undefined || value === "") continue;
    if (filter.knows(value)) {
      filters[filter.key] = value;
    } else {
      dropped.push(filter.noun);
      notes.push(`We don't know the ${filter.noun} ${quoted(value)}`);
    }
  }
  const showing =
    Object.keys(filters).length === 0
      ? `showing all ${list.what}`
      : `showing ${list.what} of any ${dropped.join(" or ")}`;
  const filterNotes = notes.map((note) => `${note}; ${showing}.`);

  let sort = DEFAULT_SORT;
  const sortValue = params.get("sort")?.trim();
  if (sortValue) {
    const known = list.sorts.find((option) => option.value === sortValue);
    if (!known) filterNotes.push(`We can't sort by ${quoted(sortValue)}; sorted by title.`);
    else if (known.needs && !filters[known.needs])
      filterNotes.push(`Sorting by a mood's strength needs a mood; sorted by title.`);
    else sort = known.value;
  }

  let page = 1;
  const pageValue = params.get("page")?.trim();
  if (pageValue) {
    if (/^[1-9]\d{0,5}$/.test(pageValue)) page = Number(pageValue);
    else filterNotes.push(`There is no page ${quoted(pageValue)}; showing page 1.`);
  }
  return { state: { filters, sort, page }, notes: filterNotes };
}

/** The query string for a state, empty for the plain list; filters in the list's order, then sort, then page. */
export function browseQuery<Item>(list: ListSpec<Item>, state: BrowseState): string {
  const params = new URLSearchParams();
  for (const filter of list.filters) {
    const value = state.filters[filter.key];
    if (value) params.set(filter.key, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Whether a state shows something other than the static pages (a filter or another sort). */
export function isRefined(state: BrowseState): boolean {
  return Object.keys(state.filters).length > 0 || state.sort !== DEFAULT_SORT;
}

export interface BrowseResult<Item> {
  /** Every item that passes the filters, in order. */
  matching: Item[];
  /** The items of the page shown. */
  shown: Item[];
  page: number;
  lastPage: number;
  /** Set when the requested page does not exist for this result. */
  pageNote?: string;
}

/** Filters, sorts (ties by title, then slug) and picks the page. */
export function applyBrowse<Item extends { slug: string }>(
  list: ListSpec<Item>,
  items: readonly Item[],
  state: BrowseState,
): BrowseResult<Item> {
  const chosen = list.filters.filter((filter) => state.filters[filter.key] !== undefined);
  const sort = list.sorts.find((option) => option.value === state.sort) ?? list.sorts[0]!;
  const byTitle = list.sorts.find((option) => option.value === DEFAULT_SORT)!;
  const matching = items
    .filter((item) => chosen.every((filter) => filter.matches(item, state.filters[filter.key]!)))
    .sort(
      (a, b) =>
        sort.compare(a, b, state.filters) || byTitle.compare(a, b, state.filters) || compareText(a.slug, b.slug),
    );
  const lastPage = pageCount(matching.length);
  const fits = state.page <= lastPage;
  const page = fits ? state.page : 1;
  return {
    matching,
    shown: pageItems(matching, page, PAGE_SIZE),
    page,
    lastPage,
    ...(!fits && {
      pageNote: `This list has ${lastPage === 1 ? "one page" : `${lastPage} pages`}, not ${state.page}; showing page 1.`,
    }),
  };
}

/** The page of its own a filter value has, where one exists (mood pages, tag pages); `name` is the value's label. */
export function ownPageOf(key: string, value: string, name: string): { href: string; label: string } | undefined {
  if (key === "mood" && isMood(value)) return { href: `/moods/${value}/`, label: `the ${getMood(value).name} page` };
  if (key === "tag") return { href: `/tags/${value}/`, label: `the “${name}” tag page` };
  return undefined;
}
