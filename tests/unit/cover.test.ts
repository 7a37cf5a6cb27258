import { Renderer } from "@takumi-rs/core";
import { describe, expect, test } from "vitest";
import {
  coverDataUrl,
  coverMoods,
  coverShapes,
  coverSvg,
  dramaCover,
  energyFromMoods,
  moodVector,
  MOTIF_KINDS,
  seededRandom,
  songCover,
} from "../../src/art/cover";
import { MOOD_SLUGS, getMood } from "../../src/schemas/moods";
import { loadRealCatalog } from "./real-catalog";

const vector = (weights: Partial<Record<(typeof MOOD_SLUGS)[number], number>>) =>
  MOOD_SLUGS.map((slug) => weights[slug] ?? 0);
const goblin = { slug: "goblin", moods: vector({ longing: 3, bittersweet: 3, dreamy: 3, playful: 1 }), year: 2016 };
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("cover shapes", () => {
  test("a cover depends on its profile alone, not on what was drawn before", () => {
    const first = coverSvg(dramaCover(goblin), "a");
    coverSvg(dramaCover({ ...goblin, slug: "healer" }), "b");
    expect(coverSvg(dramaCover({ ...goblin }), "a")).toBe(first);
    expect(coverSvg(dramaCover({ ...goblin, slug: "healer" }), "a")).not.toBe(first);
    const random = seededRandom("goblin");
    const draws = [random(), random(), random()];
    expect(new Set(draws).size).toBe(3);
    seededRandom("healer")();
    const again = seededRandom("goblin");
    expect([again(), again(), again()]).toEqual(draws);
    expect(seededRandom("healer")()).not.toBe(draws[0]);
  });

  test("the background runs between the two strongest moods' deep colours; glows use their light ones", () => {
    const shapes = coverShapes(dramaCover(goblin));
    expect(shapes.background.from).toBe(getMood("longing").color.onLight);
    expect(shapes.background.to).toBe(getMood("bittersweet").color.onLight);
    expect(shapes.glows.map((glow) => glow.color)).toEqual(
      ["longing", "bittersweet", "dreamy", "playful"].map((slug) => getMood(slug as "longing").color.onDark),
    );
    // A weight-3 mood glows larger than a weight-1 mood.
    expect(shapes.glows[0]!.r).toBeGreaterThan(shapes.glows[3]!.r);
    expect(shapes.grooves.radii).toHaveLength(4);
  });

  test("strongest moods first, ties in vocabulary order", () => {
    expect(coverMoods(vector({ dreamy: 2, longing: 2, epic: 3 })).map((mood) => mood.slug)).toEqual([
      "epic",
      "longing",
      "dreamy",
    ]);
  });

  test("the year turns the background; the slug moves the glows", () => {
    expect(coverShapes(dramaCover({ ...goblin, year: 2017 })).background.angle).toBe(
      (coverShapes(dramaCover(goblin)).background.angle + 15) % 360,
    );
    expect(coverShapes(dramaCover({ ...goblin, slug: "other" })).glows).not.toEqual(
      coverShapes(dramaCover(goblin)).glows,
    );
  });

  test("the slug picks the motif, the third mood colours it, the decade picks the texture", () => {
    const shapes = coverShapes(dramaCover(goblin));
    // Third strongest mood: dreamy (weights 3, 3, 3 keep vocabulary order: longing, bittersweet, dreamy).
    expect(shapes.motif.color).toBe(getMood("dreamy").color.onDark);
    expect(MOTIF_KINDS).toContain(shapes.motif.kind);
    // Every shape keeps above the caption: lowest spot 44 plus half the largest size 48.
    for (const slug of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const { motif } = coverShapes(dramaCover({ ...goblin, slug }));
      expect(motif.y + motif.size / 2).toBeLessThanOrEqual(68);
    }
    const kinds = new Set(
      Array.from({ length: 40 }, (_, i) => coverShapes(dramaCover({ ...goblin, slug: `d${i}` })).motif.kind),
    );
    expect(kinds.size).toBe(MOTIF_KINDS.length);
    // Two moods only: the motif takes the second's colour rather than repeating the background's first.
    const two = coverShapes(dramaCover({ ...goblin, moods: vector({ joyful: 3, healing: 1 }) }));
    expect(two.motif.color).toBe(getMood("healing").color.onDark);
    expect(coverShapes(dramaCover({ ...goblin, year: 2008 })).texture).toEqual({ kind: "scanlines", spacing: 5.3 });
    expect(coverShapes(dramaCover({ ...goblin, year: 2010 })).texture).toEqual({ kind: "dots", spacing: 2.5 });
    expect(coverShapes(dramaCover({ ...goblin, year: 2023 })).texture.kind).toBe("hatch");
    // The year moves neither the motif nor the edge: only the slug does.
    expect(coverShapes(dramaCover({ ...goblin, year: 2020 })).motif).toEqual(shapes.motif);
    const edges = new Set(
      Array.from({ length: 20 }, (_, i) => coverShapes(dramaCover({ ...goblin, slug: `e${i}` })).background.split),
    );
    expect(edges).toEqual(new Set([true, false]));
  });

  test("calm songs draw a low waveform, driving ones a tall one", () => {
    const song = { slug: "a-song", moods: vector({ healing: 3 }), year: 2020 };
    const calm = coverShapes(songCover({ ...song, energy: 1 })).bars;
    const driving = coverShapes(songCover({ ...song, energy: 5 })).bars;
    expect(calm).toHaveLength(24);
    expect(mean(driving)).toBeGreaterThan(mean(calm) * 2);
    expect(Math.max(...driving)).toBeLessThanOrEqual(22);
  });

  test("a drama's energy comes from its moods", () => {
    expect(energyFromMoods(vector({ healing: 3 }))).toBe(1);
    expect(energyFromMoods(vector({ tense: 2, epic: 1 }))).toBe(5);
    expect(energyFromMoods(vector({ healing: 1, tense: 1 }))).toBe(3);
    expect(energyFromMoods(vector({}))).toBe(3);
  });

  test("profile weights become the index's vector", () => {
    expect(moodVector({ longing: { weight: 3 }, dreamy: { weight: 1 } })).toEqual(vector({ longing: 3, dreamy: 1 }));
  });

  test("bad numbers are refused with the profile named", () => {
    expect(() => coverShapes({ seed: "x", moods: vector({ joyful: 1 }), energy: Number.NaN, year: 2020 })).toThrow(
      'Cover for "x": energy and year must be numbers',
    );
  });
});

describe("cover SVG", () => {
  test("ids carry the caller's prefix, so two covers on one page never share a gradient", () => {
    const svg = coverSvg(dramaCover(goblin), "card goblin");
    expect(svg).toContain('id="cv-card-goblin-bg"');
    expect(svg).toContain('id="cv-card-goblin-t"');
    expect(svg).toContain("url(#cv-card-goblin-t)");
    expect(svg).toContain("url(#cv-card-goblin-bg)");
    expect(svg).not.toContain('id="cv-other');
  });

  test("decorative, and no style attribute (the CSP forbids inline styles)", () => {
    const svg = coverSvg(dramaCover(goblin), "x");
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(svg).not.toMatch(/style=/);
  });

  test("every real drama and song gets its own cover, and each renders", async () => {
    const { source } = await loadRealCatalog();
    const drawn = new Set<string>();
    for (const drama of source.dramas) {
      const svg = coverSvg(
        dramaCover({ slug: drama.id, moods: moodVector(drama.data.moods), year: drama.data.year }),
        "x",
      );
      drawn.add(svg);
    }
    for (const song of source.songs)
      drawn.add(
        coverSvg(
          songCover({
            slug: song.id,
            moods: moodVector(song.data.moods),
            energy: song.data.energy,
            year: song.data.year,
          }),
          "x",
        ),
      );
    expect(drawn.size).toBe(source.dramas.length + source.songs.length);
    expect(coverDataUrl(dramaCover(goblin))).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

/** The pixels the share-image renderer draws for an SVG data URL, as raw RGBA at 64 × 64. */
async function drawn64(dataUrl: string) {
  const pixels = await new Renderer().render(
    { type: "image", src: dataUrl, width: 64, height: 64 },
    { width: 64, height: 64, format: "raw" },
  );
  let opaque = 0;
  for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] === 255) opaque += 1;
  return opaque;
}

test("the share-image renderer draws every cover edge to edge, and draws nothing for broken markup", async () => {
  // Takumi draws an SVG it cannot parse as nothing rather than failing, so the check is on the pixels:
  // a cover's background fills the square.
  for (const input of [
    dramaCover(goblin),
    songCover({ slug: "stay-with-me", moods: goblin.moods, energy: 2, year: 2016 }),
  ])
    expect(await drawn64(coverDataUrl(input))).toBe(64 * 64);
  const broken = coverSvg(dramaCover(goblin), "x").replace("</svg>", "");
  expect(await drawn64(`data:image/svg+xml;base64,${Buffer.from(broken).toString("base64")}`)).toBe(0);
});

test("the share image shows the cover beside a narrower title", async () => {
  const { ogCardTree } = await import("../../src/art/share-card");
  const card = { eyebrow: "K-drama", title: "Goblin", titleHangul: "도깨비", moods: ["longing" as const] };
  const fitted = {
    eyebrow: { text: "K-drama", size: 30, truncated: false },
    title: { text: "Goblin", size: 96, truncated: false },
  };
  const withCover = JSON.stringify(ogCardTree({ ...card, cover: dramaCover(goblin) }, fitted));
  expect(withCover).toContain(`"src":"${coverDataUrl(dramaCover(goblin))}"`);
  expect(JSON.stringify(ogCardTree(card, fitted))).not.toContain("data:image/svg+xml");
});
