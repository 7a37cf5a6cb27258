/** The content editor at /admin/, on the dev server only (the work: src/cms/dev-server.ts). */
import type { AstroIntegration } from "astro";
import { editorMiddleware } from "../cms/dev-server";

export function adminEditor(): AstroIntegration {
  return {
    name: "moodtrack:admin",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use(editorMiddleware(server));
      },
    },
  };
}
