/**
 * The `_headers` file (Netlify and Cloudflare Pages syntax) written into dist/: the pages' Content
 * Security Policy as a real header, which can also carry what a meta tag cannot (`frame-ancestors`),
 * a few more protective headers, and long immutable caching for files named by their content hash only.
 *
 * Astro hashes each page's inline scripts and styles into that page's meta CSP, so pages differ in
 * their hashes. Both hosts cap or merge per-path rules, so the header is one policy for every page:
 * the union of all pages' hashes. Browsers enforce the header and the meta tag together (a resource
 * must pass both), so each page stays exactly as strict as its own meta policy; the header adds
 * `frame-ancestors 'none'`.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type Policy = Map<string, string[]>;

export function parsePolicy(csp: string): Policy {
  const policy: Policy = new Map();
  for (const directive of csp.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources); // as browsers do: the first occurrence wins
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * One policy that every page's policy fits inside: directives in first-seen order, keyword and host
 * sources in first-seen order, then hashes sorted. Pages must agree on everything but their hashes;
 * any other difference is a policy this file cannot express, so it throws.
 */
export function unionPolicies(policies: Policy[]): Policy {
  if (policies.length === 0) throw new Error("no page carries a Content-Security-Policy meta tag");
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const union: Policy = new Map();
  const fixed = (sources: string[]) => sources.filter((source) => !isHash(source)).join(" ");
  for (const policy of policies) {
    const names = [...policy.keys()].sort().join(",");
    const firstNames = [...policies[0]!.keys()].sort().join(",");
    if (names !== firstNames) throw new Error(`pages differ in their CSP directives: ${firstNames} vs ${names}`);
    for (const [name, sources] of policy) {
      const known = union.get(name);
      if (!known) {
        union.set(name, [...sources]);
        continue;
      }
      if (fixed(known) !== fixed(sources)) {
        throw new Error(`pages differ in ${name} beyond hashes: "${fixed(known)}" vs "${fixed(sources)}"`);
      }
      for (const source of sources) if (!known.includes(source)) known.push(source);
    }
  }
  for (const [name, sources] of union) {
    union.set(name, [...sources.filter((source) => !isHash(source)), ...sources.filter(isHash).sort()]);
  }
  return union;
}

export const EXTRA_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
  // For browsers that predate frame-ancestors.
  ["X-Frame-Options", "DENY"],
];

/**
 * Folders whose files are named by a hash of their content (Astro's build output; the search index
 * files of src/match/build/search-data.ts): a changed file gets a new name, so a year's caching is safe.
 */
export const IMMUTABLE_PATHS = ["/_astro/*", "/data/*"];

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADER_LINE = 2000;

/**
 * The file itself. No header appears in two rules: both hosts join a header that several matching
 * rules set, so HTML and other unhashed files keep the host's default (revalidate every time).
 */
export function headersFile(pagePolicies: string[]): string {
  const policy = unionPolicies(pagePolicies.map(parsePolicy));
  policy.set("frame-ancestors", ["'none'"]);
  const cspLine = `  Content-Security-Policy: ${formatPolicy(policy)}`;
  if (cspLine.length > MAX_HEADER_LINE) {
    throw new Error(
      `the Content-Security-Policy header would be ${cspLine.length} characters, over the ${MAX_HEADER_LINE} that ` +
        "Cloudflare Pages accepts in _headers: the pages carry too many different inline script and style hashes",
    );
  }
  return [
    "# Written by `npm run build` (src/integrations/security-headers.ts); Netlify and Cloudflare Pages syntax.",
    "/*",
    cspLine,
    ...EXTRA_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    "",
    ...IMMUTABLE_PATHS.flatMap((rule) => [rule, "  Cache-Control: public, max-age=31536000, immutable", ""]),
  ].join("\n");
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every built page's meta CSP under `outDir` and writes `outDir/_headers`; returns how many pages. */
export async function writeHeadersFile(outDir: string): Promise<number> {
  const policies: string[] = [];
  for (const file of await htmlFiles(outDir)) {
    const csp = META_CSP.exec(await readFile(file, "utf8"))?.[1];
    if (!csp) throw new Error(`${path.relative(outDir, file)} has no Content-Security-Policy meta tag`);
    policies.push(csp);
  }
  await writeFile(path.join(outDir, "_headers"), headersFile(policies));
  return policies.length;
}
