/**
 * The editor's check (src/cms/editor-check.ts) says what the build says: a draft the build would
 * refuse is refused with the build's own words on the field they name, a draft it accepts passes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkDraft, profilePath, splitProblem, type ProfileFile } from "../../src/cms/editor-check";
import { composeProfile, readProfileParts } from "../../src/cms/profile-edit";
import { fieldOrder } from "../../src/cms/form-model";
import { validateCatalog } from "../../src/catalog/validation";
import { parseProfileText } from "../../src/catalog/profile-file";
import type { CollectionName } from "../../src/schemas/collections";

const fixture = (collection: CollectionName, slug: string): ProfileFile => {
  const file = profilePath(collection, slug);
  const text = readFileSync(new URL(`../fixtures/content/base/${collection}/${slug}.mdx`, import.meta.url), "utf8");
  return { collection, slug, file, text };
};

const stored = [fixture("artists", "test-singer"), fixture("dramas", "test-drama"), fixture("songs", "test-song")];

/** A new drama, as the form would send it: the fixture drama's fields under another title. */
function newDrama(change: (data: Record<string, unknown>) => void): ProfileFile {
  const parts = readProfileParts(fixture("dramas", "test-drama").text);
  if (typeof parts === "string") throw new Error(parts);
  const data = structuredClone(parts.data);
  Object.assign(data, {
    title: "Second Test Drama",
    titleHangul: "두번째 드라마",
    titleRomanized: "Dubeonjjae Deurama",
  });
  change(data);
  const text = composeProfile(undefined, data, "A second fixture introduction.", fieldOrder("dramas"));
  return { collection: "dramas", slug: "second-test-drama", file: profilePath("dramas", "second-test-drama"), text };
}

/** The build's own problems for the same files: the content layer's validation of every profile. */
function buildProblems(files: readonly ProfileFile[]): string[] {
  return validateCatalog(
    files.map(({ collection, slug, file, text }) => {
      const parsed = parseProfileText(file, text);
      if (typeof parsed === "string") throw new Error(parsed);
      return { collection, slug, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine };
    }),
  ).problems;
}

describe("checkDraft", () => {
  test("a draft citing a lyrics site is refused with the build's message on sources", async () => {
    const draft = newDrama((data) => {
      data.sources = ["https://en.wikipedia.org/wiki/Second", "https://www.azlyrics.com/lyrics/second.html"];
    });
    const result = await checkDraft(stored, draft);
    const blocking = result.problems.filter((problem) => problem.blocking);
    // Every blocking problem is on the lyrics site's line of sources (the content rules add that
    // its host is not classified, as `npm run check:content` does).
    expect(new Set(blocking.map((problem) => `${problem.file} › ${problem.field}`))).toEqual(
      new Set(["src/content/dramas/second-test-drama.mdx › sources.1"]),
    );
    const refusal = blocking.find((problem) => problem.message.includes("expected a source that is not a lyrics site"));
    expect(refusal).toBeDefined();

    // Word for word what the build reports for the same file.
    const fromBuild = buildProblems([...stored, draft]).find((problem) => problem.includes("lyrics site"));
    expect(fromBuild).toBeDefined();
    expect(splitProblem(fromBuild!)).toEqual({ file: draft.file, field: "sources.1", message: refusal!.message });
  });

  test("the same draft with the lyrics site removed has nothing blocking", async () => {
    const draft = newDrama((data) => {
      data.sources = ["https://en.wikipedia.org/wiki/Second"];
    });
    const result = await checkDraft(stored, draft);
    expect(result.problems.filter((problem) => problem.blocking)).toEqual([]);
    // A new drama's songs are added after it: the build's note is shown, but does not stop the save.
    expect(result.problems.map((problem) => problem.field)).toEqual(["(songs)"]);
  });

  test("a drama that does not exist, named by a song, is refused on that field", async () => {
    const song = fixture("songs", "test-song");
    const draft = { ...song, text: song.text.replace(/^drama: .*$/m, "drama: no-such-drama") };
    const result = await checkDraft(stored, draft);
    const problem = result.problems.find((each) => each.field === "drama");
    expect(problem?.blocking).toBe(true);
    expect(problem?.message).toContain('got "no-such-drama", expected the slug of an existing drama');
  });

  test("a required field left empty is refused, an optional one left empty is fine", async () => {
    const withoutHangul = newDrama((data) => {
      data.titleHangul = "";
      data.sources = ["https://en.wikipedia.org/wiki/Second"];
    });
    const refused = await checkDraft(stored, withoutHangul);
    expect(refused.problems.filter((each) => each.blocking).map((each) => each.field)).toEqual(["titleHangul"]);

    const withoutAliases = newDrama((data) => {
      data.aliases = [];
      data.endYear = "";
      data.writers = [];
      data.sources = ["https://en.wikipedia.org/wiki/Second"];
    });
    const accepted = await checkDraft(stored, withoutAliases);
    expect(accepted.problems.filter((each) => each.blocking)).toEqual([]);
  });

  test("a field that breaks its schema's pattern is refused with the schema's message", async () => {
    const draft = newDrama((data) => {
      data.titleHangul = "Second Drama";
      data.sources = ["https://en.wikipedia.org/wiki/Second"];
    });
    const result = await checkDraft(stored, draft);
    const problem = result.problems.find((each) => each.field === "titleHangul");
    expect(problem?.blocking).toBe(true);
    expect(problem?.message).toMatch(/^got "Second Drama", expected .*Hangul/);
  });
});
