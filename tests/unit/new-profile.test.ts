import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { checkContent } from "./content-layer";
import { slugify } from "../../src/catalog/profile-template";
import { fixturesDir } from "./content-fixtures";

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, "../..");
let root: string;

async function newProfile(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/new-profile.ts", ...args],
      { cwd: projectRoot, env: { ...process.env, MOODTRACK_ROOT: root } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "moodtrack-new-"));
  await cp(path.join(fixturesDir, "base"), path.join(root, "src/content"), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("npm run new", () => {
  test("makes slugs from titles", () => {
    expect(slugify("Kill Me, Heal Me")).toBe("kill-me-heal-me");
    expect(slugify("What's Wrong with Secretary Kim")).toBe("whats-wrong-with-secretary-kim");
    expect(slugify("Mr. Sunshine")).toBe("mr-sunshine");
    expect(slugify("Hometown Cha-Cha-Cha")).toBe("hometown-cha-cha-cha");
  });

  test("creates a drama with every field, which fails the build until filled in", async () => {
    const result = await newProfile("drama", "Moon Over Seoul");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created src/content/dramas/moon-over-seoul.mdx");
    const text = await readFile(path.join(root, "src/content/dramas/moon-over-seoul.mdx"), "utf8");
    for (const field of [
      "title",
      "titleHangul",
      "titleRomanized",
      "year",
      "network",
      "episodes",
      "genres",
      "moods",
      "sources",
    ]) {
      expect(text).toMatch(new RegExp(`^${field}:`, "m"));
    }
    const problems = await checkContent(root);
    expect(problems).toContain(
      'src/content/dramas/moon-over-seoul.mdx › titleHangul: got "TODO", expected the Korean title written in Hangul (e.g. "도깨비")',
    );
    expect(problems).toContain(
      'src/content/dramas/moon-over-seoul.mdx › network: got "TODO", expected the original network: one of KBS1, KBS2, MBC, SBS, tvN, JTBC, OCN, ENA, MBN, TV Chosun, Channel A, Netflix, Disney+, TVING, Coupang Play, Wavve',
    );
    expect(problems.every((problem) => problem.startsWith("src/content/dramas/moon-over-seoul.mdx › "))).toBe(true);
  });

  test("creates songs and artists too", async () => {
    expect((await newProfile("song", "Stay With Me")).code).toBe(0);
    expect((await newProfile("artist", "Punch")).code).toBe(0);
    const problems = await checkContent(root);
    expect(problems).toContain(
      'src/content/songs/stay-with-me.mdx › voice: got "TODO", expected the voice: one of female, male, duet, group',
    );
    expect(problems).toContain('src/content/artists/punch.mdx › idol: got "TODO", expected true or false');
  });

  test("refuses to overwrite an existing profile", async () => {
    const before = await readFile(path.join(root, "src/content/dramas/test-drama.mdx"), "utf8");
    const result = await newProfile("drama", "Test Drama");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("src/content/dramas/test-drama.mdx already exists");
    expect(await readFile(path.join(root, "src/content/dramas/test-drama.mdx"), "utf8")).toBe(before);
  });

  test("explains how to call it", async () => {
    const result = await newProfile("podcast", "Anything");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run new -- <drama|song|artist> "Title or name"');
  });
});
