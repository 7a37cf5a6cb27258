import { cp } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { cmsConfig, type CmsField } from "../../src/cms/config";
import { emptyPaths } from "../../src/cms/empty-fields";
import { MAX_MOOD_REASON_LENGTH, MOOD_SLUGS } from "../../src/schemas/moods";
import { artistSchema } from "../../src/schemas/artist";
import { dramaSchema } from "../../src/schemas/drama";
import { songSchema } from "../../src/schemas/song";
import { fixturesDir, withFixture } from "./content-fixtures";
import { checkContent } from "./content-layer";

/** The content editor's form is generated from the schemas: it must offer exactly their fields. */
const config = cmsConfig({ localBackendUrl: "http://127.0.0.1:8081/api/v1" });
const collection = (name: string) => config.collections.find((each) => each.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((each) => each.name === name)!;
const shapeOf = (schema: unknown) => Object.keys((schema as { shape: object }).shape);

describe("the content editor's configuration", () => {
  test.each([
    ["dramas", dramaSchema],
    ["songs", songSchema],
    ["artists", artistSchema],
  ] as const)("%s: every schema field, each with a label and help text, then the body", (name, schema) => {
    const fields = collection(name).fields as CmsField[];
    expect(fields.map((each) => each.name)).toEqual([...shapeOf(schema), "body"]);
    for (const each of fields) {
      expect(each.label, each.name).not.toBe(each.name);
      expect(each.hint, each.name).toBeTruthy();
    }
    expect(collection(name)).toMatchObject({ folder: `src/content/${name}`, extension: "mdx", format: "frontmatter" });
  });

  test("moods are the twelve choices, each a weight 1–3 and a reason of at most 140 characters", () => {
    const moods = field(collection("songs").fields as CmsField[], "moods");
    const choices = moods.fields as CmsField[];
    expect(choices.map((choice) => choice.name)).toEqual([...MOOD_SLUGS]);
    for (const choice of choices) {
      const [weight, why] = choice.fields as CmsField[];
      expect((weight!.options as { value: number }[]).map((option) => option.value)).toEqual([1, 2, 3]);
      expect(why!.pattern).toEqual([`^[\\s\\S]{1,${MAX_MOOD_REASON_LENGTH}}$`, "At most 140 characters"]);
    }
    expect(moods.hint).toContain("Pick 1–4 moods");
    expect(field(collection("dramas").fields as CmsField[], "moods").hint).toContain("Pick 2–5 moods");
  });

  test("a song's drama and singers, and a cast member's artist, are pickers of existing profiles", () => {
    const song = collection("songs").fields as CmsField[];
    expect(field(song, "drama")).toMatchObject({ widget: "relation", collection: "dramas", multiple: false });
    expect(field(song, "artists")).toMatchObject({ widget: "relation", collection: "artists", multiple: true, min: 1 });
    const cast = field(collection("dramas").fields as CmsField[], "cast");
    expect(cast).toMatchObject({ widget: "list", min: 2, max: 4, required: true });
    const person = cast.fields as CmsField[];
    expect(person.map((each) => each.name)).toEqual(["name", "nameHangul", "alsoKnownAs", "artist"]);
    expect(field(person, "artist")).toMatchObject({ widget: "relation", collection: "artists", required: false });
    expect(field(person, "nameHangul").pattern).toEqual([expect.stringContaining("\\uac00"), expect.any(String)]);
  });

  test("enums are selects, sources a list of links, dates default to today in UTC", () => {
    const drama = collection("dramas").fields as CmsField[];
    expect(field(drama, "network")).toMatchObject({
      widget: "select",
      options: expect.arrayContaining(["tvN", "JTBC"]),
    });
    expect(field(drama, "genres")).toMatchObject({ widget: "select", multiple: true, min: 1, max: 4 });
    expect(field(drama, "sources")).toMatchObject({ widget: "list", min: 1, field: { widget: "string" } });
    expect(field(drama, "added")).toMatchObject({ widget: "datetime", picker_utc: true, default: "{{now}}" });
    expect(field(drama, "episodes")).toMatchObject({ widget: "number", value_type: "int", min: 1 });
  });
});

describe("saving from the editor", () => {
  test("finds the fields left empty, deepest and last first", () => {
    expect(
      emptyPaths({
        title: "Song",
        titleHangul: "",
        moods: { longing: { weight: 3, why: "A reason." }, healing: { weight: undefined, why: "" }, epic: {} },
        sources: ["https://example.org", " "],
        milestones: [],
      }),
    ).toEqual([["titleHangul"], ["sources", 1], ["moods", "healing"], ["moods", "epic"], ["milestones"]]);
  });

  test("a song as Decap CMS writes it passes the content check as it is", async () => {
    // tests/fixtures/content/cms-saved holds a file the editor wrote in the browser test
    // (tests/admin/editor.spec.ts), its links pointed at the fixture catalogue.
    const problems = await withFixture(undefined, async (root) => {
      await cp(path.join(fixturesDir, "cms-saved"), path.join(root, "src/content"), { recursive: true });
      return checkContent(root);
    });
    expect(problems).toEqual([]);
  });
});
