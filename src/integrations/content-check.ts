/**
 * Build settings around the content check, which itself runs in the content layer
 * (src/loaders/profiles.ts): the build log stays free of one warning per MDX file.
 */
import type { AstroIntegration } from "astro";

interface BundlerWarning {
  code?: string;
  message: string;
}

/**
 * @astrojs/mdx marks every compiled profile with the module-level directive "use astro:head-inject"
 * (Astro reads it to inject head content). Rolldown warns MODULE_LEVEL_DIRECTIVE for each such
 * module — about 260 warnings, most of a clean build's log — though the directive is meant for Astro
 * and needs no preserving in the bundle. Only that warning for that directive is dropped.
 */
export function isAstroHeadInjectWarning(warning: BundlerWarning): boolean {
  return warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"');
}

export function contentCheck(): AstroIntegration {
  return {
    name: "moodtrack:content-check",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rollupOptions: {
                onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void) {
                  if (!isAstroHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
