// `npm run check:content`: every content problem in src/content, without a build. It runs the
// content layer (`astro sync`), whose loaders check every profile (schemas, links, placeholders),
// then the content rules (src/catalog/content-rules.ts: source classes, romanization, prose) over
// every profile file; exits 1 when there is any problem.
import { sync } from "astro";
import { formatProblemList } from "../src/catalog/errors";
import { ContentProblemsError } from "../src/catalog/content-problems-error";
import { contentRuleProblems } from "../src/catalog/content-rules";
import { readProfileFiles } from "../src/catalog/profile-files";

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

const problems = [...(await contentLayerProblems()), ...contentRuleProblems(await readProfileFiles(process.cwd()))];
if (problems.length === 0) console.log("content check passed: no problems");
else {
  console.error(formatProblemList(problems));
  process.exitCode = 1;
}
