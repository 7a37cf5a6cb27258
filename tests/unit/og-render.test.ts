import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadFonts, writeOgImages, type OgJob } from "../../src/art/share-images/write";
import { createOgRenderer, forEachBounded, ogThreadCount, type FontFace } from "../../src/art/share-images/renderer";
import type { OgCard } from "../../src/art/share-card";

/** Cards that exercise every font path: Latin, Hangul, a Hanja character from an extra subset, no note. */
const CARDS: OgCard[] = [
  {
    eyebrow: "K-drama · 2016 · tvN",
    title: "Guardian: The Lonely and Great God",
    titleHangul: "쓸쓸하고 찬란하神 – 도깨비",
    moods: ["longing", "epic", "dreamy"],
    note: "Start with “Stay With Me” · Chanyeol & Punch",
  },
  { eyebrow: "K-drama soundtrack · Punch", title: "Stay With Me", moods: ["heartbreak"], note: "From Goblin (2016)" },
  { eyebrow: "무드트랙", title: "사랑의 불시착", moods: ["fluttering", "healing"] },
  { eyebrow: "K-drama soundtracks by mood", title: "Healing", titleHangul: "힐링", moods: ["healing"] },
];
const texts = CARDS.flatMap((card) => [card.eyebrow, card.title, card.titleHangul ?? "", card.note ?? ""]);

let fonts: FontFace[];
let scratch: string;
beforeAll(async () => {
  fonts = await loadFonts(texts);
  scratch = await mkdtemp(path.join(tmpdir(), "moodtrack-og-render-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("share images rendered several at a time", () => {
  test("the fonts: Latin and Korean always, plus the numbered file that holds 神, all one family", () => {
    expect(new Set(fonts.map((font) => font.name))).toEqual(new Set(["Noto Sans KR"]));
    expect(fonts).toHaveLength(6);
    const serves = (character: string) =>
      fonts.filter((font) =>
        font.unicodeRange.some(([from, to]) => character.codePointAt(0)! >= from && character.codePointAt(0)! <= to),
      ).length;
    for (const character of ["G", "도", "神", "–"]) expect(serves(character), character).toBe(2); // 400 and 700
  });

  test("a build's images and cache are identical with 1 render in flight and with 2", async () => {
    const jobs: OgJob[] = CARDS.map((card, index) => ({
      output: `og/cards/${index}.jpg`,
      profile: `card ${index}`,
      card,
    }));
    // The same card twice is rendered once and written to both places.
    jobs.push({ output: "og/cards/again.jpg", profile: "card again", card: CARDS[0]! });
    const serial = await writeOgImages(jobs, path.join(scratch, "dist1"), path.join(scratch, "cache1"), { threads: 1 });
    const pooled = await writeOgImages(jobs, path.join(scratch, "dist2"), path.join(scratch, "cache2"), { threads: 2 });
    expect([serial.total, serial.rendered, serial.cached, serial.threads]).toEqual([5, 4, 0, 1]);
    expect([pooled.total, pooled.rendered, pooled.cached, pooled.threads]).toEqual([5, 4, 0, 2]);
    for (const folder of ["dist1/og/cards", "cache1"]) {
      const twin = folder.replace("1", "2");
      const names = (await readdir(path.join(scratch, folder))).sort();
      expect(names).toEqual((await readdir(path.join(scratch, twin))).sort());
      expect(names.some((name) => name.endsWith(".tmp"))).toBe(false);
      for (const name of names) {
        const one = await readFile(path.join(scratch, folder, name));
        expect(one.equals(await readFile(path.join(scratch, twin, name))), `${folder}/${name}`).toBe(true);
      }
    }
    expect(
      (await readFile(path.join(scratch, "dist2/og/cards/again.jpg"))).equals(
        await readFile(path.join(scratch, "dist2/og/cards/0.jpg")),
      ),
    ).toBe(true);
  }, 60_000);

  test("a renderer is made with the fonts and the requested number in flight", async () => {
    const renderer = await createOgRenderer(fonts, 3);
    expect(renderer.concurrency).toBe(3);
  });

  test("uses every available core unless MOODTRACK_OG_THREADS says otherwise", () => {
    expect(ogThreadCount(undefined)).toBe(availableParallelism());
    expect(ogThreadCount("")).toBe(availableParallelism());
    expect(ogThreadCount("3")).toBe(3);
    for (const wrong of ["0", "-1", "1.5", "all"]) {
      expect(() => ogThreadCount(wrong)).toThrow(
        `MOODTRACK_OG_THREADS must be a whole number of at least 1, got "${wrong}"`,
      );
    }
  });

  test("never has more than the limit in flight, and stops taking work after a failure", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachBounded([...Array(20).keys()], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1 + (item % 4)));
      running -= 1;
      done.push(item);
    });
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);

    const started: number[] = [];
    await expect(
      forEachBounded([...Array(20).keys()], 2, async (item) => {
        started.push(item);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (item === 3) throw new Error("card 3 failed");
      }),
    ).rejects.toThrow("card 3 failed");
    expect(started.length).toBeLessThan(8);
  });
});
