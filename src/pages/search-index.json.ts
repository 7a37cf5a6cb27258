/** The prebuilt search index, written to dist/search-index.json at build time. */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { buildSearchIndex } from "../lib/search-index";

export const GET: APIRoute = async () => {
  const [dramas, songs, artists] = await Promise.all([
    getCollection("dramas"),
    getCollection("songs"),
    getCollection("artists"),
  ]);
  return new Response(JSON.stringify(buildSearchIndex({ dramas, songs, artists })), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
