import { spawnSync } from "node:child_process";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyProject } from "../project-copy";
import { fixturesDir } from "./content-fixtures";

/**
 * The real `npm run build` on a copy of the project whose content holds broken profiles: it must
 * stop with the editor-facing messages and leave no dist/ behind to be deployed by mistake. One
 * build holds several kinds of mistake at once (each kind's message is pinned without a build in
 * content-errors.test.ts), so the suite pays for three builds, not one per kind.
 */
let copy: string;

beforeAll(async () => {
  copy = await copyProject("moodtrack-build-");
});
afterAll(() => rm(copy, { recursive: true, force: true }));

async function buildWith(brokenCase: string | undefined) {
  const content = path.join(copy, "src/content");
  await rm(content, { recursive: true, force: true });
  await cp(path.join(fixturesDir, "base"), content, { recursive: true });
  if (brokenCase) await cp(path.join(fixturesDir, "broken", brokenCase), content, { recursive: true });
  // A complete earlier build, which must not survive a failed one.
  await mkdir(path.join(copy, "dist"), { recursive: true });
  await writeFile(path.join(copy, "dist/index.html"), "<p>an earlier build</p>");
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--local"], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, MOODTRACK_OG_CACHE: path.join(copy, ".og-cache") },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("npm run build", () => {
  test("on sound content prints no warning and says per step what it did", async () => {
    const { status, output } = await buildWith(undefined);
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\[WARN\]|warning/i);
    expect(output).toContain("content check passed: no problems");
    expect(output).toMatch(/1 dramas read and checked in \d+ ms/);
    expect(output).toMatch(/share images: \d+ written/);
  }, 120_000);
});

describe("npm run build with broken profiles", () => {
  test("lists every problem, numbered, with no hook wrapper or stack trace, and leaves no dist/", async () => {
    const { status, output } = await buildWith("several-problems");
    expect(status).not.toBe(0);
    expect(output).toContain("Moodtrack found 7 problems in the content:");
    expect(output).toContain(
      '  1. src/content/artists/test-singer.mdx › nameHangul: got "Test", expected the Hangul stage name written in Hangul',
    );
    expect(output).toContain(
      '  7. src/content/songs/test-song.mdx › moods.longing.why: got an empty text "", expected a reason of 1–140 characters',
    );
    expect(output).not.toContain("An unhandled error occurred");
    expect(output).not.toContain("Stack trace");
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).toContain("Build failed: dist/ was removed");
    expect(existsSync(path.join(copy, "dist"))).toBe(false);
  }, 120_000);
});

describe("npm run build for deploying", () => {
  test("without SITE_URL stops before building, says what to do and leaves no dist/", async () => {
    const content = path.join(copy, "src/content");
    await rm(content, { recursive: true, force: true });
    await cp(path.join(fixturesDir, "base"), content, { recursive: true });
    await mkdir(path.join(copy, "dist"), { recursive: true });
    await writeFile(path.join(copy, "dist/index.html"), "<p>an earlier build</p>");
    const env: NodeJS.ProcessEnv = { ...process.env, MOODTRACK_OG_CACHE: path.join(copy, ".og-cache") };
    delete env.SITE_URL;
    delete env.MOODTRACK_LOCAL_BUILD;
    const result = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: copy, encoding: "utf8", env });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain("SITE_URL is not set. A build for deploying needs the site's public address");
    expect(output).toContain("npm run build -- --local");
    expect(output).toContain("Build failed: dist/ was removed");
    expect(existsSync(path.join(copy, "dist"))).toBe(false);
  }, 120_000);
});
