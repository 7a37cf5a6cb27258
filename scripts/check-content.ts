// `npm run check:content`: every content problem in src/content, without a build. Exits 1 when any.
import { checkContent } from "../src/integrations/content-check";

const problems = await checkContent(process.cwd());
if (problems.length === 0) {
  console.log("content check passed");
} else {
  problems.forEach((problem, index) => console.error(`${index + 1}. ${problem}`));
  process.exit(1);
}
