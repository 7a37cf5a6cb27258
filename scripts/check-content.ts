// `npm run check:content`: every content problem in src/content, without a build. It runs the
// content layer (`astro sync`), whose loaders check every profile (schemas, links, placeholders),
// then the content rules (src/catalog/content-rules.ts: source classes, romanization, prose) over
// every profile file; exits 1 when there is any problem.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sync } from "astro";
import { formatProblemList } from "../src/catalog/errors";
import { ContentProblemsError } from "../src/catalog/content-problems-error";
import { CONTENT_DIR } from "../src/catalog/loader";
import { contentRuleProblems, type ProfileFile } from "../src/catalog/content-rules";
import { COLLECTIONS } from "../src/schemas/collections";

async function contentLayerProblems(): Promise<string[]> {
  try {
    await sync({ root: process.cwd(), logLevel: "error" });
    return [];
  } catch (error) {
    const problems = (error as Partial<ContentProblemsError>).problems;
    if (!Array.isArray(problems)) throw error;
    return problems;
  }
}

async function profileFiles(): Promise<ProfileFile[]> {
  const files = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const names = (await readdir(path.join(CONTENT_DIR, collection))).filter((name) => name.endsWith(".mdx")).sort();
      return names.map((name) => path.posix.join(CONTENT_DIR, collection, name));
    }),
  );
  return Promise.all(files.flat().map(async (file) => ({ file, text: await readFile(file, "utf8") })));
}

const problems = [...(await contentLayerProblems()), ...contentRuleProblems(await profileFiles())];
if (problems.length === 0) console.log("content check passed: no problems");
else {
  console.error(formatProblemList(problems));
  process.exitCode = 1;
}
