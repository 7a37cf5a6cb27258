/**
 * The list pages' filters: `$browse` holds which list, its card records once fetched, the state the
 * URL carries and the notes about values it dropped; `$browseResult` is the filtered, sorted page.
 * Every action updates the URL query too (replaceState: filtering is not a new place to go Back to),
 * so a filtered list can be shared and a reload reopens it. The logic itself is src/browse/filters.ts.
 */
import { atom, computed } from "nanostores";
import type { DramaRecord, SongRecord } from "../browse/card-records";
import {
  DEFAULT_SORT,
  DRAMA_LIST,
  SONG_LIST,
  applyBrowse,
  browseQuery,
  isRefined,
  parseBrowseQuery,
  type BrowseResult,
  type BrowseState,
  type ListSpec,
} from "../browse/filters";

export type ListKind = "dramas" | "songs";
type BrowseRecord = DramaRecord | SongRecord;

export interface BrowseSession {
  kind: ListKind;
  /** The list's own path ("/dramas/"): filtered lists always live there, whatever page was open. */
  listPath: string;
  dataUrl: string;
  records: BrowseRecord[] | undefined;
  loading: "idle" | "loading" | "failed";
  state: BrowseState;
  /** Notes about values the URL carried that the list does not know. */
  notes: string[];
  /** Set by the first filter, sort or page chosen here: from then on the island draws the list. */
  touched: boolean;
}

const LISTS = { dramas: DRAMA_LIST, songs: SONG_LIST } as const;

export function listSpec(kind: ListKind): ListSpec<BrowseRecord> {
  return LISTS[kind] as unknown as ListSpec<BrowseRecord>;
}

export const $browse = atom<BrowseSession | undefined>(undefined);

/** Whether the island shows its own list (a filter, another sort or a page asked for in the query). */
export const $browseActive = computed($browse, (session) =>
  session ? session.touched || isRefined(session.state) || session.state.page > 1 : false,
);

export const $browseResult = computed($browse, (session): BrowseResult<BrowseRecord> | undefined =>
  session?.records ? applyBrowse(listSpec(session.kind), session.records, session.state) : undefined,
);

let fetching: Promise<void> | undefined;

/** Fetches the card data once; the plain list needs none, so this waits for the first filter. */
export function loadRecords(): Promise<void> {
  const session = $browse.get();
  if (!session || session.records) return Promise.resolve();
  fetching ??= (async () => {
    $browse.set({ ...session, loading: "loading" });
    try {
      const response = await fetch(session.dataUrl);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const records = (await response.json()) as BrowseRecord[];
      $browse.set({ ...$browse.get()!, records, loading: "idle" });
    } catch {
      fetching = undefined;
      $browse.set({ ...$browse.get()!, loading: "failed" });
    }
  })();
  return fetching;
}

/** Starts the list from the page's URL; fetches the cards at once only when the URL filters. */
export function startBrowse(kind: ListKind, listPath: string, dataUrl: string, search: string) {
  const { state, notes } = parseBrowseQuery(listSpec(kind), search);
  fetching = undefined;
  $browse.set({ kind, listPath, dataUrl, records: undefined, loading: "idle", state, notes, touched: false });
  if (isRefined(state) || state.page > 1) void loadRecords();
}

function update(change: (state: BrowseState) => BrowseState) {
  const session = $browse.get();
  if (!session) return;
  const state = change(session.state);
  $browse.set({ ...session, state, notes: [], touched: true });
  if (typeof history !== "undefined") {
    history.replaceState(history.state, "", session.listPath + browseQuery(listSpec(session.kind), state));
  }
  void loadRecords();
}

/** Sets one filter ("" clears it); back to page 1, and off a mood sort when the mood goes. */
export function setFilter(key: string, value: string) {
  update((state) => {
    const filters = { ...state.filters };
    if (value) filters[key] = value;
    else delete filters[key];
    const needs = listSpec($browse.get()!.kind).sorts.find((sort) => sort.value === state.sort)?.needs;
    const sort = needs && !filters[needs] ? DEFAULT_SORT : state.sort;
    return { filters, sort, page: 1 };
  });
}

export function setSort(sort: string) {
  update((state) => ({ ...state, sort, page: 1 }));
}

export function goToPage(page: number) {
  update((state) => ({ ...state, page }));
}

export function clearFilters() {
  update(() => ({ filters: {}, sort: DEFAULT_SORT, page: 1 }));
}

/** The query of a page of the current result, for the island's page links. */
export function pageQuery(page: number): string {
  const session = $browse.get();
  if (!session) return "";
  return session.listPath + browseQuery(listSpec(session.kind), { ...session.state, page });
}
