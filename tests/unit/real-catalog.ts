/** The real catalogue from src/content, as the content layer's loaders store it, and its search index. */
import path from "node:path";
import { buildSearchIndex } from "../../src/match/build/search-index";
import { runContentLayer } from "./content-layer";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export async function loadRealCatalog() {
  const { catalog, problems } = await runContentLayer(projectRoot);
  const entries = <Data>(map: Map<string, Data>) => [...map].map(([id, data]) => ({ id, data }));
  const source = { dramas: entries(catalog.dramas), songs: entries(catalog.songs), artists: entries(catalog.artists) };
  return { catalog, problems, source, index: buildSearchIndex(source) };
}
