/**
 * /admin/cms.js: our additions to the content editor, run after decap-cms.js. Before a profile is
 * saved, fields left empty are removed (src/lib/cms-entry.ts), so the MDX file passes the build.
 */
import type { APIRoute } from "astro";
import { emptyPaths } from "../../lib/cms-entry";

const script = `// Generated from src/lib/cms-entry.ts.
const emptyPaths = ${emptyPaths.toString()};
window.CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    let data = entry.get("data");
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    return data;
  },
});
`;

export const GET: APIRoute = () =>
  new Response(script, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
