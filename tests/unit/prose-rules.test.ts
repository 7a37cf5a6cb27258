import { describe, expect, test } from "vitest";
import { PRAISE_WORDS, proseProblems } from "../../src/catalog/prose-rules";

const profile = (body: string, why = "Quiet longing over the years.") =>
  `---\ntitle: "A drama"\nmoods:\n  longing:\n    weight: 3\n    why: "${why}"\n---\n\n${body}\n`;
const FILE = "src/content/dramas/a-drama.mdx";

describe("prose rules", () => {
  test("an episode reference outside <Spoiler> is named with its file line", () => {
    const problems = proseProblems(FILE, profile("A calm start.\nIn episode 8 it all turns."));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FILE} › (body) (line 10)`);
    expect(problems[0]).toContain("episode 8");
  });

  test("episode references inside <Spoiler>, even over several lines, are allowed", () => {
    const body = "A calm start.\n\n<Spoiler>\nIn ep. 3 the truth comes out.\n</Spoiler>\n";
    expect(proseProblems(FILE, profile(body))).toEqual([]);
  });

  test("praise words are refused in the body and in mood reasons, each where it stands", () => {
    const problems = proseProblems(FILE, profile("An iconic soundtrack.", "The greatest ache."));
    expect(problems).toHaveLength(2);
    expect(problems.find((problem) => problem.includes("(body)"))).toContain("(line 9)");
    expect(problems.find((problem) => problem.includes("moods.longing.why"))).toContain("(line 6)");
    for (const problem of problems) expect(problem).toContain(PRAISE_WORDS.join(", "));
  });

  test("a word that only contains a praise word is not praise", () => {
    expect(proseProblems(FILE, profile("The iconically named café."))).toEqual([]);
  });

  test("a file that does not parse is left to the content layer", () => {
    expect(proseProblems(FILE, "no frontmatter, episode 3")).toEqual([]);
  });
});
