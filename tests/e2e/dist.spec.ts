/**
 * Checks over the built site in dist/: every page carries a CSP, every internal link and fragment
 * resolves, every share page has its preview meta and a 1200 × 630 image.
 */
import { expect, test } from "@playwright/test";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parsePolicy } from "../../src/site/security-headers";

const dist = path.resolve("dist");

function htmlFiles(directory = dist): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

const pages = htmlFiles().sort();
const pagePath = (file: string) =>
  `/${path
    .relative(dist, file)
    .replace(/index\.html$/, "")
    .replace(/\\/g, "/")}`;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
/** A JPEG's size from its frame header (SOF0–SOF15 but DHT, JPG, DAC), and whether it ends whole. */
const jpegSize = (file: string) => {
  const jpeg = readFileSync(file);
  expect(jpeg.subarray(0, 2).toString("hex"), `${file} starts as a JPEG`).toBe("ffd8");
  expect(jpeg.subarray(-2).toString("hex"), `${file} ends as a JPEG`).toBe("ffd9");
  for (let at = 2; at + 9 <= jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { width: jpeg.readUInt16BE(at + 7), height: jpeg.readUInt16BE(at + 5), bytes: jpeg.length };
  }
  throw new Error(`${file}: no JPEG frame header`);
};

test("the build has every page type", () => {
  const paths = pages.map(pagePath);
  for (const expected of [
    "/",
    "/quiz/",
    "/search/",
    "/about/",
    "/dramas/",
    "/songs/",
    "/artists/",
    "/moods/",
    "/tags/",
    "/404.html",
  ]) {
    expect(paths).toContain(expected);
  }
  for (const prefix of ["/dramas/", "/songs/", "/artists/", "/moods/", "/tags/", "/match/"]) {
    expect(paths.filter((page) => page.startsWith(prefix) && page !== prefix).length).toBeGreaterThan(0);
  }
  // The two search index files, each named by its content hash.
  const data = readdirSync(path.join(dist, "data"));
  expect(data.filter((name) => /^moods\.[0-9a-f]{10}\.json$/.test(name))).toHaveLength(1);
  expect(data.filter((name) => /^text\.[0-9a-f]{10}\.json$/.test(name))).toHaveLength(1);
  expect(existsSync(path.join(dist, "sitemap-index.xml"))).toBe(true);
  expect(existsSync(path.join(dist, "rss.xml"))).toBe(true);
});

test("every page carries a strict Content Security Policy", () => {
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, pagePath(file)).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(html, `${pagePath(file)} has an inline event handler`).not.toMatch(/\son[a-z]+="/);
  }
});

test("no page loads anything from another host", () => {
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const loaded = [...html.matchAll(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*?\s(?:src|href)="([^"]+)"/g)]
      .filter(([tag]) => !/rel="(?:canonical|alternate|sitemap)"/.test(tag!))
      .map((match) => match[1]!);
    expect(
      loaded.filter((url) => /^(?:https?:)?\/\//.test(url)),
      pagePath(file),
    ).toEqual([]);
    expect(html).not.toMatch(/<iframe/);
  }
});

test("every internal link and fragment resolves", () => {
  const broken: string[] = [];
  const idsByPage = new Map(pages.map((file) => [pagePath(file), ids(readFileSync(file, "utf8"))]));
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href!)) continue;
      const resolved = new URL(href!, `http://site${pagePath(file)}`);
      const target = resolved.pathname;
      const exists =
        idsByPage.has(target) ||
        existsSync(path.join(dist, target)) ||
        existsSync(path.join(dist, target, "index.html"));
      if (!exists) broken.push(`${pagePath(file)} → ${href}`);
      else if (
        resolved.hash &&
        idsByPage.has(target) &&
        !idsByPage.get(target)!.has(decodeURIComponent(resolved.hash.slice(1)))
      ) {
        broken.push(`${pagePath(file)} → ${href} (no such fragment)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("every page carries full preview meta with a 1200 × 630 JPEG of at most 120 KB", () => {
  const sharePages = pages.filter((file) => /\/(match|dramas|songs|moods)\/[^/]+\/index\.html$/.test(file));
  expect(sharePages.length).toBeGreaterThan(12);
  const checked = new Map<string, ReturnType<typeof jpegSize>>();
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    for (const property of ["og:title", "og:description", "og:type", "og:url", "og:image:alt", "twitter:image:alt"]) {
      expect(meta(property), `${pagePath(file)} ${property}`).toBeTruthy();
    }
    expect(meta("og:image:type"), pagePath(file)).toBe("image/jpeg");
    expect(meta("og:image:width")).toBe("1200");
    expect(meta("og:image:height")).toBe("630");
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = meta("og:image")!;
    expect(meta("twitter:image"), pagePath(file)).toBe(image);
    expect(image).toMatch(/^https?:\/\/[^/]+\/og\/(dramas\/[a-z0-9-]+|moods\/[a-z]+|site)\.jpg$/);
    const local = path.join(dist, new URL(image).pathname);
    expect(existsSync(local), `${pagePath(file)} image ${image}`).toBe(true);
    if (!checked.has(local)) checked.set(local, jpegSize(local));
    const { width, height, bytes } = checked.get(local)!;
    expect({ width, height }, local).toEqual({ width: 1200, height: 630 });
    expect(bytes, local).toBeLessThanOrEqual(120 * 1024);
  }
});

test("dramas, moods and the site have a card; a song page shows its drama's", () => {
  const og = path.join(dist, "og");
  expect(readdirSync(og).sort()).toEqual(["dramas", "moods", "site.jpg"]);
  const dramaPages = readdirSync(path.join(dist, "dramas")).filter((name) =>
    statSync(path.join(dist, "dramas", name)).isDirectory(),
  );
  expect(readdirSync(path.join(og, "dramas")).sort()).toEqual(dramaPages.map((slug) => `${slug}.jpg`).sort());
  expect(readdirSync(path.join(og, "moods"))).toHaveLength(12);
  const songPages = pages.filter((file) => /\/songs\/[^/]+\/index\.html$/.test(file));
  expect(songPages.length).toBeGreaterThan(0);
  for (const file of songPages) {
    const html = readFileSync(file, "utf8");
    const drama = /Song from <a href="\/dramas\/([a-z0-9-]+)\/"/.exec(html)?.[1];
    expect(drama, `${pagePath(file)} names its drama`).toBeTruthy();
    expect(/<meta property="og:image" content="([^"]*)"/.exec(html)?.[1], pagePath(file)).toMatch(
      new RegExp(`/og/dramas/${drama}\\.jpg$`),
    );
  }
});

test("every drama has a share page", () => {
  const dramas = readdirSync(path.join(dist, "dramas")).filter((name) =>
    statSync(path.join(dist, "dramas", name)).isDirectory(),
  );
  for (const slug of dramas) {
    const html = readFileSync(path.join(dist, "match", slug, "index.html"), "utf8");
    expect(html).toContain("My Moodtrack match");
  }
});

test("the _headers CSP is every page's meta CSP plus frame-ancestors, and only hashed files are immutable", () => {
  const rules = readFileSync(path.join(dist, "_headers"), "utf8")
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").filter((line) => line && !line.startsWith("#")))
    .filter((lines) => lines.length > 0);
  expect(rules.map((lines) => lines[0])).toEqual(["/*", "/_astro/*", "/data/*"]);
  const headerOf = (lines: string[], name: string) =>
    lines
      .find((line) => line.trim().startsWith(`${name}:`))
      ?.trim()
      .slice(name.length + 1)
      .trim();
  const header = parsePolicy(headerOf(rules[0]!, "Content-Security-Policy")!);
  expect(header.get("frame-ancestors")).toEqual(["'none'"]);
  for (const name of ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]) {
    expect(headerOf(rules[0]!, name), name).toBeTruthy();
  }
  for (const rule of rules.slice(1))
    expect(headerOf(rule, "Cache-Control")).toBe("public, max-age=31536000, immutable");
  // Immutable caching is only safe for names that change with the content.
  for (const file of readdirSync(path.join(dist, "data"))) expect(file).toMatch(/^[a-z]+(-\d+)?\.[0-9a-f]{10}\.json$/);
  expect(rules[0]!.some((line) => line.includes("Cache-Control"))).toBe(false);
  for (const file of pages) {
    const meta = parsePolicy(
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"))![1]!,
    );
    expect([...header.keys()].filter((name) => name !== "frame-ancestors").sort(), pagePath(file)).toEqual(
      [...meta.keys()].sort(),
    );
    for (const [name, sources] of meta) {
      const allowed = header.get(name)!;
      expect(
        sources.filter((source) => !allowed.includes(source)),
        `${pagePath(file)} ${name}`,
      ).toEqual([]);
      const fixed = (list: string[]) => list.filter((source) => !source.startsWith("'sha"));
      expect(fixed(allowed), `${pagePath(file)} ${name}`).toEqual(fixed(sources));
    }
  }
});
