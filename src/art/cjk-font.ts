/**
 * The self-hosted CJK font: which characters the catalogue uses that a Latin system font may not
 * have (Hangul, Hanja such as 神 in Goblin's Korean title, CJK punctuation, full-width forms), which
 * Noto Sans KR file holds each, and the @font-face rules that serve the subsets built from them
 * (src/pages/fonts/[file].ts). Computed from the catalogue at every build, so a new profile can never
 * bring back a missing-glyph box.
 */

/** Code point ranges set in the CJK font rather than the system font. */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2fdf], // CJK and Kangxi radicals
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x3190, 0x31ff], // Kanbun, Bopomofo extended, CJK strokes, Katakana extensions
  [0x3200, 0x33ff], // Enclosed CJK letters, CJK compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs (Hanja)
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7ff], // Hangul Syllables, Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff00, 0xffef], // Half-width and full-width forms
];

/** Hangul: the code points the package's `korean` file serves (its stylesheet declares no range). */
export const HANGUL_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
];

const inRanges = (code: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([from, to]) => code >= from && code <= to);

export const isCjk = (character: string) => inRanges(character.codePointAt(0)!, CJK_RANGES);
export const isHangul = (character: string) => inRanges(character.codePointAt(0)!, HANGUL_RANGES);

/** Every distinct CJK character in the texts, sorted by code point (the same catalogue gives the same fonts). */
export function cjkCharacters(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const character of text) if (isCjk(character)) found.add(character);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** A CSS unicode-range for exactly these characters, runs of neighbours joined (`U+AC00-AC02, U+795E`). */
export function unicodeRange(characters: readonly string[]): string {
  const codes = [...new Set(characters.map((character) => character.codePointAt(0)!))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const code of codes) {
    const last = runs[runs.length - 1];
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  const hex = (code: number) => code.toString(16).toUpperCase();
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(", ");
}

/** One of the font package's files: its name (`korean`, `latin`, `59`) and the code points it covers. */
export interface FontSubset {
  subset: string;
  ranges: [number, number][];
}

/** One font file we build: the characters taken from one of the package's files. */
export interface CjkFontFile {
  subset: string;
  characters: string[];
}

export interface CjkFontPlan {
  files: CjkFontFile[];
  /** Characters no file of the package holds: the build refuses these, naming them. */
  missing: string[];
}

/**
 * Which package file each character comes from: Hangul from the `korean` file (it holds every
 * syllable), anything else from the first numbered subset whose range covers it.
 */
export function planCjkFonts(characters: readonly string[], subsets: readonly FontSubset[]): CjkFontPlan {
  const byFile = new Map<string, string[]>();
  const missing: string[] = [];
  for (const character of characters) {
    const code = character.codePointAt(0)!;
    const subset = isHangul(character)
      ? "korean"
      : subsets.find((candidate) => candidate.subset !== "korean" && inRanges(code, candidate.ranges))?.subset;
    if (!subset) {
      missing.push(character);
      continue;
    }
    byFile.set(subset, [...(byFile.get(subset) ?? []), character]);
  }
  // `korean` first, then the numbered files in numeric order, so the output never depends on input order.
  const order = (subset: string) => (subset === "korean" ? -1 : Number(subset));
  const files = [...byFile]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([subset, chars]) => ({ subset, characters: chars }));
  return { files, missing };
}

export const CJK_FONT_WEIGHTS = [400, 700] as const;
export type CjkFontWeight = (typeof CJK_FONT_WEIGHTS)[number];

/** The URL of one built subset. */
export const cjkFontPath = (subset: string, weight: CjkFontWeight) => `/fonts/cjk-${subset}-${weight}.woff2`;

/** A subset font's file name → its source subset and weight, or undefined for any other name. */
export function parseCjkFontFile(file: string): { subset: string; weight: CjkFontWeight } | undefined {
  const match = /^cjk-([a-z0-9]+)-(400|700)\.woff2$/.exec(file);
  return match ? { subset: match[1]!, weight: Number(match[2]) as CjkFontWeight } : undefined;
}

/**
 * The @font-face rules: one family, one face per built file and weight, each declared for exactly the
 * characters it holds, so browsers fetch a file only for a page that shows one of them.
 */
export function cjkFontFaces(plan: CjkFontPlan): string {
  return plan.files
    .flatMap((file) =>
      CJK_FONT_WEIGHTS.map(
        (weight) =>
          `@font-face{font-family:"Moodtrack CJK";src:url("${cjkFontPath(file.subset, weight)}") format("woff2");` +
          `font-weight:${weight === 400 ? "100 500" : "600 900"};font-display:swap;` +
          `unicode-range:${unicodeRange(file.characters)}}`,
      ),
    )
    .join("\n");
}
