/**
 * Reads every profile from disk and runs src/lib/content-validation.ts over it, plus an MDX compile
 * of each body, so a broken profile stops `astro build` before any page is written, with a message
 * naming the file, the field, what was found and what is allowed.
 */
import { compile } from "@mdx-js/mdx";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load as loadYaml, YAMLException } from "js-yaml";
import type { AstroIntegration } from "astro";
import { ContentError, formatCheckFailure } from "../lib/content-errors";
import { COLLECTIONS, validateCatalog, type ProfileSource, type ValidatedCatalog } from "../lib/content-validation";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/** Splits an MDX file into frontmatter data and body; a problem message instead when it cannot. */
export function parseProfile(file: string, text: string): { data: unknown; body: string } | string {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return formatCheckFailure(
      file,
      "(frontmatter)",
      "no frontmatter",
      "expected the file to start with a --- fenced YAML block",
    );
  }
  try {
    const data = loadYaml(match[1]!);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return formatCheckFailure(file, "(frontmatter)", "no fields", "expected YAML fields such as title: …");
    }
    return { data, body: match[2]! };
  } catch (error) {
    const reason = error instanceof YAMLException ? error.reason : String(error);
    const line = error instanceof YAMLException && error.mark ? ` on line ${error.mark.line + 2}` : "";
    return formatCheckFailure(file, "(frontmatter)", `invalid YAML${line} (${reason})`, "expected valid YAML");
  }
}

async function compileProblem(file: string, body: string): Promise<string | undefined> {
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

/** All problems in the profiles under `<projectRoot>/src/content`; empty when the content is sound. */
export async function checkContent(
  projectRoot: string,
  contentDir = "src/content",
  { cacheDir }: { cacheDir?: string } = {},
): Promise<string[]> {
  const { sources, problems } = await readProfiles(projectRoot, contentDir, { compileBodies: true, cacheDir });
  const validated = validateCatalog(sources);
  checkedCatalogs.set(projectRoot, validated.catalog);
  return [...problems, ...validated.problems];
}

/** The catalogue each project's last check validated, so later build steps need not read it again. */
const checkedCatalogs = new Map<string, ValidatedCatalog>();

/** The validated catalogue: the one this build's check produced, or read afresh when none ran. */
export async function validatedCatalog(projectRoot: string): Promise<ValidatedCatalog> {
  const checked = checkedCatalogs.get(projectRoot);
  if (checked) return checked;
  return validateCatalog((await readProfiles(projectRoot)).sources).catalog;
}

/**
 * Hashes of bodies that compiled before, so a rebuild compiles only what changed. Compiling every
 * MDX body is most of this check's time on a large catalogue.
 */
async function compiledBodies(cacheDir: string | undefined) {
  const file = cacheDir && path.join(cacheDir, "compiled-bodies.json");
  const known = new Set<string>(
    file
      ? await readFile(file, "utf8").then(
          (text) => JSON.parse(text) as string[],
          () => [],
        )
      : [],
  );
  const seen = new Set<string>();
  return {
    hash: (body: string) => createHash("sha256").update(body).digest("base64url").slice(0, 22),
    has: (hash: string) => known.has(hash),
    add: (hash: string) => seen.add(hash),
    save: async () => {
      if (!file) return;
      await mkdir(cacheDir!, { recursive: true });
      await writeFile(file, JSON.stringify([...seen].sort()));
    },
  };
}

/** Reads and parses every profile; with `compileBodies`, also reports MDX bodies that do not compile. */
export async function readProfiles(
  projectRoot: string,
  contentDir = "src/content",
  { compileBodies = false, cacheDir }: { compileBodies?: boolean; cacheDir?: string } = {},
): Promise<{ sources: ProfileSource[]; problems: string[] }> {
  const sources: ProfileSource[] = [];
  const problems: string[] = [];
  const compiled = await compiledBodies(cacheDir);
  for (const collection of COLLECTIONS) {
    const directory = path.join(projectRoot, contentDir, collection);
    const names = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith(".mdx"));
    for (const name of names.sort()) {
      const file = path.posix.join(contentDir, collection, name);
      const parsed = parseProfile(file, await readFile(path.join(directory, name), "utf8"));
      if (typeof parsed === "string") {
        problems.push(parsed);
        continue;
      }
      if (compileBodies) {
        const hash = compiled.hash(parsed.body);
        const bodyProblem = compiled.has(hash) ? undefined : await compileProblem(file, parsed.body);
        if (bodyProblem) problems.push(bodyProblem);
        else compiled.add(hash);
      }
      sources.push({ collection, file, slug: name.slice(0, -".mdx".length), data: parsed.data });
    }
  }
  if (compileBodies) await compiled.save();
  return { sources, problems };
}

/** Fails `astro build` on any content problem; in `astro dev` it only warns, so editing can go on. */
export function contentCheck(): AstroIntegration {
  return {
    name: "moodtrack:content-check",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const root = fileURLToPath(config.root);
        const problems = await checkContent(root, "src/content", {
          cacheDir: path.join(root, "node_modules/.cache/moodtrack-content"),
        });
        if (problems.length === 0) {
          logger.info("content check passed");
          return;
        }
        const error = new ContentError(problems);
        if (command === "dev") logger.warn(error.message);
        else throw error;
      },
    },
  };
}
