/**
 * The content editor at /admin/ (public/admin/index.html, with its own CSP). The static build serves
 * folders by their index.html; the dev server does not, so /admin/ is pointed at the file here.
 */
import type { AstroIntegration } from "astro";

export function adminEditor(): AstroIntegration {
  return {
    name: "moodtrack:admin",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url === "/admin" || request.url === "/admin/") request.url = "/admin/index.html";
          next();
        });
      },
    },
  };
}
