import { describe, expect, test } from "vitest";
import { namesOf } from "../../src/match/text-fields";
import { buildSearchIndex, searchableProse } from "../../src/match/build/search-index";
import { SEARCH_INDEX_VERSION, decodeMoodIndex, encodeMoodIndex, textIndexProblem } from "../../src/match/index-format";
import { indexSource } from "./index-fixtures";

const source = indexSource(
  [
    { slug: "b-drama", title: "Bee Drama", moods: { longing: 3, dreamy: 1 } },
    {
      slug: "a-drama",
      title: "Ay Drama: The Return",
      titleHangul: "에이 드라마",
      aliases: ["The A"],
      episodes: 12,
      cast: [
        { name: "Ada", nameHangul: "에이다", artist: "duo-a" },
        { name: "Bo", nameHangul: "보" },
      ],
      moods: { joyful: 2 },
    },
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
    { slug: "duo-b", name: "Bea", nameHangul: "비", group: "Duo" },
    { slug: "duo-a", name: "Ada", nameHangul: "에이다", group: "Duo" },
  ],
);

describe("search index builder", () => {
  const files = buildSearchIndex(source, (json) => `hash-of-${json.length}`);

  test("the mood index holds compact records sorted by slug, with mood vectors and no prose", () => {
    expect(files.moods.dramas.map((drama) => drama.slug)).toEqual(["a-drama", "b-drama"]);
    expect(files.moods.dramas[1]).toEqual({
      slug: "b-drama",
      title: "Bee Drama",
      titleHangul: "드라마",
      year: 2020,
      network: "tvN",
      episodes: 16,
      moods: [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(files.text.songTitlesHangul).toEqual([null, null]);
    expect(files.moods.songs.map((song) => [song.slug, song.drama, song.artists])).toEqual([
      ["song-one", 0, [0]],
      ["song-two", 1, [1, 0]],
    ]);
    expect(files.moods.artists.map((artist) => [artist.slug, artist.group])).toEqual([
      ["duo-a", "Duo"],
      ["duo-b", "Duo"],
    ]);
  });

  test("the text index holds the reasons, the people and names for every spelling", () => {
    expect(files.details[0]!.why[1]).toEqual({ longing: "longing reason", dreamy: "dreamy reason" });
    expect(files.text.people[0]).toEqual([
      { name: "Ada", nameHangul: "에이다", role: "cast", artist: 0 },
      { name: "Bo", nameHangul: "보", role: "cast" },
    ]);
    const names = files.text.names.map((entity) => `${entity.kind}:${entity.name}`);
    // Subtitled and multi-word Hangul titles are indexed whole, by part and run together.
    expect(names).toEqual(
      expect.arrayContaining([
        "drama:Ay Drama: The Return",
        "drama:Ay Drama",
        "drama:The Return",
        "drama:에이 드라마",
        "drama:에이드라마",
        "group:Duo",
        "person:Bo",
      ]),
    );
    expect(files.text.moodIndexHash).toBe(`hash-of-${JSON.stringify(encodeMoodIndex(files.moods)).length}`);
  });

  test("a group with its own artist profile is also found as its members", () => {
    const entities = namesOf({
      dramas: [],
      songs: [],
      artists: [
        { slug: "btob", name: "BTOB", nameHangul: "비투비" },
        { slug: "member", name: "Member", nameHangul: "멤버", group: "BTOB" },
      ],
      people: [],
    });
    expect(entities.filter((entity) => entity.kind === "group")).toEqual([
      { kind: "group", name: "BTOB", artists: [1] },
    ]);
  });

  test("is the same whatever order the collections arrive in", () => {
    const reversed = {
      dramas: [...source.dramas].reverse(),
      songs: [...source.songs].reverse(),
      artists: [...source.artists].reverse(),
    };
    expect(JSON.stringify(buildSearchIndex(reversed))).toBe(JSON.stringify(buildSearchIndex(source)));
  });

  test("indexes our own prose without spoilers, tags or Markdown", () => {
    expect(searchableProse("A **small** town. <Spoiler>He dies.</Spoiler> [More](https://x.y) {1 + 1}")).toBe(
      "A small town. More",
    );
  });

  test("refuses a song whose drama or artist is missing", () => {
    const broken = { ...source, songs: [{ ...source.songs[0]!, data: { ...source.songs[0]!.data, drama: "nope" } }] };
    expect(() => buildSearchIndex(broken)).toThrow('Search index: no drama "nope"');
  });

  test("recognises usable files and explains unusable ones", () => {
    expect(decodeMoodIndex(JSON.parse(JSON.stringify(encodeMoodIndex(files.moods))))).toEqual(files.moods);
    expect(() => decodeMoodIndex("<html>")).toThrow("the index is not a JSON object");
    expect(() => decodeMoodIndex({ version: 1 })).toThrow(`the index has version 1, expected ${SEARCH_INDEX_VERSION}`);
    const file = encodeMoodIndex(files.moods);
    expect(() => decodeMoodIndex({ ...file, songs: { ...file.songs, moods: "9" } })).toThrow(
      "the index lacks its drama, song or artist lists",
    );
    const text = JSON.parse(JSON.stringify(files.text));
    expect(textIndexProblem(text, files.text.moodIndexHash)).toBeUndefined();
    expect(textIndexProblem(text, "another")).toBe("the text index belongs to another version of the catalogue");
    expect(textIndexProblem({ ...text, names: undefined }, files.text.moodIndexHash)).toBe(
      "the text index lacks its search data",
    );
  });
});
