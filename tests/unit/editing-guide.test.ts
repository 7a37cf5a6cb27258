import { readFileSync } from "node:fs";
import { z } from "astro/zod";
import { describe, expect, test } from "vitest";
import { MIN_SONGS_PER_DRAMA, MOOD_COUNT } from "../../src/schemas/editorial-rules";
import { artistSchema } from "../../src/schemas/artist";
import { dramaSchema } from "../../src/schemas/drama";
import { songSchema } from "../../src/schemas/song";
import { PRIMARY_SOURCE_CLASSES, SECONDARY_SOURCE_CLASSES } from "../../src/schemas/source-hosts";

/** The editor's guide documents exactly the fields the schemas accept, so the two cannot drift apart. */
const guide = readFileSync(new URL("../../docs/editing.md", import.meta.url), "utf8");

function documentedFields(heading: string): string[] {
  const section = guide.split(/^### /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`docs/editing.md has no "### ${heading}" section`);
  return [...section.matchAll(/^\|\s*`([a-zA-Z]+)`\s*\|/gm)].map((match) => match[1]!).sort();
}

/** The fields a profile may have, as Zod's JSON Schema of the input lists them. */
const shapeOf = (schema: z.ZodType): string[] => {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: object };
  return Object.keys(json.properties ?? {}).sort();
};

describe("docs/editing.md", () => {
  test.each([
    ["Dramas", dramaSchema],
    ["Songs", songSchema],
    ["Artists", artistSchema],
  ] as const)("documents every %s field", (heading, schema) => {
    expect(documentedFields(heading)).toEqual(shapeOf(schema));
  });
});

describe("the guide states the editorial rules the checks apply", () => {
  test("mood counts and songs per drama", () => {
    const text = guide.replace(/\s+/g, " ");
    expect(text).toContain(`A drama lists ${MOOD_COUNT.dramas.min}–${MOOD_COUNT.dramas.max} moods`);
    expect(text).toContain(`a song ${MOOD_COUNT.songs.min}–${MOOD_COUNT.songs.max}`);
    expect(MIN_SONGS_PER_DRAMA).toBe(1);
    expect(text).toContain("a drama needs a song before it can be built");
  });
});

describe("the guide lists the source classes the content check applies", () => {
  test("every class once, as primary or secondary as src/schemas/source-hosts.ts has it", () => {
    const section = guide.split(/^### /m).find((part) => part.startsWith("Source classes"));
    if (!section) throw new Error('docs/editing.md has no "### Source classes" section');
    const rows = [...section.matchAll(/^\|\s*([a-zA-Z][a-zA-Z -]*?)\s*\|\s*(primary|secondary)\s*\|/gm)];
    const listed = (kind: string) => rows.filter((row) => row[2] === kind).map((row) => row[1]!);
    expect(listed("primary")).toEqual([...PRIMARY_SOURCE_CLASSES]);
    expect(listed("secondary")).toEqual([...SECONDARY_SOURCE_CLASSES]);
  });
});
