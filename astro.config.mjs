// @ts-check
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { adminEditor } from "./src/integrations/admin.ts";
import { contentCheck } from "./src/integrations/content-check.ts";
import { ogImages } from "./src/integrations/og-images.ts";
import { securityHeaders } from "./src/integrations/security-headers.ts";
import { siteUrl } from "./src/integrations/site-url.ts";

export default defineConfig({
  // `site` (absolute URLs in the sitemap, feed and share previews) comes from SITE_URL through the
  // siteUrl() integration, which stops `npm run build` without it; see docs/deploy.md.
  trailingSlash: "always",
  integrations: [siteUrl(), contentCheck(), adminEditor(), mdx(), preact(), sitemap(), ogImages(), securityHeaders()],
  build: { format: "directory" },
  server: { host: "127.0.0.1" },
  // Profiles hold no code; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page carries a CSP meta tag: only our own origin, scripts and styles hashed by Astro. The
    // build also writes the same policy as a header into dist/_headers (security-headers.ts).
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
