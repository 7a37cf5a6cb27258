/**
 * The content editor at /admin/, served by the dev server only (`npm run edit` or `npm run dev`):
 * it works with decap-server, the local backend that writes the profiles in this checkout, so it
 * has no place on the public site. Nothing of it is in dist/: not in the sitemap, outside the
 * public pages' CSP, budgets and tests.
 *
 * - /admin/              src/cms/index.html, with the editor's own CSP
 * - /admin/config.yml    generated from the schemas and the mood list (src/cms/config.ts)
 * - /src/cms/editor.ts   our preSave step (fields left empty are removed), compiled by Vite
 * - /admin/decap/*.js    Decap CMS from its npm package (decap-cms.js loads its chunks from there)
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import type { AstroIntegration } from "astro";

/** The dev server Astro hands to `astro:server:setup` (Vite's). */
type DevServer = Parameters<NonNullable<AstroIntegration["hooks"]["astro:server:setup"]>>[0]["server"];

/** Decap CMS's files, resolved on first use: the build imports this module but never serves the editor. */
const decapDist = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/** Where `npm run edit` starts decap-server. */
const localBackendPort = () => process.env.MOODTRACK_CMS_PORT ?? "8081";

function send(response: ServerResponse, type: string, body: string | Buffer) {
  response.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

/** What the editor serves at `url`, or undefined for a URL that is not the editor's. */
async function editorFile(
  server: DevServer,
  url: string,
): Promise<{ type: string; body: string | Buffer } | undefined> {
  if (url === "/admin" || url === "/admin/" || url === "/admin/index.html") {
    const page = await readFile(path.join(server.config.root, "src/cms/index.html"));
    return { type: "text/html; charset=utf-8", body: page };
  }
  if (url === "/admin/config.yml") {
    // Loaded through Vite on every request, so a schema change shows in the form on reload.
    const { cmsConfigYaml } = (await server.ssrLoadModule("/src/cms/config.ts")) as typeof import("./config");
    const yaml = cmsConfigYaml({ localBackendUrl: `http://127.0.0.1:${localBackendPort()}/api/v1` });
    return { type: "text/yaml; charset=utf-8", body: yaml };
  }
  const chunk = /^\/admin\/decap\/((?:[\w-]+\.)?decap-cms\.js)$/.exec(url)?.[1];
  if (chunk) return { type: "text/javascript; charset=utf-8", body: await readFile(path.join(decapDist(), chunk)) };
  return undefined;
}

/** The dev server middleware that serves /admin/. */
export function editorMiddleware(server: DevServer) {
  return async (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    const url = (request.url ?? "").split("?")[0]!;
    if (!url.startsWith("/admin")) return next();
    try {
      const file = await editorFile(server, url);
      if (file) return send(response, file.type, file.body);
    } catch (error) {
      return next(error);
    }
    next();
  };
}
