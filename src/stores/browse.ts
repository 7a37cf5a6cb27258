/**
 * The list pages' filters: `$browse` holds which list, its card data once fetched, the state the
 * URL carries and the notes about values it dropped; `$browseResult` is the filtered, sorted page.
 * Every action updates the URL query too (replaceState: filtering is not a new place to go Back to),
 * so a filtered list can be shared and a reload reopens it. The logic itself is src/browse/filters.ts.
 *
 * The card data is fetched only when needed: at once when the URL asks for a filter, a sort or a
 * page, otherwise when a visitor first touches the form. A query is read once the data is there,
 * because the story tags the dramas list understands come with it.
 */
import { atom, computed } from "nanostores";
import type { CardData, DramaRecord, SongRecord } from "../browse/card-records";
import {
  DEFAULT_SORT,
  SONG_LIST,
  applyBrowse,
  browseQuery,
  dramaList,
  isRefined,
  parseBrowseQuery,
  type BrowseResult,
  type BrowseState,
  type ListSpec,
} from "../browse/filters";

export type ListKind = "dramas" | "songs";
export type BrowseRecord = DramaRecord | SongRecord;

export interface BrowseSession {
  kind: ListKind;
  /** The list's own path ("/dramas/"): filtered lists always live there, whatever page was open. */
  listPath: string;
  dataUrl: string;
  /** The list's description, once its data (and so its story tags) is known. */
  list: ListSpec<BrowseRecord> | undefined;
  records: BrowseRecord[] | undefined;
  loading: "idle" | "loading" | "failed";
  /** The page's query, read once the data is there; empty when there was none or it has been read. */
  pendingQuery: string;
  state: BrowseState;
  /** Notes about values the URL carried that the list does not know. */
  notes: string[];
  /** Set by the first filter, sort or page chosen here: from then on the island draws the list. */
  touched: boolean;
}

const PLAIN: BrowseState = { filters: {}, sort: DEFAULT_SORT, page: 1 };

function listOf(kind: ListKind, data: CardData<BrowseRecord>): ListSpec<BrowseRecord> {
  if (kind === "songs") return SONG_LIST as unknown as ListSpec<BrowseRecord>;
  return dramaList((data.tags ?? []).map(([slug, name]) => ({ slug, name }))) as unknown as ListSpec<BrowseRecord>;
}

/** The list as the form shows it: the loaded one, or until then one without story tags. */
export function formList(session: BrowseSession): ListSpec<BrowseRecord> {
  return session.list ?? listOf(session.kind, { records: [] });
}

export const $browse = atom<BrowseSession | undefined>(undefined);

/** Whether the island draws the list (a filter, another sort or a page asked for) rather than the page's. */
export const $browseActive = computed($browse, (session) =>
  session
    ? session.touched || session.pendingQuery !== "" || isRefined(session.state) || session.state.page > 1
    : false,
);

export const $browseResult = computed($browse, (session): BrowseResult<BrowseRecord> | undefined =>
  session?.records && session.list && session.pendingQuery === ""
    ? applyBrowse(session.list, session.records, session.state)
    : undefined,
);

let fetching: Promise<void> | undefined;

/** Fetches the card data once, then reads the page's query if it had one. */
export function loadRecords(): Promise<void> {
  const session = $browse.get();
  if (!session || session.records) return Promise.resolve();
  fetching ??= (async () => {
    $browse.set({ ...session, loading: "loading" });
    try {
      const response = await fetch(session.dataUrl);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const data = (await response.json()) as CardData<BrowseRecord>;
      const current = $browse.get()!;
      const list = listOf(current.kind, data);
      const parsed = current.pendingQuery ? parseBrowseQuery(list, current.pendingQuery) : undefined;
      $browse.set({
        ...current,
        list,
        records: data.records,
        loading: "idle",
        pendingQuery: "",
        ...(parsed && { state: parsed.state, notes: parsed.notes }),
      });
    } catch {
      fetching = undefined;
      $browse.set({ ...$browse.get()!, loading: "failed" });
    }
  })();
  return fetching;
}

/** Starts the list from the page's URL; fetches the cards at once only when the URL has a query. */
export function startBrowse(kind: ListKind, listPath: string, dataUrl: string, search: string) {
  const pendingQuery = search.replace(/^\?/, "");
  fetching = undefined;
  $browse.set({
    kind,
    listPath,
    dataUrl,
    list: undefined,
    records: undefined,
    loading: "idle",
    pendingQuery,
    state: PLAIN,
    notes: [],
    touched: false,
  });
  if (pendingQuery) void loadRecords();
}

async function update(change: (state: BrowseState, list: ListSpec<BrowseRecord>) => BrowseState) {
  await loadRecords();
  const session = $browse.get();
  if (!session?.list) return;
  const state = change(session.state, session.list);
  $browse.set({ ...session, state, notes: [], touched: true });
  if (typeof history !== "undefined") {
    history.replaceState(history.state, "", session.listPath + browseQuery(session.list, state));
  }
}

/** Sets one filter ("" clears it); back to page 1, and off a mood sort when the mood goes. */
export function setFilter(key: string, value: string) {
  return update((state, list) => {
    const filters = { ...state.filters };
    if (value) filters[key] = value;
    else delete filters[key];
    const needs = list.sorts.find((sort) => sort.value === state.sort)?.needs;
    const sort = needs && !filters[needs] ? DEFAULT_SORT : state.sort;
    return { filters, sort, page: 1 };
  });
}

export function setSort(sort: string) {
  return update((state) => ({ ...state, sort, page: 1 }));
}

export function goToPage(page: number) {
  return update((state) => ({ ...state, page }));
}

export function clearFilters() {
  return update(() => PLAIN);
}

/** The URL of a page of the current result, for the island's page links. */
export function pageQuery(page: number): string {
  const session = $browse.get();
  if (!session?.list) return "";
  return session.listPath + browseQuery(session.list, { ...session.state, page });
}
