import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { MeasuredNode } from "@takumi-rs/core";
import {
  columnOverflows,
  fitCard,
  fitText,
  ogCardTree,
  type FitRule,
  type LayoutText,
  type OgCard,
} from "../../src/art/share-card";
import { isWholeJpeg, loadFonts, ogJobs, writeOgImages, type OgJob } from "../../src/art/share-images/write";
import { createOgRenderer, MAX_IMAGE_BYTES, type OgRenderer } from "../../src/art/share-images/renderer";
import { createCatalog } from "../../src/catalog/joins";
import { dramaCover } from "../../src/art/cover";
import { MOOD_SLUGS } from "../../src/schemas/moods";

/**
 * A layout where every character is one unit wide per pixel of font size and lines break between words,
 * greedily, as a browser does: enough to check the fitting's choices exactly, separate from any font.
 */
const monospace =
  (width: number): LayoutText =>
  async (text, size) => {
    let lines = 1;
    let used = 0;
    let overflows = false;
    for (const word of text.split(" ")) {
      const wide = [...word].length * size;
      if (wide > width) overflows = true;
      if (used === 0) used = wide;
      else if (used + size + wide <= width) used += size + wide;
      else {
        lines += 1;
        used = wide;
      }
    }
    return { lines, height: lines * size, overflows };
  };
const rule = (overrides: Partial<FitRule> = {}): FitRule => ({
  sizes: [10, 8, 5],
  maxLines: 2,
  width: 100,
  weight: 700,
  lineHeight: 1,
  ...overrides,
});

describe("fitting a text (pure)", () => {
  test("keeps the largest size at which the whole text fits", async () => {
    const layout = monospace(100);
    expect(await fitText("Goblin", rule(), layout)).toEqual({ text: "Goblin", size: 10, truncated: false });
    // Four words of 40 units at size 10 fit two to a line (40 + 10 + 40 ≤ 100): 2 lines.
    expect(await fitText("aaaa bbbb cccc dddd", rule(), layout)).toMatchObject({ size: 10, truncated: false });
    // Six such words need 3 lines at 10 and 8 (2 words a line), 2 lines at 5 (4 words a line: 95 ≤ 100).
    const six = "aaaa bbbb cccc dddd eeee ffff";
    expect(await fitText(six, rule(), layout)).toEqual({ text: six, size: 5, truncated: false });
  });

  test("a height limit shrinks the text even when the lines would fit", async () => {
    const fitted = await fitText("aaaa bbbb cccc", rule({ maxHeight: 12 }), monospace(100));
    // 2 lines at 10 (height 20) and 8 (16) are too tall; 1 line at 5 (height 5) fits.
    expect(fitted).toEqual({ text: "aaaa bbbb cccc", size: 5, truncated: false });
  });

  test("a text too long at the smallest size ends with an ellipsis after the last whole word that fits", async () => {
    const layout = monospace(100);
    const words = Array.from({ length: 20 }, (_, index) => `w${String(index).padStart(2, "0")}`);
    const fitted = await fitText(words.join(" "), rule(), layout);
    expect(fitted.truncated).toBe(true);
    expect(fitted.size).toBe(5);
    expect(fitted.text.endsWith("…")).toBe(true);
    // It fits, and one more word would not: the longest start that fits.
    const shown = fitted.text.slice(0, -1);
    expect((await layout(fitted.text, 5)).lines).toBeLessThanOrEqual(2);
    const next = words.slice(0, shown.split(" ").length + 1).join(" ");
    expect((await layout(`${next}…`, 5)).lines).toBeGreaterThan(2);
    expect(words.join(" ").startsWith(shown)).toBe(true);
  });

  test("a single word wider than the card is cut inside the word", async () => {
    const fitted = await fitText(`${"x".repeat(50)} tail`, rule({ maxLines: 1 }), monospace(100));
    // 100 units at size 5 hold 20 characters: 19 letters and the ellipsis.
    expect(fitted).toEqual({ text: `${"x".repeat(19)}…`, size: 5, truncated: true });
  });

  test("never ends a cut on a separator before the ellipsis", async () => {
    const fitted = await fitText("aaaa, bbbb: cccc dddd eeee ffff gggg hhhh", rule({ maxLines: 1 }), monospace(100));
    expect(fitted.text).toMatch(/[a-z]…$/);
  });
});

const LONG_TITLE =
  "Moon Lovers: Scarlet Heart Ryeo — Goblin (Guardian: The Lonely and Great God) Special Edition, " +
  "with a subtitle that goes on well past anything a card could ever hold at any size, and then, to be sure, " +
  "goes on for a good while longer than that";
const CARDS: Record<string, OgCard> = {
  longest: {
    eyebrow: "K-drama · 2016 · SBS",
    title: LONG_TITLE,
    titleHangul:
      "달의 연인 – 보보경심 려 쓸쓸하고 찬란하神 – 도깨비 그리고 끝나지 않는 아주 긴 부제목 그리고 또 다른 부제목",
    // Beside a cover, as on every drama's card: the narrowest text column.
    cover: dramaCover({ slug: "moon-lovers", moods: MOOD_SLUGS.map((slug) => (slug === "epic" ? 3 : 0)), year: 2016 }),
    moods: ["epic", "heartbreak", "longing"],
    note: "Start with “Stay With Me” · Chanyeol & Punch",
  },
  hangul: { eyebrow: "무드트랙", title: "사랑의 불시착", moods: ["fluttering"] },
};
const texts = Object.values(CARDS).flatMap((card) => [
  card.eyebrow,
  card.title,
  card.titleHangul ?? "",
  card.note ?? "",
]);

let renderer: OgRenderer;
let scratch: string;
beforeAll(async () => {
  renderer = await createOgRenderer(await loadFonts(texts), 2);
  scratch = await mkdtemp(path.join(tmpdir(), "moodtrack-og-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Every text run of a measured tree, with the width of the text node it sits in. */
function runsOf(node: MeasuredNode, x = 0): { right: number; box: number; text: string }[] {
  const left = x + node.transform[4];
  return [
    ...node.runs.map((run) => ({ right: run.x + run.width, box: node.width, text: run.text })),
    ...node.children.flatMap((child) => runsOf(child, left)),
  ];
}

describe("fitting a card with the renderer's own layout", () => {
  test("a title too long at every size ends with an ellipsis and says so; nothing runs past its box", async () => {
    const fitted = await fitCard(CARDS.longest!, renderer.measure);
    expect(fitted.title.truncated).toBe(true);
    expect(fitted.title.text.endsWith("…")).toBe(true);
    expect(LONG_TITLE.startsWith(fitted.title.text.slice(0, -1).trimEnd())).toBe(true);
    expect(fitted.titleHangul?.truncated).toBe(true);
    const measured = await renderer.measure(ogCardTree(CARDS.longest!, fitted));
    expect(columnOverflows(measured)).toBe(false);
    for (const run of runsOf(measured)) {
      const visible = run.right - (/\s$/.test(run.text) ? 20 : 0); // a hanging trailing space may pass the edge
      expect(visible, `"${run.text}"`).toBeLessThanOrEqual(run.box + 0.5);
    }
  });

  test("a short Hangul title stays whole at the largest size", async () => {
    const fitted = await fitCard(CARDS.hangul!, renderer.measure);
    expect(fitted.title).toEqual({ text: "사랑의 불시착", size: 96, truncated: false });
  });
});

describe("share image files", () => {
  test("renders 1200 × 630 JPEGs within the size limit, Hangul and Hanja included", async () => {
    for (const [name, card] of Object.entries(CARDS)) {
      const jpeg = await renderer.render(ogCardTree(card, await fitCard(card, renderer.measure)));
      expect(isWholeJpeg(jpeg), name).toBe(true);
      expect(jpeg.length, name).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
      // Kept for a person to look at: OG_PREVIEW_DIR=/tmp npx vitest run tests/unit/og-image.test.ts
      if (process.env.OG_PREVIEW_DIR) await writeFile(path.join(process.env.OG_PREVIEW_DIR, `og-${name}.jpg`), jpeg);
    }
  }, 30_000);

  test("a whole JPEG is told from an empty, cut-off or foreign file", async () => {
    const jpeg = await renderer.render(ogCardTree(CARDS.hangul!, await fitCard(CARDS.hangul!, renderer.measure)));
    expect(isWholeJpeg(jpeg)).toBe(true);
    expect(isWholeJpeg(jpeg, 600, 315)).toBe(false);
    expect(isWholeJpeg(Buffer.alloc(0))).toBe(false);
    expect(isWholeJpeg(jpeg.subarray(0, jpeg.length >> 1))).toBe(false);
    expect(isWholeJpeg(jpeg.subarray(0, 20))).toBe(false);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0xff, 0xd9]);
    expect(isWholeJpeg(png)).toBe(false);
  });

  const epic: OgJob = {
    output: "og/moods/epic.jpg",
    profile: "the mood epic",
    card: { eyebrow: "Mood", title: "Epic", moods: ["epic"] },
  };

  test("a second run with the same cards renders nothing; a changed card renders again", async () => {
    const cache = path.join(scratch, "cache-reuse");
    const first = await writeOgImages([epic], path.join(scratch, "d1"), cache, { renderer });
    const second = await writeOgImages([epic], path.join(scratch, "d2"), cache, { renderer });
    expect([first.rendered, first.cached]).toEqual([1, 0]);
    expect([second.rendered, second.cached]).toEqual([0, 1]);
    expect(await readdir(path.join(scratch, "d2/og/moods"))).toEqual(["epic.jpg"]);
    const changed = await writeOgImages(
      [{ ...epic, card: { ...epic.card, title: "Epic!" } }],
      path.join(scratch, "d3"),
      cache,
      { renderer },
    );
    expect(changed.rendered).toBe(1);
  }, 30_000);

  test("a broken cache entry (empty, cut off, not a JPEG) is rendered again, never shipped", async () => {
    const cache = path.join(scratch, "cache-broken");
    await writeOgImages([epic], path.join(scratch, "b0"), cache, { renderer });
    const [name] = (await readdir(cache)).filter((file) => file.endsWith(".jpg"));
    const entry = path.join(cache, name!);
    const good = await readFile(entry);
    const breakages: [string, Buffer][] = [
      ["empty", Buffer.alloc(0)],
      ["cut off", good.subarray(0, good.length - 1000)],
      ["a PNG", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")],
    ];
    for (const [index, [label, bytes]] of breakages.entries()) {
      await rm(entry);
      await writeFile(entry, bytes);
      const outDir = path.join(scratch, `b${index + 1}`);
      const stats = await writeOgImages([epic], outDir, cache, { renderer });
      expect([stats.rendered, stats.repaired], label).toEqual([1, 1]);
      const shipped = await readFile(path.join(outDir, epic.output));
      expect(isWholeJpeg(shipped), label).toBe(true);
      expect(shipped.equals(good), label).toBe(true);
    }
    expect((await stat(entry)).size).toBe(good.length);
  }, 30_000);

  test("a failing render fails the run, naming the image and the profile", async () => {
    const failing: OgRenderer = {
      ...renderer,
      render: async () => {
        throw new Error("out of memory");
      },
    };
    const job: OgJob = { ...epic, output: "og/dramas/goblin.jpg", profile: "src/content/dramas/goblin.mdx" };
    await expect(
      writeOgImages([job], path.join(scratch, "f"), path.join(scratch, "cache-fail"), { renderer: failing }),
    ).rejects.toThrow(
      "share image og/dramas/goblin.jpg (from src/content/dramas/goblin.mdx) failed to render: out of memory",
    );
    // Nothing half-made is left under a cache name.
    expect(await readdir(path.join(scratch, "cache-fail"))).toEqual([]);
  });

  test("a title cut to fit is reported with its profile, on cached runs too", async () => {
    const job: OgJob = { output: "og/dramas/long.jpg", profile: "src/content/dramas/long.mdx", card: CARDS.longest! };
    const cache = path.join(scratch, "cache-long");
    for (const outDir of ["l1", "l2"]) {
      const stats = await writeOgImages([job], path.join(scratch, outDir), cache, { renderer });
      expect(stats.truncations.map(({ profile, field }) => [profile, field])).toEqual([
        ["src/content/dramas/long.mdx", "title"],
        ["src/content/dramas/long.mdx", "titleHangul"],
      ]);
      expect(stats.truncations[0]!.shown.endsWith("…")).toBe(true);
    }
  }, 30_000);
});

test("makes one image per drama and mood and one for the site, none per song", () => {
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
  const jobs = ogJobs(catalog, "Find your first K-drama through its soundtrack.");
  expect(jobs.find((job) => job.output === "og/dramas/goblin.jpg")).toMatchObject({
    profile: "src/content/dramas/goblin.mdx",
    card: { title: "Goblin", titleHangul: "도깨비", note: "Start with “Stay With Me” · Punch" },
  });
  expect(jobs.filter((job) => job.output.startsWith("og/moods/"))).toHaveLength(12);
  expect(jobs.filter((job) => job.output === "og/site.jpg")).toHaveLength(1);
  expect(jobs).toHaveLength(1 + 12 + 1);
  expect(jobs.every((job) => job.output.endsWith(".jpg"))).toBe(true);
});
