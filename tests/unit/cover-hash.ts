/**
 * A perceptual hash of a cover as it looks at thumbnail size, so a test can ask "do two covers look
 * alike?" rather than "are two SVG strings different?" (every slug already gives a different string).
 *
 * The cover is drawn by the share-image renderer (Takumi, already a dependency) at 32 × 32, then
 * averaged into an 8 × 8 grid of cells. The hash has four parts, all bits:
 *   shape    dHash of lightness: is each cell lighter than its right neighbour (56 bits), than the one
 *            below it (56 bits)
 *   light    aHash: is each cell lighter than the cover's mean (64 bits)
 *   palette  the sign of two opponent colour channels per cell, red–green and yellow–blue (128 bits):
 *            absolute, not relative to the mean, because the palette is a cover's main cue
 * Two covers' distance is the number of differing bits, 0 … HASH_BITS.
 */
import { Renderer } from "@takumi-rs/core";

export const RASTER = 32;
const GRID = 8;
export const HASH_BITS = GRID * (GRID - 1) * 2 + GRID * GRID * 3;

let renderer: Renderer | undefined;

/** The cover's pixels as raw RGBA, `RASTER` × `RASTER`. */
export async function rasterize(svg: string): Promise<Uint8Array> {
  renderer ??= new Renderer();
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const pixels = await renderer.render(
    { type: "image", src, width: RASTER, height: RASTER },
    { width: RASTER, height: RASTER, format: "raw" },
  );
  if (pixels.length !== RASTER * RASTER * 4)
    throw new Error(`Cover raster: expected RGBA ${RASTER}², got ${pixels.length} bytes`);
  return new Uint8Array(pixels);
}

/** The hash of RGBA pixels `size` × `size` (size a multiple of 8), as an array of 0/1. */
export function perceptualHash(rgba: Uint8Array, size: number): number[] {
  if (size % GRID !== 0 || rgba.length !== size * size * 4)
    throw new Error(`perceptualHash: need ${size}×${size} RGBA with size a multiple of ${GRID}`);
  const cell = size / GRID;
  const light: number[] = [];
  const redGreen: number[] = [];
  const yellowBlue: number[] = [];
  for (let gy = 0; gy < GRID; gy++)
    for (let gx = 0; gx < GRID; gx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = gy * cell; y < (gy + 1) * cell; y++)
        for (let x = gx * cell; x < (gx + 1) * cell; x++) {
          const at = (y * size + x) * 4;
          r += rgba[at]!;
          g += rgba[at + 1]!;
          b += rgba[at + 2]!;
        }
      const n = cell * cell;
      [r, g, b] = [r / n, g / n, b / n];
      light.push(0.299 * r + 0.587 * g + 0.114 * b);
      redGreen.push(r - g);
      yellowBlue.push((r + g) / 2 - b);
    }
  const mean = light.reduce((sum, value) => sum + value, 0) / light.length;
  // "Lighter" means by more than half a level, so a flat area's rounding noise sets no bits.
  const lighter = (a: number, b: number) => (a > b + 0.5 ? 1 : 0);
  const bits: number[] = [];
  for (let y = 0; y < GRID; y++)
    for (let x = 0; x < GRID - 1; x++) bits.push(lighter(light[y * GRID + x]!, light[y * GRID + x + 1]!));
  for (let y = 0; y < GRID - 1; y++)
    for (let x = 0; x < GRID; x++) bits.push(lighter(light[y * GRID + x]!, light[(y + 1) * GRID + x]!));
  for (const value of light) bits.push(lighter(value, mean));
  for (const value of redGreen) bits.push(value > 0 ? 1 : 0);
  for (const value of yellowBlue) bits.push(value > 0 ? 1 : 0);
  return bits;
}

export function hammingDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`hammingDistance: lengths differ (${a.length}, ${b.length})`);
  let distance = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) distance += 1;
  return distance;
}

/** The hash of a cover SVG as drawn at thumbnail size. */
export async function coverHash(svg: string): Promise<number[]> {
  return perceptualHash(await rasterize(svg), RASTER);
}
