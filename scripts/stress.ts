/**
 * `npm run test:stress`: proves the suite holds on a busy machine. It clones the committed HEAD into a
 * temporary folder, installs it with `npm ci`, and runs `npm test` there three times in a row while a
 * copy of the project runs `npm run build` over and over alongside (cold each time: no Astro cache, no
 * share-image cache), the whole time. Prints each run's duration and result; exits 1 if any run failed.
 *
 *   npm run test:stress               # three runs
 *   npm run test:stress -- --runs 5   # another count
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { copyProject, projectRoot } from "../tests/project-copy";

const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag === -1 ? 3 : Number(process.argv[runsFlag + 1]);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`test:stress: --runs needs a whole number of at least 1, got ${process.argv[runsFlag + 1]}`);
  process.exit(2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/** Runs a command to the end, its output into a log file; resolves with the exit status and the time taken. */
function runLogged(command: string, args: string[], cwd: string, log: string, env = process.env) {
  return new Promise<{ status: number; ms: number }>((resolve) => {
    const started = performance.now();
    const out = createWriteStream(log);
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on("error", (error) => {
      out.end(`\n${error.message}\n`);
      resolve({ status: 127, ms: performance.now() - started });
    });
    child.on("close", (status) => {
      out.end();
      resolve({ status: status ?? 1, ms: performance.now() - started });
    });
  });
}

const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).stdout.trim();
const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: projectRoot, encoding: "utf8" }).stdout.trim();
const work = await mkdtemp(path.join(tmpdir(), "moodtrack-stress-"));
const clone = path.join(work, "clone");
console.log(`test:stress: ${runs} × npm test on a fresh clone of ${head}, with npm run build of a copy alongside`);
if (dirty) console.log("test:stress: note: uncommitted changes are not in the clone; commit them to test them");
console.log(`test:stress: ${cpus().length} cores, load average ${load()}; logs in ${work}`);

const cloned = spawnSync("git", ["clone", "--quiet", projectRoot, clone], { encoding: "utf8" });
if (cloned.status !== 0) {
  console.error(`test:stress: git clone failed:\n${cloned.stderr}`);
  process.exit(1);
}
const install = await runLogged("npm", ["ci", "--no-audit", "--no-fund"], clone, path.join(work, "npm-ci.log"));
if (install.status !== 0) {
  console.error(`test:stress: npm ci failed (see ${path.join(work, "npm-ci.log")})`);
  process.exit(1);
}
console.log(`test:stress: npm ci in the clone took ${seconds(install.ms)}`);

// The background load: cold builds of a copy, one after another, until the last test run ends.
const busy = await copyProject("moodtrack-stress-load-");
let stopping = false;
let builder: ChildProcess | undefined;
let builds = 0;
const buildLoop = (async () => {
  while (!stopping) {
    await rm(path.join(busy, "node_modules/.astro"), { recursive: true, force: true });
    await rm(path.join(busy, "og-cache"), { recursive: true, force: true });
    await new Promise<void>((resolve) => {
      builder = spawn(process.execPath, ["scripts/build.mjs", "--local"], {
        cwd: busy,
        stdio: "ignore",
        // Its own process group, so stopping it also stops the astro build that scripts/build.mjs started.
        detached: true,
        env: { ...process.env, MOODTRACK_OG_CACHE: path.join(busy, "og-cache") },
      });
      builder.on("close", () => resolve());
    });
    if (!stopping) builds += 1;
  }
})();

// Interrupted (Ctrl-C, kill): stop the background build too, since it runs in its own process group.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopping = true;
    if (builder?.pid && builder.exitCode === null) process.kill(-builder.pid, "SIGTERM");
    console.log(`test:stress: interrupted; logs in ${work}`);
    process.exit(130);
  });
}

const results: { run: number; status: number; ms: number; load: string }[] = [];
for (let run = 1; run <= runs; run++) {
  const log = path.join(work, `npm-test-${run}.log`);
  const { status, ms } = await runLogged("npm", ["test"], clone, log);
  results.push({ run, status, ms, load: load() });
  console.log(
    `test:stress: run ${run}: ${status === 0 ? "PASS" : `FAIL (exit ${status})`} in ${seconds(ms)} ` +
      `(load average ${load()})`,
  );
  if (status !== 0) {
    const lines = (await readFile(log, "utf8")).trimEnd().split("\n");
    console.log(lines.slice(-40).join("\n"));
  }
}

stopping = true;
if (builder?.pid && builder.exitCode === null) process.kill(-builder.pid, "SIGTERM");
await buildLoop;
await rm(busy, { recursive: true, force: true });
const failed = results.filter((result) => result.status !== 0).length;
console.log(
  `test:stress: ${runs - failed} of ${runs} runs passed; ${builds} background builds completed alongside; ` +
    `durations ${results.map((result) => seconds(result.ms)).join(", ")}`,
);
if (failed === 0) await rm(work, { recursive: true, force: true });
else console.log(`test:stress: logs kept in ${work}`);
process.exit(failed === 0 ? 0 : 1);
