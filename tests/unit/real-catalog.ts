/** The real catalogue from src/content, validated and indexed the way the build does it. */
import path from "node:path";
import { readProfiles } from "../../src/integrations/content-check";
import { validateCatalog } from "../../src/lib/content-validation";
import { buildSearchIndex } from "../../src/lib/search-index";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export async function loadRealCatalog() {
  const { sources, problems: readProblems } = await readProfiles(projectRoot);
  const { catalog, problems } = validateCatalog(sources);
  const entries = <Data>(map: Map<string, Data>) => [...map].map(([id, data]) => ({ id, data }));
  const source = { dramas: entries(catalog.dramas), songs: entries(catalog.songs), artists: entries(catalog.artists) };
  return { catalog, problems: [...readProblems, ...problems], source, index: buildSearchIndex(source) };
}
