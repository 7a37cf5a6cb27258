/** The prebuilt search index files, named by content hash (see src/match/build/search-data.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearchData } from "../../match/build/search-data";

export const getStaticPaths = (async () => {
  const data = await loadSearchData();
  return [data.moods, data.text, ...data.details].map((file) => ({
    params: { file: file.name },
    props: { json: file.json },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
