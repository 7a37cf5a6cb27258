/** Writes dist/_headers from the CSP meta tags of the built pages (the work: src/site/security-headers.ts). */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writeHeadersFile } from "../site/security-headers";

export function securityHeaders(): AstroIntegration {
  return {
    name: "moodtrack:security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await writeHeadersFile(fileURLToPath(dir));
        logger.info(`_headers: one CSP for ${pages} pages, plus frame-ancestors and caching rules`);
      },
    },
  };
}
