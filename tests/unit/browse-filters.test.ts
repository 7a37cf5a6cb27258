import { describe, expect, it } from "vitest";
import {
  SONG_LIST,
  dramaList,
  applyBrowse,
  browseQuery,
  isRefined,
  networkValue,
  ownPageOf,
  parseBrowseQuery,
} from "../../src/browse/filters";
import { decodeMoods, dramaRecord, encodeMoods, songRecord, strongestMoods } from "../../src/browse/card-records";
import type { DramaRecord, SongRecord } from "../../src/browse/card-records";
import { STORY_TAGS } from "../../src/schemas/story-tags";

/** The whole vocabulary, as the build writes it into the dramas' card data. */
const DRAMA_LIST = dramaList(STORY_TAGS.map(({ slug, name }) => ({ slug, name })));

/** Twelve digits in MOOD_SLUGS order: fluttering, longing, heartbreak, healing, joyful, hopeful, tense, … */
const drama = (slug: string, title: string, year: number, extra: Partial<DramaRecord> = {}): DramaRecord => ({
  slug,
  title,
  titleHangul: "드라마",
  year,
  network: "tvN",
  episodes: 16,
  moods: "000000000000",
  tags: [],
  ...extra,
});

const DRAMAS = [
  drama("goblin", "Goblin", 2016, { moods: "330000000020", tags: ["time-travel"], episodes: 16 }),
  drama("hospital", "Hospital Playlist", 2020, { moods: "000320000000", network: "tvN", episodes: 12 }),
  drama("glory", "The Glory", 2022, { moods: "000000300000", network: "Netflix", episodes: 16, tags: ["revenge"] }),
  drama("winter", "Winter Sonata", 2002, { moods: "230000000000", network: "KBS2", episodes: 20 }),
  drama("moon", "Moon Lovers", 2016, { moods: "112000000000", network: "SBS", episodes: 20 }),
  drama("disney", "Moving On", 2023, { moods: "000000010000", network: "Disney+", episodes: 24 }),
];

const song = (slug: string, title: string, extra: Partial<SongRecord> = {}): SongRecord => ({
  slug,
  title,
  year: 2016,
  energy: 2,
  voice: "female",
  moods: "010000000000",
  singers: [["singer", "Singer"]],
  drama: ["goblin", "Goblin"],
  ...extra,
});

const SONGS = [
  song("sarang", "Sarang-i", { titleMeaning: "Love Is", voice: "group", moods: "020100000000", year: 2010 }),
  song("always", "Always", { voice: "female", moods: "030000000000", year: 2016 }),
  song("annyeong", "Annyeong", { titleMeaning: "Goodbye", voice: "duet", moods: "000300000000", year: 2020 }),
];

describe("parsing the URL", () => {
  it("reads known filters, sort and page", () => {
    expect(parseBrowseQuery(DRAMA_LIST, "?mood=healing&decade=2010s&network=disney-plus&sort=year&page=2")).toEqual({
      state: { filters: { mood: "healing", decade: "2010s", network: "disney-plus" }, sort: "year", page: 2 },
      notes: [],
    });
  });

  it("knows the story tags it is given, carried by a drama or not", () => {
    const list = dramaList([{ slug: "revenge", name: "Revenge" }]);
    expect(parseBrowseQuery(list, "?tag=revenge").state.filters).toEqual({ tag: "revenge" });
    expect(parseBrowseQuery(list, "?tag=time-travel").notes).toEqual([
      "We don't know the story tag “time-travel”; showing all dramas.",
    ]);
  });

  it("drops an unknown mood with a note and shows everything", () => {
    expect(parseBrowseQuery(DRAMA_LIST, "?mood=xyz")).toEqual({
      state: { filters: {}, sort: "title", page: 1 },
      notes: ["We don't know the mood “xyz”; showing all dramas."],
    });
  });

  it("keeps the known filters when one is unknown, and says which one it left out", () => {
    const { state, notes } = parseBrowseQuery(DRAMA_LIST, "?mood=healing&tag=flying-saucers&length=epic");
    expect(state.filters).toEqual({ mood: "healing" });
    expect(notes).toEqual([
      "We don't know the story tag “flying-saucers”; showing dramas of any story tag or length.",
      "We don't know the length “epic”; showing dramas of any story tag or length.",
    ]);
  });

  it("refuses an unknown sort, a mood sort without a mood and a malformed page, each with a note", () => {
    expect(parseBrowseQuery(SONG_LIST, "?sort=popularity").notes).toEqual([
      "We can't sort by “popularity”; sorted by title.",
    ]);
    expect(parseBrowseQuery(SONG_LIST, "?sort=mood")).toEqual({
      state: { filters: {}, sort: "title", page: 1 },
      notes: ["Sorting by a mood's strength needs a mood; sorted by title."],
    });
    for (const page of ["0", "-1", "two", "1e3", "9999999"]) {
      const parsed = parseBrowseQuery(SONG_LIST, `?page=${page}`);
      expect(parsed.state.page, page).toBe(1);
      expect(parsed.notes, page).toEqual([`There is no page “${page}”; showing page 1.`]);
    }
  });

  it("quotes a long junk value shortened, and ignores parameters that are not filters", () => {
    const { notes } = parseBrowseQuery(SONG_LIST, `?mood=${"x".repeat(500)}&utm_source=feed`);
    expect(notes).toEqual([`We don't know the mood “${"x".repeat(40)}…”; showing all songs.`]);
  });

  it("writes back exactly what it reads, leaving defaults out", () => {
    const query = "?mood=healing&length=short&sort=mood&page=3";
    expect(browseQuery(DRAMA_LIST, parseBrowseQuery(DRAMA_LIST, query).state)).toBe(query);
    expect(browseQuery(DRAMA_LIST, { filters: {}, sort: "title", page: 1 })).toBe("");
    // Filters come out in the list's order whatever order they came in.
    expect(browseQuery(DRAMA_LIST, parseBrowseQuery(DRAMA_LIST, "?decade=2010s&mood=tense").state)).toBe(
      "?mood=tense&decade=2010s",
    );
  });
});

describe("filtering and sorting", () => {
  const state = (query: string) => parseBrowseQuery(DRAMA_LIST, query).state;
  const slugs = (query: string, list = DRAMAS) =>
    applyBrowse(DRAMA_LIST, list, state(query)).matching.map((d) => d.slug);

  it("sorts by title by default, like the static pages", () => {
    expect(slugs("")).toEqual(["goblin", "hospital", "moon", "disney", "glory", "winter"]);
    expect(isRefined(state(""))).toBe(false);
  });

  it("filters by mood, tag, decade, network and length, all at once", () => {
    expect(slugs("?mood=fluttering")).toEqual(["goblin", "moon", "winter"]);
    expect(slugs("?tag=revenge")).toEqual(["glory"]);
    expect(slugs("?decade=2010s")).toEqual(["goblin", "moon"]);
    expect(slugs("?network=disney-plus")).toEqual(["disney"]);
    expect(slugs("?length=short")).toEqual(["hospital"]);
    expect(slugs("?length=long")).toEqual(["disney"]);
    expect(slugs("?mood=fluttering&decade=2010s&length=standard")).toEqual(["goblin", "moon"]);
    expect(slugs("?mood=healing&network=sbs")).toEqual([]);
  });

  it("sorts by year newest first and by the chosen mood's strength, ties by title", () => {
    expect(slugs("?sort=year")).toEqual(["disney", "glory", "hospital", "goblin", "moon", "winter"]);
    expect(slugs("?mood=fluttering&sort=mood")).toEqual(["goblin", "winter", "moon"]);
    expect(slugs("?mood=longing&sort=mood")).toEqual(["goblin", "winter", "moon"]);
  });

  it("sorts songs by English meaning and filters them by kind of singer", () => {
    const songs = (query: string) =>
      applyBrowse(SONG_LIST, SONGS, parseBrowseQuery(SONG_LIST, query).state).matching.map((s) => s.slug);
    expect(songs("")).toEqual(["always", "annyeong", "sarang"]);
    expect(songs("?singer=solo")).toEqual(["always"]);
    expect(songs("?singer=group")).toEqual(["annyeong", "sarang"]);
    expect(songs("?mood=longing&sort=mood")).toEqual(["always", "sarang"]);
    expect(songs("?sort=year")).toEqual(["annyeong", "always", "sarang"]);
  });

  it("pages the result by 24 and notes a page past the end", () => {
    const many = Array.from({ length: 50 }, (_, index) =>
      drama(`d${index}`, `Drama ${String(index).padStart(2, "0")}`, 2020),
    );
    const third = applyBrowse(DRAMA_LIST, many, state("?page=3"));
    expect(third).toMatchObject({ page: 3, lastPage: 3 });
    expect(third.shown.map((d) => d.slug)).toEqual(["d48", "d49"]);
    expect(third.pageNote).toBeUndefined();
    const past = applyBrowse(DRAMA_LIST, many, state("?page=4"));
    expect(past).toMatchObject({ page: 1, lastPage: 3, pageNote: "This list has 3 pages, not 4; showing page 1." });
    expect(past.shown).toHaveLength(24);
    expect(applyBrowse(DRAMA_LIST, DRAMAS, state("?mood=tense&page=2")).pageNote).toBe(
      "This list has one page, not 2; showing page 1.",
    );
  });

  it("offers only the values the catalogue has", () => {
    const options = (key: string) =>
      DRAMA_LIST.filters
        .find((filter) => filter.key === key)!
        .options(DRAMAS)
        .map((option) => option.value);
    expect(options("decade")).toEqual(["2000s", "2010s", "2020s"]);
    expect(options("network")).toEqual(["KBS2", "SBS", "tvN", "Netflix", "Disney+"].map(networkValue));
    expect(options("tag").sort()).toEqual(["time-travel", "revenge"].sort());
    expect(options("mood")).toHaveLength(12);
  });

  it("links a mood or a tag to its own page", () => {
    expect(ownPageOf("mood", "healing", "Healing")).toEqual({ href: "/moods/healing/", label: "the Healing page" });
    expect(ownPageOf("tag", "revenge", "Revenge")).toEqual({ href: "/tags/revenge/", label: "the “Revenge” tag page" });
    expect(ownPageOf("decade", "2010s", "2010s")).toBeUndefined();
  });
});

describe("card records", () => {
  it("carry moods as twelve digits and back", () => {
    const moods = { longing: { weight: 3, why: "" }, dreamy: { weight: 1, why: "" } };
    expect(encodeMoods(moods)).toBe("030000000001");
    expect(decodeMoods("030000000001")).toEqual([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(strongestMoods({ moods: "120300000000" }, 2)).toEqual(["healing", "longing"]);
  });

  it("are built from profiles with tags sorted and optional titles left out", () => {
    const record = dramaRecord({
      id: "goblin",
      data: {
        title: "Goblin",
        titleHangul: "도깨비",
        year: 2016,
        network: "tvN",
        episodes: 16,
        moods: { longing: { weight: 3, why: "x" } },
        tags: [
          { tag: "romance", why: "x" },
          { tag: "time-travel", why: "y" },
        ],
      } as never,
    });
    expect(record).toEqual({
      slug: "goblin",
      title: "Goblin",
      titleHangul: "도깨비",
      year: 2016,
      network: "tvN",
      episodes: 16,
      moods: "030000000000",
      tags: ["romance", "time-travel"],
    });
    const songData = { title: "Stay With Me", year: 2016, energy: 2, voice: "duet", moods: {} } as never;
    expect(
      songRecord({ id: "stay", data: songData }, [{ id: "chanyeol", data: { name: "Chanyeol" } }], {
        id: "goblin",
        data: { title: "Goblin" },
      }),
    ).toEqual({
      slug: "stay",
      title: "Stay With Me",
      year: 2016,
      energy: 2,
      voice: "duet",
      moods: "000000000000",
      singers: [["chanyeol", "Chanyeol"]],
      drama: ["goblin", "Goblin"],
    });
  });
});
