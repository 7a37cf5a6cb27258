/**
 * Build settings around the content check, which itself runs in the content layer
 * (src/catalog/loader.ts): the build log stays free of one warning per MDX file.
 */
import type { AstroIntegration } from "astro";

interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * @astrojs/mdx marks every compiled profile with the module-level directive "use astro:head-inject"
 * (Astro reads it to inject head content). Rolldown, Vite 8's bundler, warns MODULE_LEVEL_DIRECTIVE
 * for each such module — about 260 warnings, most of a clean build's log — though the directive is
 * meant for Astro and needs no preserving in the bundle. Only that warning for that directive is dropped.
 */
export function isAstroHeadInjectWarning(log: BundlerLog): boolean {
  return log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"');
}

export function contentCheck(): AstroIntegration {
  return {
    name: "moodtrack:content-check",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: "moodtrack:quiet-head-inject-directive",
                // A plugin's onLog sees every environment's bundler logs (Astro rebuilds each
                // environment's build.rolldownOptions, so a top-level onwarn never reaches the
                // prerender build); returning false drops the log.
                onLog(level: string, log: BundlerLog) {
                  if (level === "warn" && isAstroHeadInjectWarning(log)) return false;
                },
              },
            ],
          },
        });
      },
    },
  };
}
