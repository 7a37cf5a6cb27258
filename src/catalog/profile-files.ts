/**
 * Reads every profile file under a project root (src/content/<collection>/*.mdx), sorted by
 * collection then name, as the content rules (content-rules.ts) take them. The check script and the
 * fixture tests both read the catalogue through this, so they check the same files the same way.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ProfileFile } from "./content-rules";
import { COLLECTIONS } from "../schemas/collections";

export const PROFILE_DIR = "src/content";

export async function readProfileFiles(projectRoot: string): Promise<ProfileFile[]> {
  const files = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const names = (await readdir(path.join(projectRoot, PROFILE_DIR, collection)).catch(() => []))
        .filter((name) => name.endsWith(".mdx"))
        .sort();
      return names.map((name) => path.posix.join(PROFILE_DIR, collection, name));
    }),
  );
  return Promise.all(
    files.flat().map(async (file) => ({ file, text: await readFile(path.join(projectRoot, file), "utf8") })),
  );
}
