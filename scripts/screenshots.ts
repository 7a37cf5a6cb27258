/**
 * `npm run screenshots`: every page type and each quiz step at 390 × 844 and 1280 × 800, light and
 * dark, taken with the system Chromium against `astro preview` of the current build (run
 * `npm run build` first). Output: screenshots/<scheme>-<width>/<name>.png (git-ignored), full page.
 * `-- --only home,drama` takes a subset. Not part of `npm test`: these are for a person to look at.
 */
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tests/chromium";
import { freePort } from "../tests/free-port";

const RESULTS = "moods=longing,epic&energy=any&voice=any&length=any";

/** Name → how to reach the state to photograph. */
const SHOTS: Record<string, (page: Page) => Promise<unknown>> = {
  home: (page) => page.goto("/"),
  "quiz-1-moods": async (page) => {
    await page.goto("/quiz/");
    await islandReady(page);
    await page.getByRole("checkbox", { name: /Longing/ }).check();
    await page.getByRole("checkbox", { name: /Epic/ }).check();
  },
  ...Object.fromEntries(
    [2, 3, 4, 5, 6].map((step) => [
      `quiz-${step}`,
      async (page: Page) => {
        await page.goto("/quiz/");
        await islandReady(page);
        await page.getByRole("checkbox", { name: /Longing/ }).check();
        for (let at = 1; at < step; at++) await page.getByRole("button", { name: "Next" }).click();
        await page.getByText(`Question ${step} of 6`, { exact: true }).waitFor();
        if (step === 5) await page.getByText("Type a title to find it").waitFor();
      },
    ]),
  ),
  "quiz-results": async (page) => {
    await page.goto(`/quiz/?${RESULTS}`);
    await islandReady(page);
    await page.locator("ol.matches > li").first().waitFor();
  },
  drama: (page) => page.goto("/dramas/goblin/"),
  song: (page) => page.goto("/songs/stay-with-me/"),
  dramas: (page) => page.goto("/dramas/"),
  songs: (page) => page.goto("/songs/"),
  artists: (page) => page.goto("/artists/"),
  artist: (page) => page.goto("/artists/iu/"),
  moods: (page) => page.goto("/moods/"),
  mood: (page) => page.goto("/moods/longing/"),
  tags: (page) => page.goto("/tags/"),
  tag: (page) => page.goto("/tags/revenge/"),
  "quiz-absent-topic": async (page) => {
    await page.goto("/quiz/?q=zombie+apocalypse");
    await islandReady(page);
    await page.getByText("no drama here is about that yet").waitFor();
  },
  share: async (page) => {
    await page.goto(`/match/goblin/?${RESULTS}`);
    await page.waitForLoadState("networkidle");
  },
  "share-plain": (page) => page.goto("/match/goblin/"),
  search: async (page) => {
    await page.goto("/search/");
    await islandReady(page);
    await page.getByRole("searchbox").fill("stay with me");
    await page.waitForTimeout(400);
  },
  about: (page) => page.goto("/about/"),
  "not-found": (page) => page.goto("/no-such-page/"),
  "phone-menu": async (page) => {
    await page.goto("/dramas/");
    if ((page.viewportSize()?.width ?? 0) < 768) await page.locator(".nav-menu summary").click();
  },
};

async function islandReady(page: Page) {
  await page.locator("astro-island:not([ssr])").first().waitFor({ state: "attached", timeout: 15_000 });
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1]!.split(",") : null;
const port = await freePort();
const preview = spawn(
  process.execPath,
  ["node_modules/astro/bin/astro.mjs", "preview", "--host", "127.0.0.1", "--port", String(port)],
  { stdio: "ignore" },
);
const baseURL = `http://127.0.0.1:${port}`;
try {
  for (let tries = 0; ; tries++) {
    const up = await fetch(baseURL).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (tries > 100) throw new Error("astro preview did not start: run `npm run build` first");
    await new Promise((done) => setTimeout(done, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let taken = 0;
  for (const scheme of ["light", "dark"] as const) {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const folder = path.join("screenshots", `${scheme}-${viewport.width}`);
      await mkdir(folder, { recursive: true });
      const context = await browser.newContext({
        baseURL,
        viewport,
        colorScheme: scheme,
        deviceScaleFactor: 1,
        reducedMotion: "reduce",
      });
      for (const [name, reach] of Object.entries(SHOTS)) {
        if (only && !only.includes(name)) continue;
        const page = await context.newPage();
        await reach(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
        await page.screenshot({ path: path.join(folder, `${name}.top.png`) });
        await page.close();
        taken += 2;
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(`${taken} screenshots in screenshots/ (full page, and .top = the first screen)`);
} finally {
  preview.kill();
}
