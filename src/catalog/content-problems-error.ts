/**
 * Every content problem at once, as Astro shows it: in `astro build` a numbered list and a hint, in
 * `astro dev` the browser's error overlay with the first problem's file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatProblemList, PROBLEM_LIST_HINT } from "./errors";
import { lineOfProblem } from "./profile-file";

/** The id of the `contentProblems` collection's one entry, which lists every problem found. */
export const CONTENT_PROBLEMS_ENTRY = "all";

export class ContentProblemsError extends Error {
  /**
   * Astro prints an error of type "AstroError" as it is: without this, an error thrown by a loader is
   * wrapped in "`astro sync` command failed to generate content collection types" with a hint that
   * blames the content config (astro/dist/core/sync/index.js).
   */
  readonly type = "AstroError";
  readonly title = "Content problems";
  readonly hint = PROBLEM_LIST_HINT;
  /** The first problem's file and line, so the dev overlay shows and opens it there. */
  readonly loc?: { file: string; line: number; column: number };

  constructor(
    readonly problems: readonly string[],
    projectRoot?: string,
  ) {
    super(formatProblemList(problems));
    this.name = "ContentError";
    // The list says everything; a stack trace into Astro's internals would only bury it.
    this.stack = "";
    const firstFile = /^(\S+\.mdx) ›/.exec(problems[0] ?? "")?.[1];
    if (projectRoot && firstFile) {
      const file = path.join(projectRoot, firstFile);
      let line = 1;
      try {
        line = lineOfProblem(readFileSync(file, "utf8"), problems[0]!);
      } catch {
        // The file is gone (a deleted profile): point at its first line.
      }
      this.loc = { file, line, column: 1 };
    }
  }
}
