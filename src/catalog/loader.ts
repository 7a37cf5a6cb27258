/**
 * The content layer's loaders for the three profile collections: the only code that reads
 * src/content/. Each profile is read once, parsed (YAML mistakes point at their line), its MDX body
 * compiled once per change (skipped while the content layer's digest is unchanged), and the whole
 * catalogue validated by src/catalog/validation.ts: schemas with our messages, references,
 * songs per drama, unique titles, placeholders. Valid profiles go into the collections; every problem
 * goes into the `contentProblems` collection, so
 * - `astro build` stops with the numbered list of every problem (ContentProblemsError),
 * - `astro dev` keeps running, and src/catalog/load-catalog.ts throws the same list into the browser's error
 *   overlay until the file is fixed (the watcher below re-checks a profile on each save).
 */
import { compile } from "@mdx-js/mdx";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { formatCheckFailure } from "./errors";
import { COLLECTIONS, type CollectionName } from "../schemas/collections";
import { validateCatalog, type ProfileSource } from "./validation";
import { parseProfileText } from "./profile-file";
import { CONTENT_PROBLEMS_ENTRY, ContentProblemsError } from "./content-problems-error";

export const CONTENT_DIR = "src/content";

/** One file as read: its source for validation, or the problem that stopped it being read. */
interface ReadProfile {
  source?: ProfileSource;
  problems: string[];
  digest: string;
  filePath: string;
  body: string;
}

/** The build's message for an MDX body that does not compile (the content editor asks it too). */
export async function bodyProblem(file: string, body: string): Promise<string | undefined> {
  try {
    await compile(body, { jsx: true });
    return undefined;
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    const where = line ? ` at body line ${line}${column ? `:${column}` : ""}` : "";
    return formatCheckFailure(
      file,
      "(body)",
      `MDX that does not compile${where} (${reason ?? String(error)})`,
      "expected valid MDX: close every tag and escape { } < as \\{ \\} \\<",
    );
  }
}

/** Reads one profile; the MDX body is compiled only when its digest differs from the stored entry's. */
async function readProfile(context: LoaderContext, collection: CollectionName, name: string): Promise<ReadProfile> {
  const root = fileURLToPath(context.config.root);
  const filePath = path.posix.join(CONTENT_DIR, collection, name);
  const text = await readFile(path.join(root, filePath), "utf8");
  const digest = context.generateDigest(text);
  const slug = name.slice(0, -".mdx".length);
  const parsed = parseProfileText(filePath, text);
  if (typeof parsed === "string") {
    return {
      source: { collection, file: filePath, slug, data: null, unread: true },
      problems: [parsed],
      digest,
      filePath,
      body: "",
    };
  }
  const unchanged = context.store.get(slug)?.digest === digest;
  const compileProblem = unchanged ? undefined : await bodyProblem(filePath, parsed.body);
  return {
    source: { collection, file: filePath, slug, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine },
    problems: compileProblem ? [compileProblem] : [],
    digest,
    filePath,
    body: parsed.body,
  };
}

async function profileNames(context: LoaderContext, collection: CollectionName): Promise<string[]> {
  const directory = path.join(fileURLToPath(context.config.root), CONTENT_DIR, collection);
  const names = await readdir(directory).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith(".mdx")).sort();
}

/**
 * The three collections are loaded in parallel by Astro, but the catalogue is checked as a whole
 * (a song's drama must exist): each loader reports its files here, and once all three have, one
 * validation runs and every collection is written from its result.
 */
class CatalogSession {
  readonly #files = new Map<CollectionName, Map<string, ReadProfile>>();
  readonly #contexts = new Map<CollectionName | "problems", LoaderContext>();
  readonly #allRead: Promise<void>;
  #markRead = new Map<CollectionName, () => void>();
  #problems: string[] = [];

  constructor() {
    this.#allRead = Promise.all(
      COLLECTIONS.map((collection) => new Promise<void>((resolve) => this.#markRead.set(collection, resolve))),
    ).then(() => undefined);
  }

  get problems(): readonly string[] {
    return this.#problems;
  }

  async loadCollection(collection: CollectionName, context: LoaderContext) {
    this.#contexts.set(collection, context);
    this.#result = undefined;
    const started = performance.now();
    const files = new Map<string, ReadProfile>();
    for (const name of await profileNames(context, collection)) {
      files.set(name, await readProfile(context, collection, name));
    }
    this.#files.set(collection, files);
    this.#markRead.get(collection)!();
    await this.#allRead;
    this.#publish(collection);
    context.logger.info(
      `${files.size} ${collection} read and checked in ${Math.round(performance.now() - started)} ms`,
    );
    if (context.watcher) this.#watch(collection, context);
  }

  async loadProblems(context: LoaderContext) {
    this.#contexts.set("problems", context);
    await this.#allRead;
    if (!this.#result) this.#validate();
    this.#publishProblems();
    if (this.#problems.length === 0) context.logger.info("content check passed: no problems");
    else if (context.watcher) context.logger.warn(new ContentProblemsError(this.#problems).message);
    // Outside dev (build, sync) a problem stops everything: nothing half-checked gets built.
    else throw new ContentProblemsError(this.#problems, fileURLToPath(context.config.root));
  }

  #result?: ReturnType<typeof validateCatalog>;

  #validate() {
    const read = COLLECTIONS.flatMap((collection) => [...(this.#files.get(collection)?.values() ?? [])]);
    this.#result = validateCatalog(read.flatMap((profile) => (profile.source ? [profile.source] : [])));
    // File-level problems (YAML, MDX) first, in file order, then the catalogue's.
    this.#problems = [
      ...read.flatMap((profile) => profile.problems),
      ...this.#result.problems.filter((problem) => !read.some((profile) => profile.problems.includes(problem))),
    ];
    return this.#result;
  }

  /** Writes the collection's valid profiles into its store; profiles with a problem are left out. */
  #publish(collection: CollectionName) {
    const result = this.#result ?? this.#validate();
    const context = this.#contexts.get(collection)!;
    const valid = result.catalog[collection] as Map<string, Record<string, unknown>>;
    const brokenFiles = new Set(
      [...(this.#files.get(collection)?.values() ?? [])].filter((p) => p.problems.length > 0).map((p) => p.filePath),
    );
    for (const id of context.store.keys()) if (!valid.has(id)) context.store.delete(id);
    for (const profile of this.#files.get(collection)?.values() ?? []) {
      const slug = profile.source?.slug;
      if (!slug || !valid.has(slug) || brokenFiles.has(profile.filePath)) {
        if (slug) context.store.delete(slug);
        continue;
      }
      const changed = context.store.set({
        id: slug,
        data: valid.get(slug)!,
        body: profile.body,
        filePath: profile.filePath,
        digest: profile.digest,
        deferredRender: true,
      });
      // An unchanged entry is not written again, but its MDX module must still be part of this build.
      if (!changed) context.store.addModuleImport(profile.filePath);
    }
  }

  #publishProblems() {
    const context = this.#contexts.get("problems");
    if (!context) return;
    // One entry that is always there (an empty collection would make Astro warn on every read).
    context.store.set({ id: CONTENT_PROBLEMS_ENTRY, data: { messages: [...this.#problems] } });
  }

  /** In dev: re-read a profile when it is saved, added or deleted, and re-check the whole catalogue. */
  #watch(collection: CollectionName, context: LoaderContext) {
    const directory = path.join(fileURLToPath(context.config.root), CONTENT_DIR, collection);
    const watcher = context.watcher!;
    watcher.add(directory);
    const refresh = async (changedPath: string, deleted: boolean) => {
      if (path.dirname(changedPath) !== directory || !changedPath.endsWith(".mdx")) return;
      const name = path.basename(changedPath);
      const files = this.#files.get(collection)!;
      if (deleted) files.delete(name);
      else {
        try {
          files.set(name, await readProfile(context, collection, name));
        } catch {
          files.delete(name); // removed again before it could be read
        }
      }
      this.#validate();
      for (const each of COLLECTIONS) if (this.#contexts.has(each)) this.#publish(each);
      this.#publishProblems();
      const logger = this.#contexts.get("problems")?.logger ?? context.logger;
      if (this.#problems.length === 0) logger.info(`${collection}/${name} checked: no problems`);
      else logger.warn(new ContentProblemsError(this.#problems).message);
    };
    watcher.on("change", (file) => void refresh(file, false));
    watcher.on("add", (file) => void refresh(file, false));
    watcher.on("unlink", (file) => void refresh(file, true));
  }
}

/** The `contentProblems` collection's one entry: every problem found, in order; empty when sound. */
export const contentProblemSchema = z.object({ messages: z.array(z.string()) });

/** The loaders of one content layer: the three profile collections and their problems. */
export function profileLoaders(): Record<CollectionName | "contentProblems", Loader> {
  const session = new CatalogSession();
  const collectionLoader = (collection: CollectionName): Loader => ({
    name: `moodtrack-${collection}`,
    load: (context) => session.loadCollection(collection, context),
  });
  return {
    dramas: collectionLoader("dramas"),
    songs: collectionLoader("songs"),
    artists: collectionLoader("artists"),
    contentProblems: {
      name: "moodtrack-content-check",
      schema: contentProblemSchema,
      load: (context) => session.loadProblems(context),
    },
  };
}
