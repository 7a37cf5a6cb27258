/**
 * The content editor at /admin/, served by the dev server only (`npm run edit` or `npm run dev`): it
 * reads and writes the profiles in this checkout, so it has no place on the public site. Nothing of it
 * is in dist/: not in the sitemap, outside the public pages' CSP, budgets and tests.
 *
 * - /admin/                   src/cms/index.html, with the editor's own CSP
 * - /admin/editor.css         its styles
 * - /src/cms/editor.tsx       the form (Preact), compiled by Vite like any module
 * - /admin/api/form.json           the form, generated from the schemas (form-model.ts)
 * - /admin/api/profiles.json       every profile's slug and label: the lists and the pickers
 * - /admin/api/profile.json        one profile as the form edits it
 * - /admin/api/check.json   POST   what the build would say about a draft (editor-check.ts)
 * - /admin/api/save.json    POST   writes a draft, only if the build would accept it, changing only what
 *                             the editor changed (profile-edit.ts); atomically (a temporary file, then
 *                             a rename), so the dev server's watcher never reads half a file
 *
 * The form-side modules are loaded through Vite on every request, so a schema change shows in the form
 * on reload. Writes answer only this page: JSON bodies (a cross-site form cannot send them without a
 * preflight we never grant) and, when the browser names one, an Origin of this server.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { COLLECTIONS, type CollectionName } from "../schemas/collections";
import type { ProfileFile } from "./editor-check";
import type { ProfileDraft, ProfileSummary } from "./form-types";

/** The dev server Astro hands to `astro:server:setup` (Vite's). */
type DevServer = Parameters<NonNullable<AstroIntegration["hooks"]["astro:server:setup"]>>[0]["server"];

interface Modules {
  form: typeof import("./form-model");
  check: typeof import("./editor-check");
  edit: typeof import("./profile-edit");
  template: typeof import("../catalog/profile-template");
}

async function modules(server: DevServer): Promise<Modules> {
  const load = (id: string) => server.ssrLoadModule(id);
  const [form, check, edit, template] = await Promise.all([
    load("/src/cms/form-model.ts"),
    load("/src/cms/editor-check.ts"),
    load("/src/cms/profile-edit.ts"),
    load("/src/catalog/profile-template.ts"),
  ]);
  return { form, check, edit, template } as unknown as Modules;
}

class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

function json(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  response.end(JSON.stringify(value));
}

function collectionOf(value: unknown): CollectionName {
  if (typeof value === "string" && (COLLECTIONS as readonly string[]).includes(value)) return value as CollectionName;
  throw new RequestProblem(
    400,
    `unknown collection ${JSON.stringify(value)}: expected one of ${COLLECTIONS.join(", ")}`,
  );
}

function slugOf(value: unknown): string {
  if (typeof value === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return value;
  throw new RequestProblem(400, `bad profile name ${JSON.stringify(value)}: expected kebab-case such as "goblin"`);
}

/** Every profile file in the checkout, sorted by path. */
async function storedProfiles(root: string): Promise<ProfileFile[]> {
  const lists = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const names = (await readdir(path.join(root, "src/content", collection))).filter((name) => name.endsWith(".mdx"));
      return Promise.all(
        names.sort().map(async (name) => {
          const file = `src/content/${collection}/${name}`;
          return { collection, slug: name.slice(0, -4), file, text: await readFile(path.join(root, file), "utf8") };
        }),
      );
    }),
  );
  return lists.flat();
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
    throw new RequestProblem(415, "expected a JSON body");
  }
  const origin = request.headers.origin;
  if (origin !== undefined && new URL(origin).host !== request.headers.host) {
    throw new RequestProblem(403, "the editor answers its own page only");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const value = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  if (value === null || typeof value !== "object") throw new RequestProblem(400, "expected a JSON object");
  return value as Record<string, unknown>;
}

/** The draft as the request states it, with its file name settled (a new profile's comes from its title). */
function draftOf(body: Record<string, unknown>, { template, form }: Modules): ProfileDraft & { isNew: boolean } {
  const collection = collectionOf(body.collection);
  const data = body.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new RequestProblem(400, "expected data");
  const isNew = body.revision === undefined;
  const titleField = form.formModel().collections.find((each) => each.name === collection)!.titleField;
  const title = (data as Record<string, unknown>)[titleField];
  const slug = body.slug ? String(body.slug) : isNew ? template.slugify(typeof title === "string" ? title : "") : "";
  return {
    collection,
    slug,
    data: data as Record<string, unknown>,
    body: typeof body.body === "string" ? body.body : "",
    revision: isNew ? undefined : String(body.revision),
    isNew,
  };
}

/** The file the draft would be saved as, and the build's problems with it. */
async function prepare(root: string, request: Record<string, unknown>, mods: Modules) {
  const draft = draftOf(request, mods);
  const stored = await storedProfiles(root);
  const file = mods.check.profilePath(draft.collection, draft.slug || "untitled");
  const existing = stored.find((profile) => profile.file === file);
  if (!draft.isNew && !existing) throw new RequestProblem(404, `${file} does not exist (any more)`);
  const text = mods.edit.composeProfile(
    draft.isNew ? undefined : existing!.text,
    draft.data,
    draft.body,
    mods.form.fieldOrder(draft.collection),
  );
  const result = await mods.check.checkDraft(draft.isNew ? stored.filter((p) => p.file !== file) : stored, {
    collection: draft.collection,
    slug: draft.slug || "untitled",
    file,
    text,
  });
  if (draft.isNew && (!draft.slug || existing)) {
    const found = draft.slug ? `"${draft.slug}"` : "no file name (the title is empty)";
    const expected = existing
      ? `expected a file name not already used by ${file}: add the drama, e.g. "${draft.slug}-goblin"`
      : "expected the title, from which the file name is made";
    result.problems.unshift({ file, field: "(file name)", message: `got ${found}, ${expected}`, blocking: true });
  }
  return { draft, file, text, existing, result };
}

/** Writes `text` to `file` so that no reader ever sees half of it: a temporary file, then a rename. */
async function writeAtomically(file: string, text: string) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function answer(server: DevServer, request: IncomingMessage, response: ServerResponse, url: URL) {
  const root = server.config.root;
  const route = url.pathname;
  if (route === "/admin" || route === "/admin/" || route === "/admin/index.html") {
    const page = await readFile(path.join(root, "src/cms/index.html"));
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    return response.end(page);
  }
  if (route === "/admin/editor.css") {
    const css = await readFile(path.join(root, "src/cms/editor.css"));
    response.writeHead(200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-store" });
    return response.end(css);
  }
  const mods = await modules(server);
  if (route === "/admin/api/form.json" && request.method === "GET") return json(response, 200, mods.form.formModel());
  if (route === "/admin/api/profiles.json" && request.method === "GET") {
    const lists: Record<string, ProfileSummary[]> = {};
    for (const profile of await storedProfiles(root)) {
      const parts = mods.edit.readProfileParts(profile.text);
      const data = typeof parts === "string" ? {} : parts.data;
      const name = String(data.title ?? data.name ?? profile.slug);
      const detail = data.year ?? data.nameHangul;
      const label = detail === undefined ? name : `${name} (${String(detail)})`;
      (lists[profile.collection] ??= []).push({ slug: profile.slug, label });
    }
    for (const list of Object.values(lists)) list.sort((a, b) => a.label.localeCompare(b.label, "en"));
    return json(response, 200, lists);
  }
  if (route === "/admin/api/profile.json" && request.method === "GET") {
    const collection = collectionOf(url.searchParams.get("collection"));
    const slug = slugOf(url.searchParams.get("slug"));
    const file = mods.check.profilePath(collection, slug);
    const text = await readFile(path.join(root, file), "utf8").catch(() => {
      throw new RequestProblem(404, `${file} does not exist`);
    });
    const parts = mods.edit.readProfileParts(text);
    if (typeof parts === "string") throw new RequestProblem(422, `${file} cannot be opened in the form: ${parts}`);
    const draft: ProfileDraft = { collection, slug, data: parts.data, body: parts.body, revision: digest(text) };
    return json(response, 200, draft);
  }
  if (route === "/admin/api/check.json" && request.method === "POST") {
    const { result } = await prepare(root, await readJson(request), mods);
    return json(response, 200, result);
  }
  if (route === "/admin/api/save.json" && request.method === "POST") {
    const { draft, file, text, existing, result } = await prepare(root, await readJson(request), mods);
    if (existing && !draft.isNew && digest(existing.text) !== draft.revision) {
      throw new RequestProblem(409, `${file} changed on disk since it was opened: reload it, then redo the change`);
    }
    if (result.problems.some((problem) => problem.blocking)) return json(response, 422, result);
    if (!existing || existing.text !== text) await writeAtomically(path.join(root, file), text);
    return json(response, 200, { ...result, slug: draft.slug, revision: digest(text) });
  }
  throw new RequestProblem(404, `no editor route ${route}`);
}

/** The dev server middleware that serves /admin/. */
export function editorMiddleware(server: DevServer) {
  return async (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return next();
    try {
      await answer(server, request, response, url);
    } catch (error) {
      if (error instanceof RequestProblem) return json(response, error.status, { error: error.message });
      if (error instanceof SyntaxError) return json(response, 400, { error: `not JSON: ${error.message}` });
      return next(error);
    }
  };
}
