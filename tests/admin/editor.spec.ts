/**
 * An editor's path through /admin/, on a throwaway copy of the project: add a song to an existing
 * drama with the form (drama and singer pickers, mood weights, a reason, a source), save it, and the
 * MDX file Decap CMS wrote must pass `npm run build` as it is and show up on the drama's page.
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

test.beforeAll(async () => {
  copy = await copyProject("moodtrack-admin-");
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  site = `http://127.0.0.1:${sitePort}`;
  editor = spawn(process.execPath, ["scripts/edit.mjs"], {
    cwd: copy,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, MOODTRACK_EDIT_PORT: String(sitePort), MOODTRACK_CMS_PORT: String(cmsPort) },
  });
  // The dev server is up once it serves the editor's configuration.
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`${site}/admin/config.yml`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("npm run edit did not start within 60 s");
});

test.afterAll(async () => {
  if (editor?.pid) process.kill(-editor.pid, "SIGTERM");
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Picks an option in one of Decap's select or relation widgets (react-select) by typing. */
async function pick(page: Page, label: string, text: string, option: RegExp) {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByRole("option", { name: option }).first().click();
}

test("an editor adds a song to Goblin through /admin/, and the saved file builds", async ({ page }) => {
  test.setTimeout(240_000);
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!new URL(request.url()).hostname.match(/^(127\.0\.0\.1|localhost)$/)) outside.push(request.url());
  });

  await page.goto(`${site}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.goto(`${site}/admin/#/collections/songs/new`);

  await page.getByLabel("Song title", { exact: true }).fill("Snowfall Letter");
  await page.getByLabel("Korean title (Hangul)", { exact: false }).fill("눈의 편지");
  await pick(page, "Drama", "Goblin", /Goblin/);
  await pick(page, "Singers", "Ailee", /Ailee/);
  await page.getByLabel("Release year", { exact: true }).fill("2017");
  await page.getByLabel("Energy", { exact: true }).fill("2");
  await pick(page, "Voice", "female", /^female$/);

  for (const [mood, weight, why] of [
    ["Longing · 그리움", "3 — defining", "A letter to someone who is gone, sung over the first snow."],
    ["Healing · 힐링", "1 — a touch", "The strings settle into a warm, quiet close."],
  ] as const) {
    // The innermost object field labelled with the mood (the Moods field around it holds all twelve).
    const group = page
      .locator('[aria-label="object field"]')
      .filter({ has: page.locator("label", { hasText: mood }) })
      .last();
    await group.getByTestId("expand-button").first().click();
    await group.getByRole("combobox").first().fill(weight.slice(0, 1));
    await page.getByRole("option", { name: weight }).click();
    await group.locator('input[id^="why-field"]').fill(why);
  }

  await page.getByRole("button", { name: /Add sources/i }).click();
  await page
    .locator('[aria-label="list field"]')
    .filter({ has: page.locator("label", { hasText: /^Sources/ }) })
    .locator("input")
    .last()
    .fill("https://en.wikipedia.org/wiki/Guardian:_The_Lonely_and_Great_God_(soundtrack)");
  // The body's raw MDX editor is a content-editable area, typed into like a text box.
  await page.locator('[aria-label="markdown field"]').locator('[contenteditable="true"], textarea').first().click();
  await page.keyboard.type("It plays when a letter finally arrives.");

  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("menuitem", { name: "Publish now" }).click();
  await expect(page.getByText("Entry saved")).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "test-results/admin-saved.png" });

  const file = path.join(copy, "src/content/songs/snowfall-letter.mdx");
  await expect.poll(() => existsSync(file)).toBe(true);
  const saved = await readFile(file, "utf8");
  await writeFile(test.info().outputPath("saved.mdx"), saved);
  expect(saved).toContain("drama: goblin");
  expect(saved).toMatch(/artists:\s*\n\s*- ailee/);
  expect(outside).toEqual([]);

  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--local"], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, MOODTRACK_OG_CACHE: path.join(copy, ".og-cache") },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const dramaPage = await readFile(path.join(copy, "dist/dramas/goblin/index.html"), "utf8");
  expect(dramaPage).toContain("Snowfall Letter");
});
