/**
 * The prebuilt data files, named by content hash: the search index (src/match/build/search-data.ts)
 * and the list pages' card data (src/browse/build/browse-data.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearchData } from "../../match/build/search-data";
import { loadBrowseData } from "../../browse/build/browse-data";

export const getStaticPaths = (async () => {
  const data = await loadSearchData();
  const cards = await loadBrowseData();
  return [data.moods, data.text, ...data.details, cards.dramas, cards.songs].map((file) => ({
    params: { file: file.name },
    props: { json: file.json },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
