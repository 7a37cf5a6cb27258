import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import fontverter from "fontverter";
import subsetFont from "subset-font";
import { describe, expect, test } from "vitest";
import { fontsourceFile, fontsourceSubsets } from "../../src/art/font-source";
import {
  cjkCharacters,
  cjkFontFaces,
  cjkFontPath,
  isCjk,
  parseCjkFontFile,
  planCjkFonts,
  unicodeRange,
} from "../../src/art/cjk-font";
import { themeStylesheet } from "../../src/art/mood-styles";
import { MOODS } from "../../src/schemas/moods";

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The code points a font file (WOFF, WOFF2 or TTF) has glyphs for, read with HarfBuzz. */
async function codePointsOf(font: Buffer | Uint8Array): Promise<Set<number>> {
  const hb = await require("harfbuzzjs");
  const sfnt = await fontverter.convert(Buffer.from(font), "sfnt");
  const blob = hb.createBlob(sfnt);
  const face = hb.createFace(blob, 0);
  const codes = new Set<number>(face.collectUnicodes());
  face.destroy();
  blob.destroy();
  return codes;
}

/** Every character any profile uses: front matter and body, exactly as written. */
async function catalogueText(): Promise<string> {
  const texts: string[] = MOODS.map((mood) => mood.nameHangul);
  for (const collection of ["dramas", "songs", "artists"]) {
    const directory = path.join(projectRoot, "src/content", collection);
    for (const name of (await readdir(directory)).filter((file) => file.endsWith(".mdx")).sort())
      texts.push(await readFile(path.join(directory, name), "utf8"));
  }
  return texts.join("\n");
}

describe("CJK characters", () => {
  test("collects Hangul, Hanja and CJK punctuation once each, sorted, and nothing Latin", () => {
    expect(cjkCharacters(["도깨비 Goblin", "쓸쓸하고 찬란하神 – 도깨비", "ㅋㅋ「」", "café"])).toEqual([
      ..."「」ㅋ神고깨도란비쓸찬하",
    ]);
    expect(cjkCharacters(["Stay With Me", ""])).toEqual([]);
  });

  test("unicode ranges join neighbours", () => {
    expect(unicodeRange(["가", "각", "갂", "神", "가"])).toBe("U+795E, U+AC00-AC02");
  });

  test("Hangul comes from the korean file, Hanja from the numbered file that covers it", () => {
    const plan = planCjkFonts(
      ["神", "가", "\u{20000}"],
      [
        { subset: "korean", ranges: [[0x795e, 0x795e]] },
        { subset: "59", ranges: [[0x7900, 0x79ff]] },
      ],
    );
    expect(plan.files).toEqual([
      { subset: "korean", characters: ["가"] },
      { subset: "59", characters: ["神"] },
    ]);
    expect(plan.missing).toEqual(["\u{20000}"]);
  });

  test("font faces declare each file for exactly its characters, both weights", () => {
    const css = themeStylesheet(cjkFontFaces({ files: [{ subset: "korean", characters: ["가", "각"] }], missing: [] }));
    expect(css.match(/unicode-range:[^}]+/g)).toEqual(["unicode-range:U+AC00-AC01", "unicode-range:U+AC00-AC01"]);
    expect(css).toContain(`src:url("${cjkFontPath("korean", 400)}") format("woff2")`);
    expect(css).toContain(`src:url("${cjkFontPath("korean", 700)}") format("woff2")`);
    expect(css).toContain(".mood-longing{--mood:");
    expect(parseCjkFontFile("cjk-59-700.woff2")).toEqual({ subset: "59", weight: 700 });
    expect(parseCjkFontFile("hangul-400.woff2")).toBeUndefined();
  });
});

describe("the real catalogue never shows a missing glyph", () => {
  test("every character is either plain Latin text or in a built CJK subset that has its glyph", async () => {
    const text = await catalogueText();
    // What a Latin system font always has: Basic Latin, Latin-1, Latin Extended-A and general punctuation.
    const systemCovered = (code: number) => code < 0x180 || (code >= 0x2000 && code <= 0x206f);
    const strangers = [...new Set(text)].filter((character) => {
      const code = character.codePointAt(0)!;
      return !systemCovered(code) && !isCjk(character);
    });
    expect(strangers, "characters neither the system font nor the CJK subset covers").toEqual([]);

    const plan = planCjkFonts(cjkCharacters([text]), await fontsourceSubsets());
    expect(plan.missing).toEqual([]);
    expect(plan.files.flatMap((file) => file.characters)).toContain("神");
    for (const file of plan.files) {
      for (const weight of [400, 700]) {
        const built = await subsetFont(await readFile(fontsourceFile(file.subset, weight)), file.characters.join(""), {
          targetFormat: "woff2",
        });
        const glyphs = await codePointsOf(built);
        const absent = file.characters.filter((character) => !glyphs.has(character.codePointAt(0)!));
        expect(absent, `characters without a glyph in cjk-${file.subset}-${weight}`).toEqual([]);
      }
    }
  }, 60_000);
});
