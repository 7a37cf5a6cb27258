import { expect, test } from "vitest";
import {
  bestKnownSong,
  createCatalog,
  rankMoods,
  type ArtistEntry,
  type DramaEntry,
  type SongEntry,
} from "../../src/catalog/joins";

const drama = (id: string, title: string) => ({ id, data: { title, moods: { longing: { weight: 2, why: "w" } } } });
const song = (id: string, title: string, dramaSlug: string, artists: string[], milestones = 0) => ({
  id,
  data: {
    title,
    drama: dramaSlug,
    artists,
    milestones: Array.from({ length: milestones }, () => ({ text: "t", source: "https://example.org" })),
    moods: { longing: { weight: 3, why: "w" }, healing: { weight: 1, why: "w" } },
  },
});
const artist = (id: string, name: string) => ({ id, data: { name } });

test("joins songs, dramas and artists, sorted by title whatever the input order", () => {
  const catalog = createCatalog(
    [drama("b", "Bravo"), drama("a", "alpha")] as unknown as DramaEntry[],
    [
      song("s2", "Zed", "a", ["x", "y"]),
      song("s1", "Echo", "b", ["y"]),
      song("s3", "Able", "a", ["y"]),
    ] as unknown as SongEntry[],
    [artist("y", "Yoon"), artist("x", "Xu")] as unknown as ArtistEntry[],
  );
  expect(catalog.dramas.map((entry) => entry.id)).toEqual(["a", "b"]);
  expect(catalog.songsOfDrama("a").map((entry) => entry.id)).toEqual(["s3", "s2"]);
  expect(catalog.songsOfArtist("y").map((entry) => entry.id)).toEqual(["s3", "s1", "s2"]);
  expect(catalog.dramasOfArtist("x").map((entry) => entry.id)).toEqual(["a"]);
  expect(catalog.artistsOfSong(catalog.song("s2")).map((entry) => entry.id)).toEqual(["x", "y"]);
  expect(catalog.songsOfDrama("nothing")).toEqual([]);
  expect(() => catalog.drama("nothing")).toThrow('No drama with slug "nothing"');
});

test("ranks moods strongest first and picks the best-known song by milestones", () => {
  expect(
    rankMoods({ healing: { weight: 1, why: "h" }, longing: { weight: 3, why: "l" } }).map((mood) => mood.mood),
  ).toEqual(["longing", "healing"]);
  const songs = [song("s1", "Quiet", "a", ["x"]), song("s2", "Hit", "a", ["x"], 2)];
  expect(bestKnownSong(songs as unknown as SongEntry[])?.id).toBe("s2");
  expect(bestKnownSong([] as SongEntry[])).toBeUndefined();
});

test("lists the dramas of a story tag by title, with their reasons, and counts every carried tag", () => {
  const tagged = (id: string, title: string, tags: { tag: string; why: string }[]) => ({
    ...drama(id, title),
    data: { ...drama(id, title).data, tags },
  });
  const catalog = createCatalog(
    [
      tagged("b", "Bravo", [{ tag: "revenge", why: "A payback plan." }]),
      tagged("a", "alpha", [
        { tag: "revenge", why: "Slow vengeance." },
        { tag: "chef", why: "Runs a kitchen." },
      ]),
      drama("c", "Charlie"),
    ] as unknown as DramaEntry[],
    [],
    [],
  );
  expect(catalog.dramasWithTag("revenge").map(({ entry, why }) => [entry.id, why])).toEqual([
    ["a", "Slow vengeance."],
    ["b", "A payback plan."],
  ]);
  expect(catalog.dramasWithTag("zombies")).toEqual([]);
  expect([...catalog.carriedTags()].sort()).toEqual([
    ["chef", 1],
    ["revenge", 2],
  ]);
});
