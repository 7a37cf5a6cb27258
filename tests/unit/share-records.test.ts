import { beforeAll, expect, test } from "vitest";
import type { MoodIndexData } from "../../src/match/index-format";
import { shareRecords } from "../../src/match/share-records";
import { loadRealCatalog } from "./real-catalog";

let index: MoodIndexData;
// The real catalogue loads once for both tests: about 6 s with a build running beside it.
beforeAll(async () => {
  index = (await loadRealCatalog()).index.moods;
}, 60_000);

test("a drama's slice holds its songs and singers, renumbered to index into the slice", () => {
  const records = shareRecords(index, "goblin");
  expect(records.drama.title).toBe("Goblin");
  const full = index.songs.filter((song) => song.drama === index.dramas.indexOf(records.drama));
  expect(records.songs.map((song) => song.slug)).toEqual(full.map((song) => song.slug));
  for (const [position, song] of records.songs.entries()) {
    expect(song.drama).toBe(0);
    expect(song.artists.map((artist) => records.artists[artist]!.slug)).toEqual(
      full[position]!.artists.map((artist) => index.artists[artist]!.slug),
    );
  }
  expect(new Set(records.artists.map((artist) => artist.slug)).size).toBe(records.artists.length);
});

test("an unknown drama is named", () => {
  expect(() => shareRecords(index, "no-such-drama")).toThrow('Share records: no drama "no-such-drama" in the index');
});
