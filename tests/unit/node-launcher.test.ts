import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchNode, isRecentEnough, minimumNode } from "../../scripts/node.mjs";

/**
 * scripts/node.mjs, the launcher every npm script goes through, run the way a fresh machine runs it:
 * under the Node 20 that Debian ships (the registry's `node@20` package, fetched once into the user's
 * cache exactly as the launcher fetches Node 24) and under the Node running this test.
 */
const projectRoot = path.resolve(import.meta.dirname, "../..");
const launcher = path.join(projectRoot, "scripts/node.mjs");
let oldNode: { binary: string; version: string };
let scratch: string;

function run(node: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ pid: number; status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(node, [launcher, ...args], { cwd: projectRoot, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ pid: child.pid!, status, stdout, stderr }));
  });
}

// Fetching node@20 the first time downloads about 30 MB; about 4 s here. Later runs find it cached.
beforeAll(async () => {
  oldNode = fetchNode(20);
  scratch = await mkdtemp(path.join(tmpdir(), "moodtrack-launcher-"));
}, 300_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("the Node launcher", () => {
  test("compares versions against engines.node", () => {
    expect(minimumNode()).toEqual([22, 12, 0]);
    expect(isRecentEnough("20.20.2", [22, 12, 0])).toBe(false);
    expect(isRecentEnough("22.11.9", [22, 12, 0])).toBe(false);
    expect(isRecentEnough("v22.12.0", [22, 12, 0])).toBe(true);
    expect(isRecentEnough("24.0.0", [22, 12, 0])).toBe(true);
  });

  test("on Node 20 it says so in one line, switches to Node 24 and runs the command with it", async () => {
    expect(oldNode.version).toMatch(/^20\./);
    const version = await run(oldNode.binary, ["node", "-p", "process.versions.node"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^24\.\d+\.\d+$/);
    const notice = version.stderr.trim().split("\n");
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatch(
      new RegExp(
        `^Node ${oldNode.version.replaceAll(".", "\\.")} is too old for Astro; using Node 24\\.\\d+\\.\\d+ from \\S+`,
      ),
    );

    // A real tool from node_modules/.bin, as `npm run format:check` starts it.
    const prettier = await run(oldNode.binary, ["prettier", "--version"]);
    const { version: prettierVersion } = JSON.parse(
      await readFile(path.join(projectRoot, "node_modules/prettier/package.json"), "utf8"),
    );
    expect(prettier.status).toBe(0);
    expect(prettier.stdout.trim()).toBe(prettierVersion);
  }, 60_000);

  test("on a current Node it runs the tool in its own process, with no notice", async () => {
    const script = path.join(scratch, "pid.mjs");
    await writeFile(script, "console.log(process.pid, process.versions.node);\n");
    const result = await run(process.execPath, [script]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe(`${result.pid} ${process.versions.node}`);

    const node = await run(process.execPath, ["node", "-p", "process.execPath"]);
    expect(node.stdout.trim()).toBe(process.execPath);
  }, 30_000);

  test("when the registry cannot be reached it stops with a clear message and leaves nothing behind", async () => {
    const home = path.join(scratch, "node24");
    const result = await run(oldNode.binary, ["node", "-v"], {
      ...process.env,
      MOODTRACK_NODE_HOME: home,
      npm_config_registry: "http://127.0.0.1:9/",
      npm_config_cache: path.join(scratch, "npm-cache"),
      npm_config_fetch_retries: "0",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`Node ${oldNode.version} is too old for Astro (it needs 22.12 or newer).`);
    expect(result.stderr).toContain("Could not fetch Node 24 from http://127.0.0.1:9/");
    expect(result.stderr).toContain("Check your network or npm proxy settings");
    expect(existsSync(home)).toBe(false);
    expect(readdirSync(scratch).filter((name) => name.startsWith("node24"))).toEqual([]);
  }, 60_000);
});
