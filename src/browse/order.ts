/**
 * The default order of each list, shared by the static pages and the filter island so a list reads
 * the same with and without JavaScript: dramas by English title, songs by what their title says in
 * English (the translation of a romanized Korean title, else the title itself), artists by name.
 */

/** Case- and accent-blind English order; exact ties fall back to code points so the order is total. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** What a song is listed under: its English meaning when the title is romanized Korean. */
export function songListTitle(song: { title: string; titleMeaning?: string }): string {
  return song.titleMeaning ?? song.title;
}

/** Dramas by English title, then slug. */
export function sortDramasByTitle<Item extends { id: string; data: { title: string } }>(
  items: readonly Item[],
): Item[] {
  return [...items].sort((a, b) => compareText(a.data.title, b.data.title) || compareText(a.id, b.id));
}

/** Songs by English title or meaning, then slug. */
export function sortSongsByTitle<Item extends { id: string; data: { title: string; titleMeaning?: string } }>(
  items: readonly Item[],
): Item[] {
  return [...items].sort(
    (a, b) => compareText(songListTitle(a.data), songListTitle(b.data)) || compareText(a.id, b.id),
  );
}

/** Artists by name, then slug. */
export function sortArtistsByName<Item extends { id: string; data: { name: string } }>(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => compareText(a.data.name, b.data.name) || compareText(a.id, b.id));
}
