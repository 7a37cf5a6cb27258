/**
 * The filters of /dramas/ and /songs/: a small form over the prebuilt card data. The static list
 * (the page's children) stays until a visitor filters, sorts or asks for a page in the URL; then the
 * island draws the list itself. The form appears only once JavaScript runs: without it the page
 * offers the mood and tag pages instead (a <noscript> block in the page).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { pageLinks } from "../../browse/pagination";
import { ownPageOf } from "../../browse/filters";
import {
  $browse,
  $browseActive,
  $browseResult,
  clearFilters,
  goToPage,
  formList,
  loadRecords,
  pageQuery,
  setFilter,
  setSort,
  startBrowse,
  type ListKind,
} from "../../stores/browse";
import { DramaCardView, SongCardView } from "./BrowseCards";
import type { DramaRecord, SongRecord } from "../../browse/card-records";

interface Props {
  kind: ListKind;
  listPath: string;
  dataUrl: string;
  children?: ComponentChildren;
}

export default function BrowseIsland({ kind, listPath, dataUrl, children }: Props) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startBrowse(kind, listPath, dataUrl, location.search);
    setMounted(true);
  }, [kind, listPath, dataUrl]);
  const session = useStore($browse);
  const active = useStore($browseActive);
  const result = useStore($browseResult);
  const top = useRef<HTMLDivElement>(null);

  if (!mounted || !session) return <div class="browse">{children}</div>;
  const list = formList(session);
  const records = session.records ?? [];
  const { state } = session;
  const chosen = Object.keys(state.filters).length;
  const notes = [...session.notes, ...(result?.pageNote ? [result.pageNote] : [])];
  const showPage = (page: number) => (event: Event) => {
    event.preventDefault();
    void goToPage(page);
    top.current?.scrollIntoView({ block: "start" });
  };

  return (
    <div class="browse" ref={top}>
      <details class="browse-filters" open={chosen > 0 || state.sort !== "title"}>
        <summary>Filter and sort{chosen > 0 && ` (${chosen} filter${chosen === 1 ? "" : "s"})`}</summary>
        <form class="browse-form" onSubmit={(event) => event.preventDefault()}>
          {list.filters.map((filter) => (
            <div key={filter.key} class="browse-field">
              <label for={`browse-${filter.key}`}>{filter.label}</label>
              <select
                id={`browse-${filter.key}`}
                name={filter.key}
                value={state.filters[filter.key] ?? ""}
                onFocus={() => void loadRecords()}
                onChange={(event) => void setFilter(filter.key, event.currentTarget.value)}
              >
                <option value="">Any</option>
                {filter.options(records).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
                {/* Until the data arrives, keep the chosen value selectable so the control shows it. */}
                {state.filters[filter.key] &&
                  !filter
                    .options(session.records ?? [])
                    .some((option) => option.value === state.filters[filter.key]) && (
                    <option value={state.filters[filter.key]}>{state.filters[filter.key]}</option>
                  )}
              </select>
            </div>
          ))}
          <div class="browse-field">
            <label for="browse-sort">Sort by</label>
            <select
              id="browse-sort"
              name="sort"
              value={state.sort}
              onChange={(event) => void setSort(event.currentTarget.value)}
            >
              {list.sorts.map((sort) => (
                <option key={sort.value} value={sort.value} disabled={!!sort.needs && !state.filters[sort.needs]}>
                  {sort.label}
                  {sort.needs && !state.filters[sort.needs] ? " (choose a mood)" : ""}
                </option>
              ))}
            </select>
          </div>
          {(chosen > 0 || state.sort !== "title") && (
            <button type="button" class="button secondary" onClick={() => void clearFilters()}>
              Show all {list.what}
            </button>
          )}
        </form>
        {Object.entries(state.filters).map(([key, value]) => {
          const filter = list.filters.find((candidate) => candidate.key === key);
          const name = filter?.options(records).find((option) => option.value === value)?.label ?? value;
          const own = ownPageOf(key, value, name);
          return own ? (
            <p key={key} class="muted browse-own-page">
              With reasons for each: <a href={own.href}>{own.label}</a>.
            </p>
          ) : null;
        })}
      </details>
      <div role="status" class="browse-status">
        {notes.map((note) => (
          <p key={note} class="notice browse-note">
            {note}
          </p>
        ))}
        {active && session.loading === "loading" && <p class="muted">Loading the list…</p>}
        {active && result && (
          <p class="muted">
            {result.matching.length === 0
              ? `No ${list.what} match these filters.`
              : `${result.matching.length} ${result.matching.length === 1 ? list.what.replace(/s$/, "") : list.what}${
                  result.lastPage > 1 ? `; page ${result.page} of ${result.lastPage}` : ""
                }.`}
          </p>
        )}
      </div>
      {session.loading === "failed" && (
        <div class="notice" role="alert">
          <p>The list could not load.</p>
          <button type="button" class="button" onClick={() => void loadRecords()}>
            Retry
          </button>
        </div>
      )}
      {!active || !result ? (
        children
      ) : (
        <>
          <ul class={kind === "songs" ? "card-grid rows list" : "card-grid list"}>
            {kind === "songs"
              ? (result.shown as SongRecord[]).map((song) => <SongCardView key={song.slug} song={song} />)
              : (result.shown as DramaRecord[]).map((drama) => <DramaCardView key={drama.slug} drama={drama} />)}
          </ul>
          {result.lastPage > 1 && (
            <nav class="pager" aria-label={`Pages of ${list.what}`}>
              {result.page > 1 ? (
                <a class="pager-step" href={pageQuery(result.page - 1)} rel="prev" onClick={showPage(result.page - 1)}>
                  ← Previous
                </a>
              ) : (
                <span class="pager-step" aria-hidden="true" />
              )}
              <ol class="pager-pages">
                {pageLinks(result.page, result.lastPage).map((link, index) =>
                  "gap" in link ? (
                    <li key={`gap-${index}`} aria-hidden="true">
                      …
                    </li>
                  ) : (
                    <li key={link.page}>
                      <a
                        href={pageQuery(link.page)}
                        aria-current={link.current ? "page" : undefined}
                        aria-label={link.current ? `Page ${link.page}, this page` : `Page ${link.page}`}
                        onClick={showPage(link.page)}
                      >
                        {link.page}
                      </a>
                    </li>
                  ),
                )}
              </ol>
              {result.page < result.lastPage ? (
                <a class="pager-step" href={pageQuery(result.page + 1)} rel="next" onClick={showPage(result.page + 1)}>
                  Next →
                </a>
              ) : (
                <span class="pager-step" aria-hidden="true" />
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
