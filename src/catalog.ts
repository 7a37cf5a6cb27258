/**
 * The one place pages read the collections: loads them once per build and joins them with the pure
 * helpers of src/lib/catalog.ts.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { createCatalog, type Catalog } from "./lib/catalog";

type SiteCatalog = Catalog<CollectionEntry<"dramas">, CollectionEntry<"songs">, CollectionEntry<"artists">>;

let loaded: Promise<SiteCatalog> | undefined;

export function loadCatalog(): Promise<SiteCatalog> {
  loaded ??= Promise.all([getCollection("dramas"), getCollection("songs"), getCollection("artists")]).then(
    ([dramas, songs, artists]) => createCatalog(dramas, songs, artists),
  );
  return loaded;
}
