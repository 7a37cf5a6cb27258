/**
 * The share images' build hook: after the pages are built, every drama, song and mood gets its
 * 1200 × 630 PNG in dist/og/. The work lives in src/art/share-images/write.ts.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { builtCatalog, ogJobs, writeOgImages } from "../art/share-images/write";

export function ogImages(): AstroIntegration {
  let root = "";
  let cacheDir = "";
  return {
    name: "moodtrack:og-images",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = process.env.MOODTRACK_OG_CACHE ?? path.join(root, "node_modules/.cache/moodtrack-og");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const projectCatalog = await builtCatalog(fileURLToPath(dir));
        const started = performance.now();
        const stats = await writeOgImages(ogJobs(projectCatalog), fileURLToPath(dir), cacheDir);
        const rendering =
          stats.rendered === 0
            ? "none rendered"
            : `${stats.rendered} rendered in ${Math.round(stats.renderMs)} ms on ${stats.threads} thread${stats.threads === 1 ? "" : "s"}`;
        logger.info(
          `share images: ${stats.total} written, ${rendering}, ${stats.cached} from cache ` +
            `(${Math.round(performance.now() - started)} ms in all)`,
        );
      },
    },
  };
}
