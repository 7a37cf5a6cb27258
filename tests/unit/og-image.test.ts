import { describe, expect, test } from "vitest";
import { fitFontSize, lineCount, ogCardTree, OG_HEIGHT, OG_WIDTH } from "../../src/art/share-card";
import { loadFonts, ogJobs, renderOgPng, writeOgImages } from "../../src/art/share-images/write";
import { createCatalog } from "../../src/catalog/joins";
import { writeFile } from "node:fs/promises";

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("share image text fitting", () => {
  test("short titles stay large, long ones shrink to fit three lines", () => {
    const sizes = [96, 80, 64, 48, 36];
    expect(fitFontSize("Goblin", 3, sizes)).toBe(96);
    const long = "Goblin (Guardian: The Lonely and Great God) and a much longer subtitle that keeps going";
    const size = fitFontSize(long, 3, sizes);
    expect(size).toBeLessThan(96);
    expect(lineCount(long, size)).toBeLessThanOrEqual(3);
  });

  test("Hangul counts as full width", () => {
    expect(lineCount("쓸쓸하고 찬란하神 – 도깨비", 52)).toBe(1);
    expect(lineCount("가".repeat(40), 52)).toBe(Infinity);
  });

  test("the card carries the title, the Hangul title, the moods and the name", () => {
    const text = JSON.stringify(
      ogCardTree({ eyebrow: "K-drama", title: "Goblin", titleHangul: "도깨비", moods: ["longing", "dreamy"] }),
    );
    for (const part of ["Goblin", "도깨비", "Longing · 그리움", "Dreamy · 몽환", "Moodtrack"])
      expect(text).toContain(part);
  });
});

describe("share image rendering", () => {
  test("renders the longest title and a Hangul title at 1200 × 630", async () => {
    const loaded = await loadFonts(["달의 연인 – 보보경심 려 쓸쓸하고 찬란하神 – 도깨비"]);
    const longest = await renderOgPng(
      {
        eyebrow: "K-drama · 2016 · SBS",
        title: "Moon Lovers: Scarlet Heart Ryeo — Goblin (Guardian: The Lonely and Great God) Special Edition",
        titleHangul: "달의 연인 – 보보경심 려 쓸쓸하고 찬란하神 – 도깨비",
        moods: ["epic", "heartbreak", "longing"],
        note: "Start with “Stay With Me” · Chanyeol & Punch",
      },
      loaded,
    );
    expect(pngSize(longest)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    const hangul = await renderOgPng({ eyebrow: "무드트랙", title: "사랑의 불시착", moods: ["fluttering"] }, loaded);
    expect(pngSize(hangul)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    // Kept for a person to look at: OG_PREVIEW_DIR=/tmp npx vitest run tests/unit/og-image.test.ts
    if (process.env.OG_PREVIEW_DIR) {
      await writeFile(`${process.env.OG_PREVIEW_DIR}/og-longest.png`, longest);
      await writeFile(`${process.env.OG_PREVIEW_DIR}/og-hangul.png`, hangul);
    }
  }, 30_000);

  test("a second run with the same cards renders nothing", async () => {
    const { mkdtemp, rm, readdir } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const scratch = await mkdtemp(`${tmpdir()}/moodtrack-og-`);
    try {
      const jobs = [
        { output: "og/moods/epic.png", card: { eyebrow: "Mood", title: "Epic", moods: ["epic" as const] } },
      ];
      const first = await writeOgImages(jobs, `${scratch}/dist`, `${scratch}/cache`);
      const second = await writeOgImages(jobs, `${scratch}/dist2`, `${scratch}/cache`);
      expect([first.rendered, first.cached]).toEqual([1, 0]);
      expect([second.rendered, second.cached]).toEqual([0, 1]);
      expect(await readdir(`${scratch}/dist2/og/moods`)).toEqual(["epic.png"]);
      const changed = await writeOgImages(
        [{ ...jobs[0]!, card: { ...jobs[0]!.card, title: "Epic!" } }],
        `${scratch}/dist3`,
        `${scratch}/cache`,
      );
      expect(changed.rendered).toBe(1);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 30_000);

  test("makes one image per drama, song and mood", () => {
    const drama = {
      id: "goblin",
      data: {
        title: "Goblin",
        titleHangul: "도깨비",
        year: 2016,
        network: "tvN",
        moods: { longing: { weight: 3, why: "w" } },
      },
    };
    const song = {
      id: "stay-with-me",
      data: {
        title: "Stay With Me",
        drama: "goblin",
        artists: ["punch"],
        milestones: [],
        moods: { longing: { weight: 3, why: "w" } },
      },
    };
    const artist = { id: "punch", data: { name: "Punch" } };
    const catalog = createCatalog([drama as never], [song as never], [artist as never]);
    const jobs = ogJobs(catalog);
    expect(jobs.map((job) => job.output)).toContain("og/dramas/goblin.png");
    expect(jobs.find((job) => job.output === "og/songs/stay-with-me.png")?.card).toMatchObject({
      title: "Stay With Me",
      eyebrow: "K-drama soundtrack · Punch",
      note: "From Goblin (2016)",
    });
    expect(jobs.filter((job) => job.output.startsWith("og/moods/"))).toHaveLength(12);
  });
});
