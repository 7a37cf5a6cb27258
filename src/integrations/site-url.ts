/** Sets Astro's `site` from SITE_URL, and stops a build for deploying that lacks it (see src/site/url.ts). */
import type { AstroIntegration } from "astro";
import { siteFor } from "../site/url";

export function siteUrl(): AstroIntegration {
  return {
    name: "moodtrack:site-url",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        const site = siteFor({
          siteUrl: process.env.SITE_URL,
          command,
          local: process.env.MOODTRACK_LOCAL_BUILD === "1",
        });
        updateConfig({ site });
      },
    },
  };
}
