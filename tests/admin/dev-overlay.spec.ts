/**
 * Editing with `npm run dev` (or `npm run edit`) open: a profile saved with a mistake shows the
 * build's own message, file and field included, in Astro's error overlay in the browser, and the
 * page comes back by itself once the file is fixed.
 */
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyProject } from "../project-copy";
import { freePort } from "../free-port";

let copy: string;
let dev: ChildProcess;
let site: string;

test.beforeAll(async () => {
  // astro dev answers in 10–20 s on the shared 2-core machine; the loop below allows 60 s.
  test.setTimeout(90_000);
  copy = await copyProject("moodtrack-dev-");
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "dev", "--port", String(port)], {
    cwd: copy,
    detached: true,
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    if (
      await fetch(`${site}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("astro dev did not start within 60 s");
});

test.afterAll(async () => {
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  if (copy) await rm(copy, { recursive: true, force: true });
});

test("a broken save shows the message in the overlay, and fixing it brings the page back", async ({ page }) => {
  test.setTimeout(120_000);
  const file = path.join(copy, "src/content/songs/stay-with-me.mdx");
  const sound = await readFile(file, "utf8");
  await page.goto(`${site}/dramas/goblin/`);
  await expect(page.getByRole("heading", { level: 1, name: "Goblin" })).toBeVisible();

  const broken = sound.replace(/weight: \d/, "weight: 5").replace("drama: goblin", "drama: gobln");
  const saved = Date.now();
  await writeFile(file, broken);
  const overlay = page.locator("vite-error-overlay");
  await expect(overlay).toBeAttached({ timeout: 30_000 });
  const overlayShown = Date.now() - saved;
  const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? "");
  expect(text).toContain("src/content/songs/stay-with-me.mdx › moods.");
  expect(text).toContain("got 5, expected an integer 1–3");
  expect(text).toContain('got "gobln", expected the slug of an existing drama');
  expect(text).toContain('Did you mean "goblin"?');
  await page.screenshot({ path: test.info().outputPath("overlay.png") });

  const fixed = Date.now();
  await writeFile(file, sound);
  await expect(overlay).not.toBeAttached({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Goblin" })).toBeVisible();
  const pageBack = Date.now() - fixed;
  test.info().annotations.push({
    type: "timing",
    description: `overlay after ${overlayShown} ms, page back after ${pageBack} ms`,
  });
  console.log(`overlay after ${overlayShown} ms, page back after ${pageBack} ms`);
});
