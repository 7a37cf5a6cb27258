/**
 * Where the CJK font comes from: @fontsource/noto-sans-kr's files and the ranges of its numbered
 * subsets. File reading only (no Astro), so tests use it too.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { FontSubset } from "./cjk-font";

const require = createRequire(import.meta.url);
/** The numbered subsets of @fontsource/noto-sans-kr and their ranges, read from its stylesheet. */
export async function fontsourceSubsets(): Promise<FontSubset[]> {
  const css = await readFile(require.resolve("@fontsource/noto-sans-kr/400.css"), "utf8");
  const faces = [...css.matchAll(/noto-sans-kr-([a-z0-9]+)-400-normal\.woff2\)[^}]*?unicode-range:\s*([^;]+);/g)];
  return faces.map(([, subset, ranges]) => ({
    subset: subset!,
    ranges: ranges!.split(",").map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    }),
  }));
}

/** The package's WOFF file for a subset and weight (subset-font reads WOFF, not WOFF2). */
export const fontsourceFile = (subset: string, weight: number) =>
  require.resolve(`@fontsource/noto-sans-kr/files/noto-sans-kr-${subset}-${weight}-normal.woff`);
