/**
 * A throwaway copy of the project for builds under test or bench. node_modules is a folder of
 * links to the real packages, so the copy's caches (node_modules/.astro, node_modules/.cache) stay
 * its own and never mix with the real project's.
 */
import { cp, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..");
const CACHES = new Set([".astro", ".cache", ".vite"]);

export async function linkNodeModules(into: string) {
  await mkdir(path.join(into, "node_modules"), { recursive: true });
  for (const entry of await readdir(path.join(projectRoot, "node_modules"))) {
    if (CACHES.has(entry)) continue;
    await symlink(path.join(projectRoot, "node_modules", entry), path.join(into, "node_modules", entry));
  }
}

export async function copyProject(
  prefix: string,
  entries = ["astro.config.mjs", "package.json", "tsconfig.json", "scripts", "src", "public"],
): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), prefix));
  for (const entry of entries) await cp(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
  await linkNodeModules(copy);
  return copy;
}
