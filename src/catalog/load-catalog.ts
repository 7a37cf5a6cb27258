/**
 * The one place pages read the collections: loads them once per build and joins them with the pure
 * helpers of src/catalog/joins.ts. While a profile has a problem (only possible in `astro dev`; the
 * build stops first) every page shows the problem list in the error overlay instead.
 */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { createCatalog, type Catalog } from "./joins";
import { CONTENT_PROBLEMS_ENTRY, ContentProblemsError } from "./content-problems-error";

type SiteCatalog = Catalog<CollectionEntry<"dramas">, CollectionEntry<"songs">, CollectionEntry<"artists">>;

let loaded: Promise<SiteCatalog> | undefined;

async function readCatalog(): Promise<SiteCatalog> {
  const problems = (await getEntry("contentProblems", CONTENT_PROBLEMS_ENTRY))?.data.messages ?? [];
  if (problems.length > 0) throw new ContentProblemsError(problems, process.cwd());
  const [dramas, songs, artists] = await Promise.all([
    getCollection("dramas"),
    getCollection("songs"),
    getCollection("artists"),
  ]);
  return createCatalog(dramas, songs, artists);
}

export function loadCatalog(): Promise<SiteCatalog> {
  // In dev the content changes under a running server: read it afresh for every page.
  if (import.meta.env.DEV) return readCatalog();
  loaded ??= readCatalog();
  return loaded;
}
