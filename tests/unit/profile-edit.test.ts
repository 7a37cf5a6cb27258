/**
 * Saving from the editor changes only what the editor changed (src/cms/profile-edit.ts): comments,
 * key order, quoting and the MDX body of everything else stay byte for byte.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { fieldOrder } from "../../src/cms/form-model";
import { composeProfile, readProfileParts } from "../../src/cms/profile-edit";
import { COLLECTIONS } from "../../src/schemas/collections";

const PROFILE = `---
# Checked against the broadcaster's page.
title: 'Quoted Title'
titleHangul: "시험 드라마"
titleRomanized: Siheom Deurama   # plain, with a trailing comment
year: 2020
network: tvN
episodes: 16
genres: [romance, comedy]
moods:
  longing:
    weight: 3
    why: "A reason: with a colon, so it is quoted."
sources:
  - https://en.wikipedia.org/wiki/test-drama
added: 2026-01-01
---

A body with <Spoiler>markup</Spoiler>, kept as written.

Second paragraph.
`;

function parts(text: string) {
  const read = readProfileParts(text);
  if (typeof read === "string") throw new Error(read);
  return read;
}

/** The lines that differ between two texts of the same length in lines. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index): [string, string][] => (line === b[index] ? [] : [[line, b[index]!]]));
}

describe("composeProfile", () => {
  test("editing one field changes exactly that line, comments, quoting and body stay", () => {
    const { data, body } = parts(PROFILE);
    const saved = composeProfile(PROFILE, { ...data, episodes: 20 }, body, fieldOrder("dramas"));
    expect(changedLines(PROFILE, saved)).toEqual([["episodes: 16", "episodes: 20"]]);
  });

  test("a changed quoted value keeps its quotes, and a plain one with a trailing comment keeps it", () => {
    const { data, body } = parts(PROFILE);
    const saved = composeProfile(
      PROFILE,
      { ...data, title: "Other Title", titleRomanized: "Dareun Deurama" },
      body,
      fieldOrder("dramas"),
    );
    expect(changedLines(PROFILE, saved)).toEqual([
      ["title: 'Quoted Title'", "title: 'Other Title'"],
      [
        "titleRomanized: Siheom Deurama   # plain, with a trailing comment",
        "titleRomanized: Dareun Deurama # plain, with a trailing comment",
      ],
    ]);
  });

  test("a nested value changes in place; the body changes only when the editor changed it", () => {
    const { data, body } = parts(PROFILE);
    const moods = structuredClone(data.moods) as Record<string, { weight: number; why: string }>;
    moods.longing!.weight = 2;
    const saved = composeProfile(PROFILE, { ...data, moods }, body, fieldOrder("dramas"));
    expect(changedLines(PROFILE, saved)).toEqual([["    weight: 3", "    weight: 2"]]);

    const newBody = body.replace("Second paragraph.", "Another paragraph.");
    const withBody = composeProfile(PROFILE, data, newBody, fieldOrder("dramas"));
    expect(changedLines(PROFILE, withBody)).toEqual([["Second paragraph.", "Another paragraph."]]);
  });

  test("an optional field the editor left empty is not written; a new field goes where the schema puts it", () => {
    const { data, body } = parts(PROFILE);
    const saved = composeProfile(PROFILE, { ...data, endYear: 2021, aliases: [""] }, body, fieldOrder("dramas"));
    expect(saved).not.toContain("aliases");
    const lines = saved.split("\n");
    expect(lines.indexOf("endYear: 2021")).toBe(lines.indexOf("year: 2020") + 1);
  });

  test("what the editor adds is written the way the catalogue writes it", () => {
    const { data, body } = parts(PROFILE);
    const tags = [{ tag: "seoul", why: "Set in Seoul: mostly in one flat." }];
    const saved = composeProfile(PROFILE, { ...data, tags, advisories: ["death"] }, body, fieldOrder("dramas"));
    expect(saved).toContain('tags:\n  - tag: seoul\n    why: "Set in Seoul: mostly in one flat."\n');
    expect(saved).toContain("advisories: [death]\n");

    const created = composeProfile(undefined, { ...data, title: "New: A Test" }, "Body.", fieldOrder("dramas"));
    expect(created).toContain('title: "New: A Test"\n');
    expect(created).toContain("genres: [romance, comedy]\n");
    expect(created).toContain('    why: "A reason: with a colon, so it is quoted."\n');
    expect(parts(created).data).toEqual({ ...data, title: "New: A Test" });
  });

  test("every profile in src/content survives opening and saving unchanged", () => {
    for (const collection of COLLECTIONS) {
      const folder = new URL(`../../src/content/${collection}/`, import.meta.url);
      const order = fieldOrder(collection);
      for (const name of readdirSync(folder)
        .filter((each) => each.endsWith(".mdx"))
        .sort()) {
        const text = readFileSync(path.join(folder.pathname, name), "utf8");
        const { data, body } = parts(text);
        expect(composeProfile(text, data, body, order), `${collection}/${name}`).toBe(text);
      }
    }
  });
});
