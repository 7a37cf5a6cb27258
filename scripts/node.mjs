#!/usr/bin/env node
// The one launcher every package.json script goes through: `node scripts/node.mjs <tool> [args…]`.
//
// On Node >= engines.node (22.12) it runs the tool in this very process: a tool from node_modules/.bin
// is imported directly (no second Node process), anything else (`node`, `npm`) is spawned as is.
// On an older Node (Debian and many CI images still ship Node 20) it fetches Node 24 from the npm
// registry once, the way .ci/run always did (`npm install -g --prefix <cache> node@24`), into the
// user's cache directory (never into the repository), says so in one line, and runs the same command
// under that Node with its bin directory first on PATH, so tools that start `node` or `npx` themselves
// (Playwright's web server, vitest's build tests) get it too.
//
// Written for old Nodes on purpose: no syntax or API newer than Node 16.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The Node major fetched when the running one is too old: the current LTS, as in `.nvmrc`. */
export const FETCHED_MAJOR = 24;

/** The lowest Node the project supports, read from package.json's `engines.node` (">=22.12"). */
export function minimumNode(root = projectRoot) {
  const engines = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines?.node ?? "";
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(engines.trim());
  if (!match)
    throw new Error(`scripts/node.mjs: package.json engines.node must read ">=X.Y", got ${JSON.stringify(engines)}`);
  return match.slice(1).map((part) => Number(part ?? 0));
}

export function isRecentEnough(version, minimum) {
  const parts = version.replace(/^v/, "").split(".").map(Number);
  for (let index = 0; index < 3; index++) {
    if ((parts[index] ?? 0) !== minimum[index]) return (parts[index] ?? 0) > minimum[index];
  }
  return true;
}

/** `$XDG_CACHE_HOME/node<major>` (`~/.cache/node24`), or MOODTRACK_NODE_HOME when set. */
export function cachedNodeHome(major = FETCHED_MAJOR) {
  if (major === FETCHED_MAJOR && process.env.MOODTRACK_NODE_HOME) return process.env.MOODTRACK_NODE_HOME;
  const cache = process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  return path.join(cache, `node${major}`);
}

const tilde = (file) => (file.startsWith(homedir() + path.sep) ? "~" + file.slice(homedir().length) : file);

function versionOf(nodeBinary) {
  const result = spawnSync(nodeBinary, ["-p", "process.versions.node"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The `node` binary of Node <major> from the npm registry's `node@<major>` package, installed once
 * under `home`. Installs into a temporary folder first and renames it, so an interrupted download
 * never leaves a half-installed Node that later runs would trust.
 */
export function fetchNode(major = FETCHED_MAJOR, home = cachedNodeHome(major)) {
  const binary = path.join(home, "bin", "node");
  const found = existsSync(binary) ? versionOf(binary) : undefined;
  if (found && Number(found.split(".")[0]) === major) return { binary, version: found, fetched: false };

  const partial = `${home}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const install = spawnSync(
    npm,
    ["install", "--global", "--prefix", partial, "--no-audit", "--no-fund", `node@${major}`],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  if (install.status !== 0 || !existsSync(path.join(partial, "bin", "node"))) {
    rmSync(partial, { recursive: true, force: true });
    const registry =
      spawnSync(npm, ["config", "get", "registry"], { encoding: "utf8" }).stdout?.trim() || "the npm registry";
    const detail = install.error
      ? `could not start npm (${install.error.message})`
      : (install.stderr || install.stdout || "")
          .split("\n")
          .filter((line) => /^npm (ERR!|error)/.test(line))
          .slice(0, 3)
          .join("\n") || `npm exited with status ${install.status}`;
    throw new Error(
      `Could not fetch Node ${major} from ${registry} (npm install -g --prefix ${tilde(home)} node@${major}).\n` +
        `${detail}\n` +
        `Check your network or npm proxy settings and run the command again, or install Node ${major} yourself ` +
        `(https://nodejs.org/) and put it first on PATH.`,
    );
  }
  rmSync(home, { recursive: true, force: true });
  try {
    renameSync(partial, home);
  } catch (error) {
    // Another launcher finished the same download first; keep its copy.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return { binary, version: versionOf(binary) ?? `${major}.x`, fetched: true };
}

/**
 * The JavaScript file a tool runs: node_modules/.bin/<tool> resolved to its entry, or the tool itself
 * when it is a script path (`scripts/build.mjs`); undefined for anything else (`node`, `npm`).
 */
export function toolEntry(tool, root = projectRoot) {
  if (tool.includes("/") && /\.(c|m)?js$/.test(tool)) return existsSync(tool) ? path.resolve(tool) : undefined;
  const link = path.join(root, "node_modules", ".bin", tool);
  return existsSync(link) ? realpathSync(link) : undefined;
}

function exitLike(child) {
  return new Promise((resolve) => {
    // The terminal sends Ctrl-C to the whole process group; the child decides how to stop, and we follow.
    const forward = (signal) => () => child.kill(signal);
    const handlers = ["SIGINT", "SIGTERM", "SIGHUP"].map((signal) => [signal, forward(signal)]);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    child.on("error", (error) => {
      console.error(`scripts/node.mjs: could not start ${child.spawnfile}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      resolve(code ?? (signal ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1) : 1));
    });
  });
}

async function runHere(tool, args) {
  const entry = toolEntry(tool);
  if (entry && /\.(c|m)?js$/.test(entry)) {
    // In this process: the tool sees the same argv it would see when started from node_modules/.bin.
    process.argv = [process.execPath, entry, ...args];
    await import(pathToFileURL(entry).href);
    return undefined;
  }
  // `node` means this Node, whatever `node` comes first on PATH.
  const command = entry ?? (tool === "node" ? process.execPath : tool);
  return exitLike(spawn(command, args, { stdio: "inherit" }));
}

async function main(argv) {
  const [tool, ...args] = argv;
  if (!tool) {
    console.error("usage: node scripts/node.mjs <tool from node_modules/.bin | node | npm | …> [arguments…]");
    return 2;
  }
  const minimum = minimumNode();
  if (isRecentEnough(process.versions.node, minimum)) return runHere(tool, args);

  let node;
  try {
    node = fetchNode();
  } catch (error) {
    console.error(
      `Node ${process.versions.node} is too old for Astro (it needs ${minimum.slice(0, 2).join(".")} or newer).`,
    );
    console.error(error.message);
    return 1;
  }
  console.error(
    `Node ${process.versions.node} is too old for Astro; using Node ${node.version} from ${tilde(path.dirname(node.binary))}` +
      (node.fetched ? " (just fetched from the npm registry)" : ""),
  );
  const bin = path.dirname(node.binary);
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}` };
  return exitLike(spawn(node.binary, [fileURLToPath(import.meta.url), tool, ...args], { stdio: "inherit", env }));
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main(process.argv.slice(2));
  if (code !== undefined) process.exit(code);
}
