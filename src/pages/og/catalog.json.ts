/**
 * The catalogue the share images are drawn from, handed from the content layer to the share-image
 * step (src/integrations/og-images.ts), which reads this file after the pages are built and removes
 * it from dist/. So share images, pages and the index all start from the same checked collections.
 */
import type { APIRoute } from "astro";
import { loadCatalog } from "../../catalog/load-catalog";

export const OG_CATALOG_PATH = "og/catalog.json";

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const plain = <Entry extends { id: string; data: unknown }>(entries: readonly Entry[]) =>
    entries.map(({ id, data }) => ({ id, data }));
  const body = { dramas: plain(catalog.dramas), songs: plain(catalog.songs), artists: plain(catalog.artists) };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
