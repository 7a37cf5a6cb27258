/**
 * The content editor at /admin/, served by the dev server only (`npm run edit` or `npm run dev`):
 * it works with decap-server, the local backend that writes the profiles in this checkout, so it
 * has no place on the public site. Nothing of it is in dist/: not in the sitemap, outside the
 * public pages' CSP, budgets and tests.
 *
 * - /admin/            src/admin/index.html, with the editor's own CSP
 * - /admin/config.yml  generated from the schemas and the mood list (src/lib/cms-config.ts)
 * - /admin/cms.js      our preSave step: fields left empty are removed (src/lib/cms-entry.ts)
 * - /admin/decap/*.js  Decap CMS from its npm package (decap-cms.js loads its chunks from there)
 */
import type { AstroIntegration } from "astro";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { ServerResponse } from "node:http";

const decapDist = path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/** Where `npm run edit` starts decap-server. */
const localBackendPort = () => process.env.MOODTRACK_CMS_PORT ?? "8081";

function send(response: ServerResponse, type: string, body: string | Buffer) {
  response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

export function adminEditor(): AstroIntegration {
  return {
    name: "moodtrack:admin",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const root = server.config.root;
        server.middlewares.use(async (request, response, next) => {
          const url = (request.url ?? "").split("?")[0]!;
          if (!url.startsWith("/admin")) return next();
          try {
            if (url === "/admin" || url === "/admin/" || url === "/admin/index.html") {
              return send(
                response,
                "text/html; charset=utf-8",
                await readFile(path.join(root, "src/admin/index.html")),
              );
            }
            if (url === "/admin/config.yml") {
              // Loaded through Vite on every request, so a schema change shows in the form on reload.
              const { cmsConfigYaml } = (await server.ssrLoadModule("/src/lib/cms-config.ts")) as {
                cmsConfigYaml: (options: { localBackendUrl: string }) => string;
              };
              const yaml = cmsConfigYaml({ localBackendUrl: `http://127.0.0.1:${localBackendPort()}/api/v1` });
              return send(response, "text/yaml; charset=utf-8", yaml);
            }
            if (url === "/admin/cms.js") {
              const { emptyPaths } = (await server.ssrLoadModule("/src/lib/cms-entry.ts")) as {
                emptyPaths: (...args: unknown[]) => unknown;
              };
              return send(response, "text/javascript; charset=utf-8", cmsScript(emptyPaths.toString()));
            }
            const chunk = /^\/admin\/decap\/((?:[\w-]+\.)?decap-cms\.js)$/.exec(url)?.[1];
            if (chunk)
              return send(response, "text/javascript; charset=utf-8", await readFile(path.join(decapDist, chunk)));
          } catch (error) {
            return next(error);
          }
          next();
        });
      },
    },
  };
}

/** Our addition to the editor: before a profile is saved, fields left empty are removed. */
function cmsScript(emptyPathsSource: string): string {
  return `// Served by src/integrations/admin.ts; emptyPaths comes from src/lib/cms-entry.ts.
const emptyPaths = ${emptyPathsSource};
window.CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    let data = entry.get("data");
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    return data;
  },
});
`;
}
