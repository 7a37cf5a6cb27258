/**
 * The share images' build hook: after the pages are built, every drama, every mood and the site get
 * their 1200 × 630 JPEG in dist/og/. The work lives in src/art/share-images/write.ts. A title too long
 * for its card at the smallest size is cut with "…" and named here as a warning; an image that fails
 * to render fails the build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { builtCatalog, ogJobs, writeOgImages } from "../art/share-images/write";
import { SITE_TAGLINE } from "../site/names";

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
        const stats = await writeOgImages(ogJobs(projectCatalog, SITE_TAGLINE), fileURLToPath(dir), cacheDir);
        for (const cut of stats.truncations) {
          const field = cut.field === "title" ? "title" : "Korean title";
          logger.warn(
            `${cut.profile}: the ${field} is too long for its share image (${cut.output}) even at the smallest ` +
              `size, so the image shows “${cut.shown}”. Shorten the ${field} to show it whole.`,
          );
        }
        const rendering =
          stats.rendered === 0
            ? "none rendered"
            : `${stats.rendered} rendered${stats.repaired ? ` (${stats.repaired} replacing a broken cache file)` : ""}`;
        logger.info(
          `share images: ${stats.total} written, ${rendering}, ${stats.cached} from cache; ` +
            `${Math.round(stats.setupMs)} ms fonts, ${Math.round(stats.renderMs)} ms fitting and rendering ` +
            `with ${stats.threads} in flight (${Math.round(performance.now() - started)} ms in all)`,
        );
      },
    },
  };
}
