import Fuse from "fuse.js";
import { describe, expect, test } from "vitest";
import { SEARCH_KEYS, buildSearchIndex, searchDocuments, searchIndexProblem } from "../../src/lib/search-index";
import { indexSource } from "./index-fixtures";

const source = indexSource(
  [
    { slug: "b-drama", title: "Bee Drama", moods: { longing: 3, dreamy: 1 } },
    { slug: "a-drama", title: "Ay Drama", titleHangul: "에이", aliases: ["The A"], episodes: 12, moods: { joyful: 2 } },
  ],
  [
    {
      slug: "song-two",
      drama: "b-drama",
      artists: ["duo-b", "duo-a"],
      voice: "duet",
      energy: 1,
      moods: { longing: 2 },
    },
    { slug: "song-one", drama: "a-drama", artists: ["duo-a"], moods: { joyful: 3 } },
  ],
  [
    { slug: "duo-b", name: "Bea", nameHangul: "비" },
    { slug: "duo-a", name: "Ada", nameHangul: "에이다" },
  ],
);

describe("search index builder", () => {
  const index = buildSearchIndex(source);

  test("writes compact records sorted by slug, with mood vectors and reasons", () => {
    expect(index.dramas.map((drama) => drama.slug)).toEqual(["a-drama", "b-drama"]);
    expect(index.dramas[1]).toEqual({
      slug: "b-drama",
      title: "Bee Drama",
      titleHangul: "드라마",
      titleRomanized: "Deurama",
      aliases: [],
      year: 2020,
      episodes: 16,
      moods: [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      why: { longing: "longing reason", dreamy: "dreamy reason" },
    });
    expect(index.songs.map((song) => [song.slug, song.drama, song.artists])).toEqual([
      ["song-one", 0, [0]],
      ["song-two", 1, [1, 0]],
    ]);
  });

  test("is the same whatever order the collections arrive in", () => {
    const reversed = {
      dramas: [...source.dramas].reverse(),
      songs: [...source.songs].reverse(),
      artists: [...source.artists].reverse(),
    };
    expect(JSON.stringify(buildSearchIndex(reversed))).toBe(JSON.stringify(index));
  });

  test("ships a Fuse index the browser can parse with the same keys", () => {
    const json = JSON.parse(JSON.stringify(index));
    const fuse = new Fuse(
      searchDocuments(json),
      { keys: SEARCH_KEYS, includeScore: true },
      Fuse.parseIndex(json.fuseIndex),
    );
    // A singer is one artist document; the matcher lifts her songs from there.
    expect(fuse.search("에이다")[0]?.item).toEqual({ kind: "artist", position: 0, name: "에이다" });
    expect(fuse.search("The A")[0]?.item).toEqual({ kind: "drama", position: 0, name: "The A" });
    expect(searchDocuments(json).filter((document) => document.kind === "song" && document.position === 1)).toEqual([
      { kind: "song", position: 1, name: "song-two" },
    ]);
  });

  test("refuses a song whose drama or artist is missing", () => {
    const broken = { ...source, songs: [{ ...source.songs[0]!, data: { ...source.songs[0]!.data, drama: "nope" } }] };
    expect(() => buildSearchIndex(broken)).toThrow('Search index: no drama "nope"');
  });

  test("recognises a usable file and explains an unusable one", () => {
    expect(searchIndexProblem(JSON.parse(JSON.stringify(index)))).toBeUndefined();
    expect(searchIndexProblem("<html>")).toBe("the index is not a JSON object");
    expect(searchIndexProblem({ version: 0 })).toBe("the index has version 0, expected 1");
    expect(searchIndexProblem({ version: 1, dramas: [], songs: [] })).toBe(
      "the index lacks its drama, song or artist lists",
    );
  });
});
