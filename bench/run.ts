/**
 * `npm run bench` (`-- --quick` skips the 1,000 and 10,000-profile runs; `-- --skip-serial` skips the
 * cold builds with share images on one thread; `-- --images` only measures the share images of the
 * real catalogue and the dist/ of the last build, and writes nothing): builds the site, measures it the same way every
 * time, prints each figure beside its target with PASS or FAIL, and writes bench/results.json.
 * Targets are not tests: it exits 0 either way.
 *
 * Builds are compared like with like, in one run: cold (no Astro caches, no dist/, empty share-image
 * cache) against the floor cold, warm (the same project built again) against the floor warm. Each
 * build row carries its peak RSS and the machine's 1-minute load average when it started, since the
 * machine may be shared.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../tests/chromium";
import { copyProject, linkNodeModules } from "../tests/project-copy";
import { HELD_OUT_HALVES, JUDGED_HALVES, evaluateBuild } from "./evaluate";
import { sizeFor, writeFloorProject, writeSyntheticCatalog } from "./synthetic";
import { freePort } from "../tests/free-port";
import { loadRealCatalog } from "../tests/unit/real-catalog";
import { createCatalog } from "../src/catalog/joins";
import { fitCard, ogCardTree } from "../src/art/share-card";
import { createOgRenderer, MAX_IMAGE_BYTES } from "../src/art/share-images/renderer";
import { loadFonts, ogJobs } from "../src/art/share-images/write";
import { SITE_TAGLINE } from "../src/site/names";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const skipSerial = process.argv.includes("--skip-serial");
const imagesOnly = process.argv.includes("--images");
/** `-- --sizes 1000,10000` (the default): synthetic catalogue sizes, in profiles. */
const sizesFlag = process.argv.indexOf("--sizes");
const sizes = sizesFlag === -1 ? [1000, 10000] : (process.argv[sizesFlag + 1] ?? "").split(",").map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 20)) {
  console.error(
    `bench: --sizes needs whole numbers of at least 20, comma-separated, got ${process.argv[sizesFlag + 1]}`,
  );
  process.exit(2);
}
const runs = 50;
const astroBin = path.join(root, "node_modules/astro/bin/astro.mjs");

interface Row {
  figure: string;
  value: string;
  target: string;
  pass?: boolean;
}
const rows: Row[] = [];
const record = (row: Row) => {
  rows.push(row);
  const verdict = row.pass === undefined ? "" : row.pass ? "PASS" : "FAIL";
  console.log(`  ${row.figure}: ${row.value}  (target ${row.target}) ${verdict}`);
};

// ---- helpers ----------------------------------------------------------------------------------

/** Every cache a build could reuse (Astro's content store and generated types, Vite's caches) and dist/. */
async function clearBuildCaches(directory: string) {
  for (const cache of ["node_modules/.astro", "node_modules/.vite", ".astro", "dist"]) {
    await rm(path.join(directory, cache), { recursive: true, force: true });
  }
}

const loadNow = () => os.loadavg()[0]!;

/** Runs `astro build` in a directory; returns wall time, peak RSS (GNU time when available) and the load it started under. */
function build(directory: string, env: Record<string, string> = {}) {
  const hasTime = spawnSync("/usr/bin/time", ["--version"]).status === 0;
  const load = loadNow();
  const started = performance.now();
  const command = hasTime ? "/usr/bin/time" : process.execPath;
  const args = hasTime ? ["-f", "MAXRSS_KB=%M", process.execPath, astroBin, "build"] : [astroBin, "build"];
  const result = spawnSync(command, args, {
    cwd: directory,
    // Not for deploying: the placeholder address, as in tests (the floor ignores it).
    env: { ...process.env, MOODTRACK_LOCAL_BUILD: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
  const kb = /MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1];
  const images = /share images: (.*)/.exec(result.stdout)?.[1];
  return { seconds, peakMb: kb ? Number(kb) / 1024 : NaN, load, log: images ?? "" };
}

type Built = ReturnType<typeof build>;
const described = (built: Built) =>
  `${built.seconds.toFixed(1)} s, ${built.peakMb.toFixed(0)} MB peak, load ${built.load.toFixed(1)}`;

async function preview(directory: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [astroBin, "preview", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: directory,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, stop: () => child.kill() };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every script the page requests from load until the network is idle, gzip-summed. */
async function scriptBytes(browser: Browser, url: string) {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  await page.close();
  return total;
}

/** Median and p95 of "Show my matches" → rendered list, in the page's own clock. */
async function matchTimes(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/quiz/`);
  await page.locator("astro-island:not([ssr])").waitFor();
  await page.getByRole("checkbox", { name: /Longing/ }).check();
  await page.getByRole("checkbox", { name: /Healing/ }).check();
  for (let step = 1; step < 6; step++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Show my matches" }).waitFor();
  await page.waitForFunction(() =>
    performance.getEntriesByType("resource").some((entry) => entry.name.includes("/data/moods.")),
  );
  await page.waitForLoadState("networkidle");
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const button = [...document.querySelectorAll("button")].find(
              (item) => item.textContent === "Show my matches",
            )!;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector("ol.matches > li")) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      ),
    );
    await page.goBack();
    await page.getByRole("button", { name: "Show my matches" }).waitFor();
  }
  return times;
}

/** Median and p95 of a typed query → rendered results on /search/. */
async function textTimes(page: Page, baseUrl: string, queries: string[]) {
  await page.goto(`${baseUrl}/search/`);
  await page.locator("astro-island:not([ssr])").waitFor();
  await page.locator("#site-search").focus();
  await page.waitForLoadState("networkidle");
  const times: number[] = [];
  for (const query of queries) {
    times.push(
      await page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>("#site-search")!;
            const status = document.querySelector(".search [role=status]")!;
            const before = status.textContent;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent !== before || document.querySelector(".search-results")) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              }
            });
            observer.observe(document.querySelector(".search")!, {
              childList: true,
              subtree: true,
              characterData: true,
            });
            input.value = text;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          }),
        query,
      ),
    );
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#site-search")!;
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }
  return times;
}

/**
 * The two search index files of a build (dist/data/moods.<hash>.json, fetched when the quiz starts,
 * and dist/data/text.<hash>.json, fetched next), parsed, with their gzip sizes.
 */
async function searchIndex(dist: string) {
  const files = (await readdir(path.join(dist, "data"))).sort();
  const read = async (prefix: string) => {
    const name = files.find((file) => file.startsWith(prefix) && file.endsWith(".json"));
    if (!name) throw new Error(`no ${prefix}*.json in ${path.join(dist, "data")}`);
    const raw = await readFile(path.join(dist, "data", name));
    return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, json: JSON.parse(raw.toString("utf8")) };
  };
  const [moods, text] = [await read("moods."), await read("text.")];
  return {
    // The mood index file is stored by column (src/match/index-format.ts, MoodIndexFile).
    moods: moods.json as { dramas: { slug: string[]; title: string[] }; songs: { slug: string[]; title: string[] } },
    gzip: moods.gzip + text.gzip,
    raw: moods.raw + text.raw,
    moodsGzip: moods.gzip,
    sizes: `moods ${kb(moods.gzip)} + text ${kb(text.gzip)}`,
  };
}

/** Queries a person might type: titles from the index with one letter changed. */
async function queriesFrom(dist: string): Promise<string[]> {
  const index = (await searchIndex(dist)).moods;
  const titles = [...index.dramas.title, ...index.songs.title];
  return Array.from({ length: runs }, (_, i) => {
    const title = titles[(i * 7919) % titles.length]!;
    const at = Math.min(title.length - 1, 2 + (i % 4));
    return title.slice(0, at) + (title[at] === "e" ? "a" : "e") + title.slice(at + 1);
  });
}

async function interactionFigures(browser: Browser, directory: string, label: string) {
  const server = await preview(directory);
  try {
    const page = await browser.newPage();
    const match = await matchTimes(page, server.url);
    record({
      figure: `show my matches → list, ${label} (median / p95 of ${runs})`,
      value: `${ms(percentile(match, 50))} / ${ms(percentile(match, 95))}`,
      target: "p95 < 50 ms at 10,000",
      pass: label.startsWith("10,000") ? percentile(match, 95) < 50 : undefined,
    });
    const text = await textTimes(page, server.url, await queriesFrom(path.join(directory, "dist")));
    record({
      figure: `free-text query → list, ${label} (median / p95 of ${runs})`,
      value: `${ms(percentile(text, 50))} / ${ms(percentile(text, 95))}`,
      target: "p95 < 50 ms at 10,000",
      pass: label.startsWith("10,000") ? percentile(text, 95) < 50 : undefined,
    });
    await page.close();
  } finally {
    server.stop();
  }
}

async function lighthouseScores(url: string) {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumArgs] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const categories = result!.lhr.categories;
    return ["performance", "accessibility", "best-practices", "seo"].map((key) =>
      Math.round((categories[key]?.score ?? 0) * 100),
    );
  } finally {
    chrome.kill();
  }
}

/** A copy of the project with its content replaced by a synthetic catalogue. */
async function syntheticProject(profiles: number) {
  const directory = await copyProject(`moodtrack-bench-${profiles}-`);
  await rm(path.join(directory, "src/content"), { recursive: true, force: true });
  await writeSyntheticCatalog(path.join(directory, "src/content"), profiles);
  return directory;
}

async function floorProject(count: number) {
  const directory = await mkdtemp(path.join(os.tmpdir(), `moodtrack-floor-${count}-`));
  await writeFloorProject(directory, count);
  await linkNodeModules(directory);
  return directory;
}

// ---- the run ----------------------------------------------------------------------------------

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/** The real catalogue: cold and warm build, the index, the judged set. Returns the index figures. */
async function realCatalogueBuilds(scratch: string) {
  console.log("Real catalogue:");
  await clearBuildCaches(root);
  const cold = build(root, { MOODTRACK_OG_CACHE: path.join(scratch, "real") });
  const warm = build(root, { MOODTRACK_OG_CACHE: path.join(scratch, "real") });
  record({ figure: "build, real catalogue, cold (no caches)", value: described(cold), target: "—" });
  record({ figure: "build, real catalogue, warm", value: `${described(warm)} (images: ${warm.log})`, target: "—" });

  const index = await searchIndex(path.join(root, "dist"));
  // Mood results need only the mood index; the text index follows (and is what free text waits for).
  record({
    figure: "index before mood results, real catalogue (gzip, mood index)",
    value: `${kb(index.moodsGzip)} (both files ${kb(index.gzip)}: ${index.sizes}; ${kb(index.raw)} raw)`,
    target: "≤ 30 KB",
    pass: index.moodsGzip <= 30 * 1024,
  });

  await distFigures(path.join(root, "dist"));
  await shareImageFigures();

  const judged = await evaluateBuild(path.join(root, "dist"));
  for (const half of JUDGED_HALVES) {
    const result = judged[half];
    record({
      figure: `judged set, ${half} half (${result.cases.length} cases, bench/judged/${half}.json): hit@3 / MRR / cases quoting filler`,
      value: `${(result.hitAt3 * 100).toFixed(1)} % / ${result.meanReciprocalRank.toFixed(3)} / ${result.casesWithFillerReasons}`,
      target: HELD_OUT_HALVES.includes(half) ? "hit@3 ≥ 90 %, 0 filler" : "0 filler",
      pass: result.casesWithFillerReasons === 0 && (!HELD_OUT_HALVES.includes(half) || result.hitAt3 >= 0.9),
    });
  }
  return index;
}

/** Every file under a folder, with its size. */
async function filesUnder(directory: string): Promise<{ file: string; bytes: number }[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file)).size })));
}

/** dist/ and its share images: size and file count, and the largest image against its limit. */
async function distFigures(dist: string) {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const all = await filesUnder(dist);
  const images = await filesUnder(path.join(dist, "og"));
  const sum = (files: { bytes: number }[]) => files.reduce((total, { bytes }) => total + bytes, 0);
  record({ figure: "dist/, real catalogue", value: `${mb(sum(all))} in ${all.length} files`, target: "—" });
  const largest = Math.max(...images.map(({ bytes }) => bytes));
  record({
    figure: "share images in dist/og/, real catalogue (size, files, largest)",
    value: `${mb(sum(images))} in ${images.length} files, largest ${kb(largest)}`,
    target: `each ≤ ${MAX_IMAGE_BYTES / 1024} KB`,
    pass: largest <= MAX_IMAGE_BYTES,
  });
}

/**
 * Each share image of the real catalogue fitted and rendered one at a time, in this process: the
 * renderer's own cost, apart from the build around it. (The old renderer, satori + resvg, is no
 * longer installed; README.md keeps the like-for-like figures taken when both were.)
 */
async function shareImageFigures() {
  const { source } = await loadRealCatalog();
  const jobs = ogJobs(
    createCatalog(source.dramas as never, source.songs as never, source.artists as never),
    SITE_TAGLINE,
  );
  const fonts = await loadFonts(
    jobs.flatMap(({ card }) => [card.eyebrow, card.title, card.titleHangul ?? "", card.note ?? ""]),
  );
  const renderer = await createOgRenderer(fonts, 1);
  const times: number[] = [];
  for (const { card } of jobs) {
    const started = performance.now();
    await renderer.render(ogCardTree(card, await fitCard(card, renderer.measure)));
    times.push(performance.now() - started);
  }
  const total = times.reduce((sum, time) => sum + time, 0);
  record({
    figure: `share image, real catalogue, one at a time (fit + render + JPEG; median / p95 of ${jobs.length})`,
    value: `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}; ${(total / 1000).toFixed(2)} s for all`,
    target: "—",
  });
}

/** JavaScript per page and Lighthouse scores, on `astro preview` of the real catalogue's build. */
async function pageFigures(browser: Browser, dramaSlug: string, songSlug: string) {
  const server = await preview(root);
  try {
    const quiz = await scriptBytes(browser, `${server.url}/quiz/`);
    record({
      figure: "JS before first interaction, quiz page (gzip)",
      value: kb(quiz),
      target: "≤ 20 KB",
      pass: quiz <= 20 * 1024,
    });
    const drama = await scriptBytes(browser, `${server.url}/dramas/${dramaSlug}/`);
    record({ figure: "JS, drama page (gzip)", value: kb(drama), target: "≤ 10 KB", pass: drama <= 10 * 1024 });
    const home = await scriptBytes(browser, `${server.url}/`);
    record({ figure: "JS, home page (gzip)", value: kb(home), target: "≤ 10 KB", pass: home <= 10 * 1024 });

    for (const [label, pagePath] of [
      ["home", "/"],
      ["quiz", "/quiz/"],
      ["drama", `/dramas/${dramaSlug}/`],
      ["song", `/songs/${songSlug}/`],
    ] as const) {
      const scores = await lighthouseScores(`${server.url}${pagePath}`);
      record({
        figure: `Lighthouse mobile, ${label} (perf / a11y / best practices / SEO)`,
        value: scores.join(" / "),
        target: "100 each",
        pass: scores.every((score) => score === 100),
      });
    }
  } finally {
    server.stop();
  }
}

/** The bare-Astro floor for `pages` MDX pages, cold and warm. */
async function floorBuilds(pages: number) {
  const directory = await floorProject(pages);
  await clearBuildCaches(directory);
  const cold = build(directory);
  const warm = build(directory);
  record({ figure: `floor cold: bare Astro, ${pages} MDX pages, no caches`, value: described(cold), target: "—" });
  record({ figure: `floor warm: bare Astro, ${pages} MDX pages, built again`, value: described(warm), target: "—" });
  return { directory, cold, warm };
}

/** A synthetic catalogue of `profiles`: builds against the floor, the index, the interactions. */
async function syntheticRun(browser: Browser, scratch: string, profiles: number) {
  const label = `${profiles.toLocaleString("en")} profiles`;
  const size = sizeFor(profiles);
  console.log(`\nSynthetic catalogue, ${label} (${size.dramas} dramas, ${size.songs} songs, ${size.artists} artists):`);
  const floor = await floorBuilds(size.dramas + size.songs + size.artists);

  const directory = await syntheticProject(profiles);
  const cache = path.join(scratch, `synthetic-${profiles}`);
  await clearBuildCaches(directory);
  const coldBuild = build(directory, { MOODTRACK_OG_CACHE: cache });
  const warmBuild = build(directory, { MOODTRACK_OG_CACHE: cache });
  const coldRatio = coldBuild.seconds / floor.cold.seconds;
  const warmRatio = warmBuild.seconds / floor.warm.seconds;
  record({
    figure: `build, ${label}, cold (no caches, images on every core)`,
    value: `${described(coldBuild)} = ${coldRatio.toFixed(2)} × floor cold (images: ${coldBuild.log})`,
    target: profiles === 10000 ? "≤ 2.5 × floor cold" : "—",
    pass: profiles === 10000 ? coldRatio <= 2.5 : undefined,
  });
  record({
    figure: `build, ${label}, warm`,
    value: `${described(warmBuild)} = ${warmRatio.toFixed(2)} × floor warm (images: ${warmBuild.log})`,
    target: "≤ 1.3 × floor warm",
    pass: warmRatio <= 1.3,
  });
  if (!skipSerial) await serialImageBuild(directory, scratch, profiles, label, floor.cold.seconds);
  const syntheticIndex = await searchIndex(path.join(directory, "dist"));
  record({
    figure: `index before mood results, ${label} (gzip, mood index)`,
    value: `${kb(syntheticIndex.moodsGzip)} (both files ${kb(syntheticIndex.gzip)}: ${syntheticIndex.sizes})`,
    target: "≤ 200 KB at 10,000",
    ...(profiles >= 10_000 ? { pass: syntheticIndex.moodsGzip <= 200 * 1024 } : {}),
  });
  await interactionFigures(browser, directory, label);
  await rm(directory, { recursive: true, force: true });
  await rm(floor.directory, { recursive: true, force: true });
}

/** The same cold build with share images rendered one at a time (MOODTRACK_OG_THREADS=1). */
async function serialImageBuild(
  directory: string,
  scratch: string,
  profiles: number,
  label: string,
  floorCold: number,
) {
  const serialCache = path.join(scratch, `synthetic-${profiles}-serial`);
  await clearBuildCaches(directory);
  const serial = build(directory, { MOODTRACK_OG_CACHE: serialCache, MOODTRACK_OG_THREADS: "1" });
  await rm(serialCache, { recursive: true, force: true });
  record({
    figure: `build, ${label}, cold, images one at a time`,
    value: `${described(serial)} = ${(serial.seconds / floorCold).toFixed(2)} × floor cold (images: ${serial.log})`,
    target: "—",
  });
  // Its dist/ is the other build's, byte for byte (tests/unit/og-render.test.ts), so the figures hold.
}

/** The table on the console and bench/results.json. */
async function report(machine: string, loadAtStart: string) {
  const table = [
    "| figure | value | target | result |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${row.figure} | ${row.value} | ${row.target} | ${row.pass === undefined ? "" : row.pass ? "PASS" : "FAIL"} |`,
    ),
  ].join("\n");
  console.log(`\n${table}\n`);
  await mkdir(path.join(root, "bench"), { recursive: true });
  const results = { date: new Date().toISOString(), machine, quick, loadAtStart, loadAtEnd: loadAverage(), rows };
  await writeFile(path.join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Wrote bench/results.json");
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
  const loadAtStart = loadAverage();
  console.log(`Moodtrack bench on ${machine}${quick ? " (quick)" : ""}; load average ${loadAtStart}\n`);
  if (imagesOnly) {
    await distFigures(path.join(root, "dist"));
    await shareImageFigures();
    return;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), "moodtrack-bench-cache-"));

  const index = await realCatalogueBuilds(scratch);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  await pageFigures(browser, index.moods.dramas.slug[0]!, index.moods.songs.slug[0]!);
  await interactionFigures(browser, root, `real catalogue`);
  if (!quick) for (const profiles of sizes) await syntheticRun(browser, scratch, profiles);
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
  await report(machine, loadAtStart);
}

main().catch((error) => {
  console.error(error);
  // The browser and preview servers of an interrupted run would keep the process alive.
  process.exit(1);
});
