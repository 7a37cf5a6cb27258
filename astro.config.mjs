// @ts-check
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { adminEditor } from "./src/integrations/admin.ts";
import { contentCheck } from "./src/integrations/content-check.ts";
import { ogImages } from "./src/integrations/og-images.ts";

/** Absolute URLs (sitemap, feed, share previews) are built from this; set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "https://moodtrack.example";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [contentCheck(), adminEditor(), mdx(), preact(), sitemap(), ogImages()],
  build: { format: "directory" },
  server: { host: "127.0.0.1" },
  // Profiles hold no code; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page carries a CSP meta tag: only our own origin, scripts and styles hashed by Astro.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
