// `npm run check:content`: every content problem in src/content, without a build. It runs the
// content layer (`astro sync`), whose loaders check every profile (schemas, links, placeholders),
// then the prose rules (src/catalog/prose-rules.ts) over each file; exits 1 when there is any problem.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sync } from "astro";
import { formatProblemList } from "../src/catalog/errors";
import { ContentProblemsError } from "../src/catalog/content-problems-error";
import { CONTENT_DIR } from "../src/catalog/loader";
import { proseProblems } from "../src/catalog/prose-rules";
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

async function proseRuleProblems(): Promise<string[]> {
  const files = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const names = (await readdir(path.join(CONTENT_DIR, collection))).filter((name) => name.endsWith(".mdx")).sort();
      return names.map((name) => path.posix.join(CONTENT_DIR, collection, name));
    }),
  );
  const problems = await Promise.all(
    files.flat().map(async (file) => proseProblems(file, await readFile(file, "utf8"))),
  );
  return problems.flat();
}

const problems = [...(await contentLayerProblems()), ...(await proseRuleProblems())];
if (problems.length === 0) console.log("content check passed: no problems");
else {
  console.error(formatProblemList(problems));
  process.exitCode = 1;
}
