// `npm run edit`: the content editor. Starts decap-server (Decap CMS's local backend, which reads and
// writes the profiles in this checkout; MODE=fs, bound to 127.0.0.1 only) and the dev server, and
// prints where to open the editor. Ctrl+C stops both. Saved profiles are plain MDX files in
// src/content/: review them with `git diff`, then commit as usual.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cmsPort = process.env.MOODTRACK_CMS_PORT ?? "8081";
const sitePort = process.env.MOODTRACK_EDIT_PORT ?? "4321";
const bin = (name) => fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url));

const children = [
  spawn(process.execPath, [bin("decap-server/dist/index.js")], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: cmsPort,
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: "warn",
    },
  }),
  spawn(process.execPath, [bin("astro/bin/astro.mjs"), "dev", "--port", sitePort], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, MOODTRACK_CMS_PORT: cmsPort },
  }),
];

console.log(`\nMoodtrack editor: open http://127.0.0.1:${sitePort}/admin/ (pages update as you save).\n`);

const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) {
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
