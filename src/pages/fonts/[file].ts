/**
 * A Hangul subset of Noto Sans KR holding only the characters the catalogue and the moods use, so
 * Korean text looks the same on every device (Latin text keeps the system font). About 50 KB a
 * weight instead of megabytes; browsers fetch it only for pages that show Hangul.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { loadCatalog } from "../../catalog";
import { hangulCharacters } from "../../lib/hangul";
import { MOODS } from "../../lib/moods";

const WEIGHTS = [400, 700] as const;

export const getStaticPaths = (() =>
  WEIGHTS.map((weight) => ({
    params: { file: `hangul-${weight}.woff2` },
    props: { weight },
  }))) satisfies GetStaticPaths;

const require = createRequire(import.meta.url);

export const GET: APIRoute<{ weight: (typeof WEIGHTS)[number] }> = async ({ props }) => {
  const catalog = await loadCatalog();
  const texts = [
    ...MOODS.map((mood) => mood.nameHangul),
    ...catalog.dramas.flatMap((drama) => [drama.data.titleHangul, drama.body ?? ""]),
    ...catalog.songs.flatMap((song) => [song.data.titleHangul ?? "", song.body ?? ""]),
    ...catalog.artists.flatMap((artist) => [artist.data.nameHangul, artist.body ?? ""]),
    "무드트랙",
  ];
  const source = await readFile(
    require.resolve(`@fontsource/noto-sans-kr/files/noto-sans-kr-korean-${props.weight}-normal.woff`),
  );
  const font = await subsetFont(source, hangulCharacters(texts), { targetFormat: "woff2" });
  return new Response(new Uint8Array(font), { headers: { "Content-Type": "font/woff2" } });
};
