/**
 * The site's public address, from SITE_URL. Canonical links, share previews, the sitemap and the feed
 * are absolute URLs built from it, so a build for deploying must be told where it will live; a
 * placeholder is used only where nothing is deployed (dev server, preview, tests, a `--local` build).
 */
export const LOCAL_SITE = "https://moodtrack.example";

export interface SiteInput {
  /** process.env.SITE_URL */
  siteUrl: string | undefined;
  /** Astro's command: "dev", "build", "preview" or "sync". */
  command: string;
  /** A build that will not be deployed (`npm run build -- --local`). */
  local: boolean;
}

export function siteFor({ siteUrl, command, local }: SiteInput): string {
  const value = siteUrl?.trim();
  if (!value) {
    if (command === "build" && !local) {
      throw new Error(
        "SITE_URL is not set. A build for deploying needs the site's public address for canonical links, share " +
          "previews, the sitemap and the feed:\n" +
          "  SITE_URL=https://moodtrack.example.org npm run build\n" +
          `For a build that will not be deployed (tests, a look at dist/): npm run build -- --local (uses ${LOCAL_SITE}).`,
      );
    }
    return LOCAL_SITE;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://moodtrack.example.org, got "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must start with https:// (or http://), got "${value}"`);
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL must be the root of a domain, with no path, query or credentials (the site's links start at /), got "${value}"`,
    );
  }
  return url.origin;
}
