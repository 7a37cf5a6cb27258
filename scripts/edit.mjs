// `npm run edit`: the content editor. Starts the dev server, which serves the editor at /admin/
// (src/cms/dev-server.ts) and writes the profiles in this checkout; prints where to open it. Ctrl+C
// stops it. Saved profiles are plain MDX files in src/content/: review them with `git diff`, then
// commit as usual. Nothing else to install or start: the editor is the dev server's own page.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sitePort = process.env.MOODTRACK_EDIT_PORT ?? "4321";
const astro = fileURLToPath(new URL("../node_modules/astro/bin/astro.mjs", import.meta.url));

const child = spawn(process.execPath, [astro, "dev", "--port", sitePort], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
});

console.log(`\nMoodtrack editor: open http://127.0.0.1:${sitePort}/admin/ (pages update as you save).\n`);

const stop = () => {
  if (child.exitCode === null) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => {
  process.exitCode = code ?? 0;
});
