// `npm run check:content`: every content problem in src/content, without a build. It runs the
// content layer (`astro sync`), whose loaders check every profile; exits 1 when there is any problem.
import { sync } from "astro";
import { formatProblemList } from "../src/catalog/errors";
import { ContentProblemsError } from "../src/catalog/content-problems-error";

try {
  await sync({ root: process.cwd(), logLevel: "error" });
  console.log("content check passed: no problems");
} catch (error) {
  const problems = (error as Partial<ContentProblemsError>).problems;
  if (!Array.isArray(problems)) throw error;
  console.error(formatProblemList(problems));
  process.exitCode = 1;
}
