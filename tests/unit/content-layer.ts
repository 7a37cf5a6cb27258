/**
 * Runs the content layer's own loaders (src/catalog/loader.ts) over a project root, the way Astro
 * does at `astro sync` / `astro build`, with in-memory stores in place of Astro's data store. Tests
 * of messages and of the real catalogue read what these loaders stored, never a parser of their own.
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";

/** One stored entry (the parts of Astro's DataEntry these loaders write). */
type DataEntry = Parameters<LoaderContext["store"]["set"]>[0];
import type { ValidatedCatalog } from "../../src/catalog/validation";
import { ContentProblemsError } from "../../src/catalog/content-problems-error";
import { profileLoaders } from "../../src/catalog/loader";
import { contentRuleProblems } from "../../src/catalog/content-rules";
import { readProfileFiles } from "../../src/catalog/profile-files";

function memoryStore() {
  const entries = new Map<string, DataEntry>();
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      entries: () => [...entries],
      set: (entry: DataEntry) => {
        const unchanged = entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined;
        entries.set(entry.id, entry);
        return !unchanged;
      },
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      addAssetImport: () => {},
      addAssetImports: () => {},
      addModuleImport: () => {},
    },
  };
}

const silentLogger = { info() {}, warn() {}, error() {}, debug() {}, label: "test", options: {} };

export interface ContentLayerResult {
  problems: string[];
  catalog: ValidatedCatalog;
}

export async function runContentLayer(projectRoot: string): Promise<ContentLayerResult> {
  const loaders = profileLoaders();
  const stores = new Map<string, ReturnType<typeof memoryStore>>();
  let problems: string[] = [];
  await Promise.all(
    Object.entries(loaders).map(async ([collection, loader]) => {
      const memory = memoryStore();
      stores.set(collection, memory);
      const context = {
        collection,
        store: memory.store,
        meta: new Map<string, string>(),
        logger: silentLogger,
        config: { root: pathToFileURL(`${projectRoot}/`) },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: (data: unknown) =>
          createHash("sha256")
            .update(typeof data === "string" ? data : JSON.stringify(data))
            .digest("hex"),
      } as unknown as LoaderContext;
      try {
        await loader.load(context);
      } catch (error) {
        if (!(error instanceof ContentProblemsError)) throw error;
        problems = [...error.problems];
      }
    }),
  );
  const dataOf = (collection: string) =>
    new Map([...stores.get(collection)!.entries].sort(([a], [b]) => a.localeCompare(b)).map(([id, e]) => [id, e.data]));
  return {
    problems,
    catalog: {
      dramas: dataOf("dramas"),
      songs: dataOf("songs"),
      artists: dataOf("artists"),
    } as unknown as ValidatedCatalog,
  };
}

/** Every problem the content layer finds in `<projectRoot>/src/content`; empty when it is sound. */
export async function checkContent(projectRoot: string): Promise<string[]> {
  return (await runContentLayer(projectRoot)).problems;
}

/**
 * What `npm run check:content` reports for `<projectRoot>/src/content`: the content layer's problems,
 * then the content rules'. A fixture records no romanization exceptions, so none is passed.
 */
export async function checkContentAndRules(projectRoot: string): Promise<string[]> {
  const layer = await checkContent(projectRoot);
  return [...layer, ...contentRuleProblems(await readProfileFiles(projectRoot), { romanizationExceptions: {} })];
}
