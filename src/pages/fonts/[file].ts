/**
 * The self-hosted CJK font: for each weight, one small WOFF2 per Noto Sans KR file the catalogue
 * draws on (the Hangul file, plus a numbered file for each Hanja), holding only the characters used.
 * A few dozen KB a weight instead of megabytes; browsers fetch a file only for a page that shows one
 * of its characters (the unicode-range in /theme.css).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { cjkFontPlan } from "../../art/cjk-font-plan";
import { fontsourceFile } from "../../art/font-source";
import { CJK_FONT_WEIGHTS, type CjkFontWeight } from "../../art/cjk-font";

export const getStaticPaths = (async () => {
  const plan = await cjkFontPlan();
  return plan.files.flatMap((file) =>
    CJK_FONT_WEIGHTS.map((weight) => ({
      params: { file: `cjk-${file.subset}-${weight}.woff2` },
      props: { characters: file.characters.join(""), subset: file.subset, weight },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ characters: string; subset: string; weight: CjkFontWeight }> = async ({ props }) => {
  const source = await readFile(fontsourceFile(props.subset, props.weight));
  const font = await subsetFont(source, props.characters, { targetFormat: "woff2" });
  return new Response(new Uint8Array(font), { headers: { "Content-Type": "font/woff2" } });
};
