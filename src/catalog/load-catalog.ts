/**
 * The one place pages read the collections: loads them once per build and joins them with the pure
 * helpers of src/catalog/joins.ts. A profile with a problem never reaches a page: the build stops
 * first. In `astro dev` the site keeps answering while a profile is broken (an editor may be halfway
 * through a change): pages are made from the profiles that pass, and every page shows the problem list
 * at its top (devContentProblems, read by src/layouts/Base.astro) until the file is fixed. Only when
 * the passing profiles cannot be joined (a song of a broken drama) do pages throw the list into the
 * error overlay instead.
 */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { createCatalog, type Catalog } from "./joins";
import { CONTENT_PROBLEMS_ENTRY, ContentProblemsError } from "./content-problems-error";

type SiteCatalog = Catalog<CollectionEntry<"dramas">, CollectionEntry<"songs">, CollectionEntry<"artists">>;

let loaded: Promise<SiteCatalog> | undefined;

/** Every content problem the loaders found; always empty in a build, which stops on the first list. */
export async function devContentProblems(): Promise<readonly string[]> {
  return (await getEntry("contentProblems", CONTENT_PROBLEMS_ENTRY))?.data.messages ?? [];
}

/** The profiles pages may show: in dev, those of a file named by a problem are left out. */
export async function passingCollections() {
  const problems = await devContentProblems();
  const named = new Set(problems.map((problem) => /^(\S+\.mdx) ›/.exec(problem)?.[1]));
  const [dramas, songs, artists] = await Promise.all([
    getCollection("dramas"),
    getCollection("songs"),
    getCollection("artists"),
  ]);
  const passing = <Entry extends { id: string }>(collection: string, entries: Entry[]) =>
    entries.filter((entry) => !named.has(`src/content/${collection}/${entry.id}.mdx`));
  return {
    problems,
    dramas: passing("dramas", dramas),
    songs: passing("songs", songs),
    artists: passing("artists", artists),
  };
}

async function readCatalog(): Promise<SiteCatalog> {
  const { problems, dramas, songs, artists } = await passingCollections();
  if (problems.length > 0 && !import.meta.env.DEV) throw new ContentProblemsError(problems, process.cwd());
  try {
    return createCatalog(dramas, songs, artists);
  } catch (error) {
    if (problems.length > 0) throw new ContentProblemsError(problems, process.cwd());
    throw error;
  }
}

export function loadCatalog(): Promise<SiteCatalog> {
  // In dev the content changes under a running server: read it afresh for every page.
  if (import.meta.env.DEV) return readCatalog();
  loaded ??= readCatalog();
  return loaded;
}
