/**
 * The editor's form (src/cms/form-model.ts) is generated from the Zod schemas the build checks with:
 * the tests compare it with the schemas and vocabularies themselves, so a field added to a schema
 * shows up here, and the form's labels and help stay in plain language.
 */
import { describe, expect, test } from "vitest";
import { fieldOrder, formModel } from "../../src/cms/form-model";
import type { FormField } from "../../src/cms/form-types";
import { dramaSchema, NETWORKS } from "../../src/schemas/drama";
import { MOODS } from "../../src/schemas/moods";
import { STORY_TAGS } from "../../src/schemas/story-tags";

const model = formModel();
const collection = (name: string) => model.collections.find((each) => each.name === name)!;
const field = (fields: FormField[], name: string) => {
  const found = fields.find((each) => each.name === name);
  if (!found) throw new Error(`no field ${name} in ${fields.map((each) => each.name).join(", ")}`);
  return found;
};

/** Every field in the model, nested ones included, with the path an editor would read. */
function allFields(fields: FormField[], prefix = ""): [string, FormField][] {
  return fields.flatMap((each): [string, FormField][] => {
    const here: [string, FormField] = [`${prefix}${each.name}`, each];
    if (each.kind === "group" || each.kind === "rows") return [here, ...allFields(each.fields, `${here[0]}.`)];
    return [here];
  });
}

describe("formModel", () => {
  test("has the three collections, each with every field its schema has, in schema order", () => {
    expect(model.collections.map((each) => each.name)).toEqual(["dramas", "songs", "artists"]);
    for (const each of model.collections) {
      expect(each.fields.map((one) => one.name)).toEqual(fieldOrder(each.name));
    }
    expect(fieldOrder("dramas")).toEqual(Object.keys(dramaSchema.shape));
  });

  test("a field the schema requires is required; one that is optional or has a default is not", () => {
    const dramas = collection("dramas").fields;
    expect(field(dramas, "title")).toMatchObject({ required: true, kind: "text", label: "English title" });
    expect(field(dramas, "titleHangul").required).toBe(true);
    expect(field(dramas, "endYear").required).toBe(false);
    expect(field(dramas, "aliases").required).toBe(false);
  });

  test("an enum becomes a choice of exactly the schema's values", () => {
    const network = field(collection("dramas").fields, "network");
    expect(network.kind).toBe("select");
    if (network.kind !== "select") return;
    expect(network.options.map((option) => option.value)).toEqual([...NETWORKS]);
  });

  test("a day field (a YYYY-MM-DD pattern in the schema) becomes a date picker, a URL list a list of links", () => {
    const dramas = collection("dramas").fields;
    expect(field(dramas, "added").kind).toBe("date");
    const sources = field(dramas, "sources");
    expect(sources).toMatchObject({ kind: "list", min: 1, item: { kind: "text", url: true } });
  });

  test("a link to another profile is a picker of that collection", () => {
    expect(field(collection("songs").fields, "drama")).toMatchObject({ kind: "reference", collection: "dramas" });
  });

  test("story tags are a picker grouped by kind, each tag with its definition as help", () => {
    const tags = field(collection("dramas").fields, "tags");
    expect(tags.kind).toBe("tags");
    if (tags.kind !== "tags") return;
    const offered = tags.groups.flatMap((group) => group.options);
    expect(offered.map((option) => option.value).sort()).toEqual(STORY_TAGS.map((tag) => tag.slug).sort());
    for (const option of offered) {
      const tag = STORY_TAGS.find((each) => each.slug === option.value)!;
      expect(option.help).toBe(tag.definition);
    }
  });

  test("moods offer every mood with its description", () => {
    const moods = field(collection("songs").fields, "moods");
    expect(moods.kind).toBe("moods");
    if (moods.kind !== "moods") return;
    expect(moods.moods.map((mood) => [mood.value, mood.help])).toEqual(MOODS.map((m) => [m.slug, m.description]));
  });

  test("every field has a label and plain-language help, never a code name", () => {
    for (const each of model.collections) {
      for (const [path, one] of allFields(each.fields)) {
        const where = `${each.name} › ${path}`;
        expect(one.label, where).not.toBe(one.name === "item" ? "" : one.name);
        if (path.includes(".")) continue; // a row's sub-fields are explained by their row's help
        expect(one.help.length, `${where} has no help`).toBeGreaterThan(10);
        // No constant names (MOOD_COUNT.songs), file paths or backticked code in what an editor reads.
        expect(one.help, where).not.toMatch(/[A-Z]{2,}_[A-Z]|`|src\/|\.ts\b/);
      }
    }
  });
});
