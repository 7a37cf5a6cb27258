/**
 * Page numbers and page URLs of the list pages (/dramas/, /songs/, /artists/). Page 1 is the list's
 * own path; later pages live under `<list>/page/<n>/`, never `<list>/<n>/`: profiles sit at
 * `<list>/<slug>/`, and a slug may one day be all digits (a drama called "1987"), so the page routes
 * get their own segment and can never collide with a profile.
 */

/** At most this many cards on one page: about five phone screens of song cards. */
export const PAGE_SIZE = 24;

/** How many pages a list of `total` items needs (an empty list still has its page 1). */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The items on page `page` (1-based). */
export function pageItems<Item>(items: readonly Item[], page: number, pageSize = PAGE_SIZE): Item[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** The URL of page `page` of the list at `listPath` ("/dramas/"). */
export function pageHref(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`;
}

/** One entry of the numbered page links: a page number, or a gap ("…") between two of them. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The numbered links to show for page `current` of `last`: the first and last pages, the current
 * page and its neighbours, and a gap wherever numbers are skipped, so 40 pages still fit a phone.
 */
export function pageLinks(current: number, last: number): PageLink[] {
  const shown = new Set([1, last, current - 1, current, current + 1].filter((page) => page >= 1 && page <= last));
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1, current: false });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
