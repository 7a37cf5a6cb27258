import { describe, expect, test } from "vitest";
import { formatPolicy, headersFile, parsePolicy, unionPolicies } from "../../src/site/security-headers";

const page = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' ${scripts.join(" ")}; style-src 'self' ${styles.join(" ")}`;

describe("the _headers file", () => {
  test("parses and formats a policy, keeping the first of a repeated directive", () => {
    const policy = parsePolicy("default-src 'self'; img-src 'self' data:; default-src *;");
    expect([...policy.keys()]).toEqual(["default-src", "img-src"]);
    expect(formatPolicy(policy)).toBe("default-src 'self'; img-src 'self' data:");
  });

  test("one policy holds every page's hashes and nothing else", () => {
    const union = unionPolicies([
      parsePolicy(page(["'sha256-b'"], ["'sha256-s1'"])),
      parsePolicy(page(["'sha256-a'", "'sha256-b'"], ["'sha256-s2'"])),
    ]);
    expect(formatPolicy(union)).toBe(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s1' 'sha256-s2'",
    );
  });

  test("pages that differ beyond their hashes cannot share one header", () => {
    expect(() => unionPolicies([parsePolicy("default-src 'self'"), parsePolicy("default-src *")])).toThrow(
      `pages differ in default-src beyond hashes: "'self'" vs "*"`,
    );
    expect(() =>
      unionPolicies([parsePolicy("default-src 'self'"), parsePolicy("default-src 'self'; img-src *")]),
    ).toThrow("pages differ in their CSP directives");
    expect(() => unionPolicies([])).toThrow("no page carries a Content-Security-Policy meta tag");
  });

  test("adds frame-ancestors and the protective headers, and caches only hashed assets for good", () => {
    const file = headersFile([page(["'sha256-a'"], [])]);
    const [all, assets, data] = file.split("\n\n");
    expect(all).toContain("/*\n  Content-Security-Policy: default-src 'self';");
    expect(all).toMatch(/Content-Security-Policy: [^\n]*; frame-ancestors 'none'\n/);
    expect(all).toContain("  X-Content-Type-Options: nosniff");
    expect(all).toContain("  Referrer-Policy: strict-origin-when-cross-origin");
    expect(all).toContain("  Permissions-Policy: camera=()");
    expect(all).not.toContain("Cache-Control");
    expect(assets).toBe("/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(data).toBe("/data/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  });
});

test("a policy too long for Cloudflare Pages stops the build with the reason", () => {
  const hashes = Array.from({ length: 40 }, (_, index) => `'sha256-${String(index).padStart(44, "x")}='`);
  expect(() => headersFile([page(hashes, [])])).toThrow(/over the 2000 that Cloudflare Pages accepts in _headers/);
});
