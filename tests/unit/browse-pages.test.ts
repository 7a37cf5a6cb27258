import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageCount, pageHref, pageItems, pageLinks } from "../../src/browse/pagination";
import { sortArtistsByName, sortDramasByTitle, sortSongsByTitle, songListTitle } from "../../src/browse/order";
import { validateCatalog } from "../../src/catalog/validation";

describe("pagination", () => {
  it("splits a list into pages of at most PAGE_SIZE, with page 1 even when empty", () => {
    expect(PAGE_SIZE).toBe(24);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(24)).toBe(1);
    expect(pageCount(25)).toBe(2);
    expect(pageCount(306)).toBe(13);
    const items = Array.from({ length: 50 }, (_, index) => index);
    expect(pageItems(items, 1)).toEqual(items.slice(0, 24));
    expect(pageItems(items, 3)).toEqual([48, 49]);
  });

  it("puts page 1 at the list's path and later pages under page/<n>/", () => {
    expect(pageHref("/dramas/", 1)).toBe("/dramas/");
    expect(pageHref("/dramas/", 2)).toBe("/dramas/page/2/");
  });

  it("shows first, last, current and neighbours, with gaps only where pages are skipped", () => {
    const numbers = (current: number, last: number) =>
      pageLinks(current, last).map((link) => ("gap" in link ? "…" : link.current ? `[${link.page}]` : link.page));
    expect(numbers(1, 1)).toEqual(["[1]"]);
    expect(numbers(1, 5)).toEqual(["[1]", 2, "…", 5]);
    expect(numbers(7, 13)).toEqual([1, "…", 6, "[7]", 8, "…", 13]);
    // A gap of exactly one page shows that page rather than "…".
    expect(numbers(4, 5)).toEqual([1, 2, 3, "[4]", 5]);
    expect(numbers(13, 13)).toEqual([1, "…", 12, "[13]"]);
  });
});

describe("list order", () => {
  it("sorts songs by their English meaning, not by the romanization", () => {
    const songs = [
      { id: "b", data: { title: "Sarang-i", titleMeaning: "Love Is" } },
      { id: "a", data: { title: "Always" } },
      { id: "c", data: { title: "Annyeong", titleMeaning: "Goodbye" } },
    ];
    expect(sortSongsByTitle(songs).map((song) => songListTitle(song.data))).toEqual(["Always", "Goodbye", "Love Is"]);
  });

  it("sorts dramas by title and artists by name, case-blind, then by slug", () => {
    const dramas = [
      { id: "z", data: { title: "goblin" } },
      { id: "a", data: { title: "Goblin" } },
      { id: "m", data: { title: "Crash Landing on You" } },
    ];
    expect(sortDramasByTitle(dramas).map((drama) => drama.id)).toEqual(["m", "a", "z"]);
    const artists = [
      { id: "iu", data: { name: "IU" } },
      { id: "ailee", data: { name: "Ailee" } },
    ];
    expect(sortArtistsByName(artists).map((artist) => artist.id)).toEqual(["ailee", "iu"]);
  });
});

describe("reserved slugs", () => {
  it("refuses a profile named page, whose address would sit among the list's pages", () => {
    const { problems } = validateCatalog([
      { collection: "dramas", file: "src/content/dramas/page.mdx", slug: "page", data: {} },
    ]);
    expect(problems).toContain(
      'src/content/dramas/page.mdx › (file name): got "page", expected a slug other than "page": /dramas/page/ holds the list\'s later pages',
    );
  });
});
