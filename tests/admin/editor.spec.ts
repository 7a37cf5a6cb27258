/**
 * An editor's path through /admin/ (`npm run edit`), on a throwaway copy of the project so the real
 * src/content is never touched:
 * 1. adding a drama that cites a lyrics site: the build's refusal shows beside that source and
 *    Publish stays off; with the source replaced the drama saves, and the file passes the content check;
 * 2. correcting one field of an existing profile changes that line of the file and nothing else.
 *
 * Timeouts are from runs on the shared 2-core machine: the dev server is up in about 10 s (60 s
 * allowed), a check answers in under 2 s (20 s allowed), the whole first test takes about 110 s (300 s allowed).
 */
import { expect, test, type Page } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyProject } from "../project-copy";
import { freePort } from "../free-port";

let copy: string;
let editor: ChildProcess;
let site: string;
const CHECK_TIMEOUT = 20_000;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  copy = await copyProject("moodtrack-admin-");
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  editor = spawn(process.execPath, ["scripts/edit.mjs"], {
    cwd: copy,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, MOODTRACK_EDIT_PORT: String(port) },
  });
  const started = Date.now();
  // The dev server is up once it serves the form.
  while (Date.now() - started < 60_000) {
    const ready = await fetch(`${site}/admin/api/form.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      console.log(`npm run edit answered after ${Date.now() - started} ms`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("npm run edit did not start within 60 s");
});

test.afterAll(async () => {
  if (editor?.pid) process.kill(-editor.pid, "SIGTERM");
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Every request the editor makes stays on this machine. */
function watchOutside(page: Page): string[] {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!/^(127\.0\.0\.1|localhost)$/.test(new URL(request.url()).hostname)) outside.push(request.url());
  });
  return outside;
}

function checkContent(): { status: number | null; output: string } {
  const started = Date.now();
  const run = spawnSync(process.execPath, ["scripts/node.mjs", "tsx", "scripts/check-content.ts"], {
    cwd: copy,
    encoding: "utf8",
  });
  console.log(`check:content on the copy took ${Date.now() - started} ms`);
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const TAGS = [
  ["modern-day", "Set in the present day, in offices and flats."],
  ["seoul", "Most of it takes place in Seoul."],
  ["first-love", "Two people meet again years after a first love."],
  ["healing", "Its pace is slow and gentle throughout."],
  ["friendship", "Two old friends keep each other going."],
  ["coming-of-age", "A young lead learns to live on her own."],
] as const;

test("a drama citing a lyrics site is refused beside that source; fixed, it saves and passes the content check", async ({
  page,
}) => {
  // About 110 s here: the form filled field by field, each change checked, then two content checks.
  test.setTimeout(300_000);
  const outside = watchOutside(page);
  await page.goto(`${site}/admin/#/dramas/new`);
  // The first page after start waits for Vite to compile the editor (up to 15 s here).
  await expect(page.getByRole("heading", { level: 1, name: "New drama" })).toBeVisible({ timeout: 30_000 });

  await page.getByLabel("English title").fill("Harbour Lights Test");
  await page.getByLabel("Korean title (Hangul)").fill("바다");
  await page.getByLabel(/^Romanized title/).fill("Bada");
  await page.getByLabel("First aired").fill("2021");
  await page.getByLabel("Network").selectOption("tvN");
  await page.getByLabel("Episodes").fill("12");
  await page.locator("#field-genres").getByLabel("romance").check();
  for (const [index, [name, hangul]] of [
    ["Test Lead", "주인공"],
    ["Second Lead", "조연"],
  ].entries()) {
    await page.getByRole("button", { name: "Add to Lead cast" }).click();
    await page.locator(`#field-cast-${index}-name`).fill(name!);
    await page.locator(`#field-cast-${index}-nameHangul`).fill(hangul!);
  }
  await page.locator("#field-moods-longing-weight").selectOption("3");
  await page.locator("#field-moods-longing-why").fill("Two people who keep missing each other by a day.");
  await page.locator("#field-moods-healing-weight").selectOption("1");
  await page.locator("#field-moods-healing-why").fill("The harbour town moves at an unhurried pace.");
  for (const [index, [tag, why]] of TAGS.entries()) {
    await page.getByRole("button", { name: "Add a story tag" }).click();
    await page.locator(`#field-tags-${index}-tag`).selectOption(tag);
    await page.locator(`#field-tags-${index}-why`).fill(why);
  }
  // The chosen tag's definition shows as its help.
  await expect(page.locator("#field-tags-0-tag-definition")).not.toHaveText("Choose a tag to see what it means.");

  await page.getByRole("button", { name: "Add to Sources" }).click();
  await page.getByLabel("Sources 1", { exact: true }).fill("https://en.wikipedia.org/wiki/Harbour_Lights_Test");
  await page.getByRole("button", { name: "Add to Sources" }).click();
  await page.getByLabel("Sources 2", { exact: true }).fill("https://www.azlyrics.com/lyrics/harbour.html");
  await page.getByLabel("Introduction").fill("A quiet drama about a harbour town and the people who stay there.");

  // The refusal, in the build's words, beside the second source; Publish stays off.
  const beside = page.locator("#field-sources-1-problems");
  await expect(beside).toContainText("expected a source that is not a lyrics site", { timeout: CHECK_TIMEOUT });
  await expect(page.getByLabel("Sources 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath("refused.png"), fullPage: true });

  // Fixed: the lyrics site replaced by a press article.
  await page.getByLabel("Sources 2", { exact: true }).fill("https://www.soompi.com/article/harbour-lights-test");
  await expect(beside).toHaveCount(0, { timeout: CHECK_TIMEOUT });
  const publish = page.getByRole("button", { name: "Publish" });
  await expect(publish).toBeEnabled({ timeout: CHECK_TIMEOUT });
  await publish.click();
  await expect(page.getByRole("status")).toContainText("Saved src/content/dramas/harbour-lights-test.mdx", {
    timeout: CHECK_TIMEOUT,
  });

  const file = path.join(copy, "src/content/dramas/harbour-lights-test.mdx");
  expect(existsSync(file)).toBe(true);
  const saved = await readFile(file, "utf8");
  await writeFile(test.info().outputPath("saved.mdx"), saved);
  expect(saved).toContain("https://www.soompi.com/article/harbour-lights-test");
  expect(saved).not.toContain("azlyrics");
  expect(outside).toEqual([]);

  // The content check accepts the file; its one remaining problem is the one the form showed as a
  // note: a drama needs a song, added next.
  const alone = checkContent();
  expect(alone.status).toBe(1);
  expect(alone.output).toContain("Moodtrack found 1 problem");
  expect(alone.output).toContain("src/content/dramas/harbour-lights-test.mdx › (songs)");
  // With a song of Goblin's (which keeps three) moved to it, the whole check passes.
  const song = path.join(copy, "src/content/songs/i-miss-you.mdx");
  await writeFile(song, (await readFile(song, "utf8")).replace(/^drama: goblin$/m, "drama: harbour-lights-test"));
  const withSong = checkContent();
  expect(withSong.output).toContain("content check passed: no problems");
  expect(withSong.status).toBe(0);
});

test("correcting one field of an existing profile changes only that line of its file", async ({ page }) => {
  test.setTimeout(120_000);
  const file = path.join(copy, "src/content/dramas/goblin.mdx");
  const before = await readFile(file, "utf8");
  await page.goto(`${site}/admin/#/dramas/goblin`);
  await expect(page.getByRole("heading", { level: 1, name: "Goblin" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("The build accepts this profile")).toBeVisible({ timeout: CHECK_TIMEOUT });

  await page.getByLabel("Episodes").fill("17");
  const publish = page.getByRole("button", { name: "Publish" });
  await expect(publish).toBeEnabled({ timeout: CHECK_TIMEOUT });
  await publish.click();
  await expect(page.getByRole("status")).toContainText("Saved src/content/dramas/goblin.mdx", {
    timeout: CHECK_TIMEOUT,
  });

  const after = await readFile(file, "utf8");
  const [a, b] = [before.split("\n"), after.split("\n")];
  expect(b.length).toBe(a.length);
  const changed = a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]]]));
  expect(changed).toEqual([["episodes: 16", "episodes: 17"]]);
});
