// `npm run build`: astro build, and if it fails for any reason, remove dist/ so nothing half-built
// (or left over from an earlier build) can be deployed by mistake. A build for deploying needs SITE_URL;
// `npm run build -- --local` builds one that will not be deployed (tests), with a placeholder address.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const astro = fileURLToPath(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url));
const local = process.argv.includes("--local");
const args = process.argv.slice(2).filter((arg) => arg !== "--local");
const env = local ? { ...process.env, MOODTRACK_LOCAL_BUILD: "1" } : process.env;
const result = spawnSync(process.execPath, [astro, "build", ...args], { stdio: "inherit", env });
if (result.status !== 0) {
  rmSync("dist", { recursive: true, force: true });
  console.error("\nBuild failed: dist/ was removed so nothing half-built is deployed. Fix the problems above.");
  process.exit(result.status ?? 1);
}
