import { describe, expect, test } from "vitest";
import { similarDramas } from "../../src/match/similar";
import { loadRealCatalog } from "./real-catalog";
import { buildIndex } from "./index-fixtures";

describe("more like this", () => {
  const index = buildIndex(
    [
      { slug: "sad-a", moods: { longing: 3, heartbreak: 3 } },
      { slug: "sad-b", moods: { longing: 3, heartbreak: 2 } },
      { slug: "fun", moods: { joyful: 3, playful: 3 } },
      { slug: "fun-b", moods: { joyful: 3, playful: 2, fluttering: 1 } },
    ],
    [
      { slug: "a1", drama: "sad-a", energy: 1, moods: { longing: 3 } },
      { slug: "b1", drama: "sad-b", energy: 2, moods: { heartbreak: 3 } },
      { slug: "f1", drama: "fun", energy: 5, moods: { joyful: 3 } },
      { slug: "f2", drama: "fun-b", energy: 4, moods: { playful: 3 } },
    ],
  ).moods;

  test("lists the closest dramas first, never the drama itself, each with a reason", () => {
    const similar = similarDramas(index, 3);
    similar.forEach((list, self) => {
      expect(list.map((item) => item.drama)).not.toContain(self);
      for (const item of list)
        expect(item.reason).toMatch(/^(Also strong in|Shares a touch of) .+; its songs are .+\.$/);
    });
    const slug = (position: number) => index.dramas[position]!.slug;
    expect(slug(similar[index.dramas.findIndex((drama) => drama.slug === "sad-a")]![0]!.drama)).toBe("sad-b");
    expect(slug(similar[index.dramas.findIndex((drama) => drama.slug === "fun")]![0]!.drama)).toBe("fun-b");
    const sadA = similar[index.dramas.findIndex((drama) => drama.slug === "sad-a")]![0]!;
    expect(sadA.reason).toBe("Also strong in longing and heartbreak; its songs are just as calm.");
  });

  test("over the real catalogue, a drama's nearest neighbour lists it back in its own top five in most cases", async () => {
    const real = await loadRealCatalog();
    const similar = similarDramas(real.index.moods, 5);
    const mutual = similar.filter((list, self) => similar[list[0]!.drama]!.some((item) => item.drama === self));
    console.log(`more like this: ${mutual.length} of ${similar.length} nearest neighbours are mutual (top 5)`);
    expect(mutual.length / similar.length).toBeGreaterThan(0.6);
    // Reading the real catalogue through the content layer takes seconds on a busy machine.
  }, 30_000);
});
