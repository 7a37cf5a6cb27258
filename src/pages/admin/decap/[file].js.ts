/**
 * /admin/decap/*.js: Decap CMS, served from its npm package (never from a CDN). decap-cms.js loads
 * its other chunks from the same folder, so every chunk of the package's dist/ is served.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const decapDist = path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(decapDist)
    .filter((name) => name === "decap-cms.js" || name.endsWith(".decap-cms.js"))
    .sort()
    .map((name) => ({ params: { file: name.slice(0, -".js".length) } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(path.join(decapDist, `${path.basename(params.file!)}.js`)), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
