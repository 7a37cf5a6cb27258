/** Writes dist/_headers from the CSP meta tags of the built pages (see src/lib/security-headers.ts). */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersFile } from "../lib/security-headers";

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function securityHeaders(): AstroIntegration {
  return {
    name: "moodtrack:security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const csp = META_CSP.exec(await readFile(file, "utf8"))?.[1];
          if (!csp) throw new Error(`${path.relative(out, file)} has no Content-Security-Policy meta tag`);
          policies.push(csp);
        }
        await writeFile(path.join(out, "_headers"), headersFile(policies));
        logger.info(`_headers: one CSP for ${policies.length} pages, plus frame-ancestors and caching rules`);
      },
    },
  };
}
