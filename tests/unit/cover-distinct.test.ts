/**
 * Covers that tell dramas apart: every real drama's cover, drawn at thumbnail size, must differ from
 * every other's by a perceptual hash (tests/unit/cover-hash.ts), not just by its SVG text.
 */
import { describe, expect, test } from "vitest";
import { coverSvg, dramaCover, moodVector } from "../../src/art/cover";
import { HASH_BITS, RASTER, coverHash, hammingDistance, perceptualHash } from "./cover-hash";
import { loadRealCatalog } from "./real-catalog";

/**
 * The least distance allowed between two dramas' covers, in bits of HASH_BITS (304). Measured on the
 * 103 real dramas (pairwise minimum / 1st percentile / 5th percentile / median of 5,253 pairs):
 *   before  blurred gradient, glows, rings and waveform only:       15 / 31 / 46 / 93
 *   after   sharp or blended edge, quarter turns, motif, texture:   21 / 36 / 51 / 96
 * 18 sits halfway: the old covers' closest pair (nevertheless, rooftop-prince) fails it, the new ones
 * pass with 3 bits to spare. Colours count in sign bits, so two dramas whose moods are all warm reds
 * still share most palette bits; the motif and the background's edge are what separate them.
 * COVER_HASH_REPORT=1 prints the figures again.
 */
const MIN_DISTANCE = 18;

describe("the perceptual hash", () => {
  const solid = (r: number, g: number, b: number) =>
    Uint8Array.from({ length: RASTER * RASTER * 4 }, (_, i) => [r, g, b, 255][i % 4]!);

  test("equal pixels hash equal; a different palette or a different shape moves many bits", () => {
    expect(
      hammingDistance(perceptualHash(solid(200, 40, 40), RASTER), perceptualHash(solid(200, 40, 40), RASTER)),
    ).toBe(0);
    // Red and blue differ in both opponent channels in every cell: 128 bits.
    expect(
      hammingDistance(perceptualHash(solid(200, 40, 40), RASTER), perceptualHash(solid(40, 40, 200), RASTER)),
    ).toBe(128);
    const halfLit = solid(40, 40, 40);
    for (let at = 0; at < halfLit.length; at += 4) if ((at / 4) % RASTER < RASTER / 2) halfLit.fill(220, at, at + 3);
    expect(hammingDistance(perceptualHash(halfLit, RASTER), perceptualHash(solid(40, 40, 40), RASTER))).toBeGreaterThan(
      30,
    );
    expect(() => perceptualHash(new Uint8Array(10), RASTER)).toThrow("perceptualHash");
  });
});

test("no two real dramas' covers are near-duplicates at thumbnail size", async () => {
  const { source } = await loadRealCatalog();
  const dramas = [...source.dramas].sort((a, b) => a.id.localeCompare(b.id));
  const hashes: { slug: string; hash: number[] }[] = [];
  for (const drama of dramas)
    hashes.push({
      slug: drama.id,
      hash: await coverHash(
        coverSvg(dramaCover({ slug: drama.id, moods: moodVector(drama.data.moods), year: drama.data.year }), "x"),
      ),
    });
  const pairs: { distance: number; a: string; b: string }[] = [];
  for (let i = 0; i < hashes.length; i++)
    for (let j = i + 1; j < hashes.length; j++)
      pairs.push({
        distance: hammingDistance(hashes[i]!.hash, hashes[j]!.hash),
        a: hashes[i]!.slug,
        b: hashes[j]!.slug,
      });
  pairs.sort((x, y) => x.distance - y.distance || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const at = (fraction: number) => pairs[Math.floor(fraction * (pairs.length - 1))]!.distance;
  if (process.env.COVER_HASH_REPORT)
    console.log(
      `cover hash (${HASH_BITS} bits, ${hashes.length} dramas, ${pairs.length} pairs): min ${at(0)}, p1 ${at(0.01)}, p5 ${at(0.05)}, median ${at(0.5)}; closest: ` +
        pairs
          .slice(0, 5)
          .map((pair) => `${pair.a}/${pair.b} ${pair.distance}`)
          .join(", "),
    );
  expect(hashes.length).toBeGreaterThan(50);
  const closest = pairs[0]!;
  expect(closest.distance, `closest covers: ${closest.a} and ${closest.b}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
});
