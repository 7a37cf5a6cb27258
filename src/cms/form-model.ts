/**
 * The content editor's form, generated from the same truth as the build's checks: the Zod schemas in
 * src/schemas (field names, kinds, choices, and each field's `.meta({ title, description })` as label
 * and help text), the mood list and the story-tag vocabulary, read through Zod's own JSON Schema
 * output (z.toJSONSchema), never its internals. A field added to a schema appears in the form without
 * writing it a second time here. The form only lays fields out: every rule (required, patterns,
 * counts, lyric hosts, links to other profiles) is checked by the build's own code on the dev server
 * (editor-check.ts), which returns the build's messages to show beside each field.
 *
 * The model is plain JSON, so the page's module (editor.tsx) needs nothing from the schemas.
 */
import { z } from "astro/zod";
import { artistSchema } from "../schemas/artist";
import { COLLECTIONS, type CollectionName } from "../schemas/collections";
import { dramaSchema } from "../schemas/drama";
import { MOOD_COUNT, TAG_COUNT } from "../schemas/editorial-rules";
import { MAX_MOOD_REASON_LENGTH, MAX_MOOD_WEIGHT, MIN_MOOD_WEIGHT, MOODS } from "../schemas/moods";
import { songSchema } from "../schemas/song";
import { MAX_TAG_REASON_LENGTH } from "../schemas/story-tag-list";
import { STORY_TAGS, TAG_KIND_NAMES, TAG_KINDS } from "../schemas/story-tags";
import type { Choice, FormField, FormModel } from "./form-types";

/** A field as JSON Schema (draft 2020-12) describes it: what `z.toJSONSchema` writes for our schemas. */
interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  /** Our own meta: the collection whose slugs the field holds. */
  reference?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  default?: unknown;
  minItems?: number;
  maxItems?: number;
}

/** The form sees what an editor writes: the schema's input side, transforms and refinements aside. */
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

const DAY_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;
const isDay = (node: JsonSchema) => (node.anyOf ?? []).some((option) => option.pattern === DAY_PATTERN);

/** A mood map: an object whose keys are free (mood slugs) and whose values are all alike. */
const isRecord = (node: JsonSchema) =>
  node.type === "object" && !node.properties && typeof node.additionalProperties === "object";

/** A story-tag list: objects of { tag, why }. */
const isTagList = (node: JsonSchema) =>
  node.type === "array" && Object.keys(node.items?.properties ?? {}).join(",") === "tag,why";

const WEIGHT_NAMES: Record<number, string> = { 1: "a touch", 2: "clearly there", 3: "defining" };

const choices = (values: unknown[]): Choice[] =>
  values.map((value) => ({ value: String(value), label: String(value) }));

interface Counts {
  moods: { min: number; max: number };
  tags: { min: number; max: number };
}

function scalarField(name: string, label: string, help: string, required: boolean, node: JsonSchema): FormField {
  const base = { name, label, help, required };
  if (typeof node.reference === "string") {
    return { ...base, kind: "reference", collection: node.reference as CollectionName };
  }
  if (isDay(node)) return { ...base, kind: "date" };
  if (node.enum) return { ...base, kind: "select", options: choices(node.enum) };
  if (node.type === "boolean") return { ...base, kind: "boolean" };
  if (node.type === "integer" || node.type === "number") return { ...base, kind: "number" };
  if (node.type === "string") return { ...base, kind: "text", url: node.format === "uri" };
  throw new Error(`form-model: no form field for ${name}, a schema of type ${node.type ?? JSON.stringify(node)}`);
}

function formField(name: string, node: JsonSchema, required: boolean, counts: Counts): FormField {
  const label = node.title ?? name;
  const help = node.description ?? "";
  const base = { name, label, help, required };
  if (isRecord(node)) {
    const weights = Array.from({ length: MAX_MOOD_WEIGHT - MIN_MOOD_WEIGHT + 1 }, (_, i) => MIN_MOOD_WEIGHT + i);
    return {
      ...base,
      kind: "moods",
      ...counts.moods,
      reasonMax: MAX_MOOD_REASON_LENGTH,
      weights: weights.map((weight) => ({ value: String(weight), label: `${weight} — ${WEIGHT_NAMES[weight]}` })),
      moods: MOODS.map((mood) => ({
        value: mood.slug,
        label: `${mood.name} · ${mood.nameHangul}`,
        help: mood.description,
      })),
    };
  }
  if (isTagList(node)) {
    return {
      ...base,
      kind: "tags",
      ...counts.tags,
      reasonMax: MAX_TAG_REASON_LENGTH,
      groups: TAG_KINDS.map((kind) => ({
        label: TAG_KIND_NAMES[kind],
        options: STORY_TAGS.filter((tag) => tag.kind === kind)
          .map((tag) => ({ value: tag.slug, label: tag.name, help: tag.definition }))
          .sort((a, b) => a.label.localeCompare(b.label, "en")),
      })),
    };
  }
  if (node.type === "object") return { ...base, kind: "group", fields: objectFields(node, counts) };
  if (node.type === "array") {
    const element = node.items ?? {};
    const limits = { min: node.minItems, max: node.maxItems };
    if (typeof node.reference === "string") {
      return {
        ...base,
        ...limits,
        kind: "list",
        item: scalarField("item", label, "", true, { ...element, reference: node.reference }),
      };
    }
    if (element.enum) return { ...base, ...limits, kind: "checkboxes", options: choices(element.enum) };
    if (element.type === "object") return { ...base, ...limits, kind: "rows", fields: objectFields(element, counts) };
    return { ...base, ...limits, kind: "list", item: scalarField("item", label, "", true, element) };
  }
  return scalarField(name, label, help, required, node);
}

function objectFields(node: JsonSchema, counts: Counts): FormField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, field]) =>
    // A field with a default (an empty list) may be left out: it is optional to the editor.
    formField(name, field, required.has(name) && field.default === undefined, counts),
  );
}

/** What each collection's MDX body holds, as the form's last field. */
const BODIES: Record<CollectionName, { label: string; help: string }> = {
  dramas: {
    label: "Introduction",
    help: "Two to four sentences of our own, spoiler-free, for someone who has never seen it.",
  },
  songs: {
    label: "What the song does",
    help: "What the song does in the story, in our own words. Put plot turns inside <Spoiler>…</Spoiler>.",
  },
  artists: { label: "Short bio", help: "One to three sentences of our own about who they are." },
};

const LABELS: Record<CollectionName, { label: string; singular: string; titleField: string }> = {
  dramas: { label: "Dramas", singular: "Drama", titleField: "title" },
  songs: { label: "Songs", singular: "Song", titleField: "title" },
  artists: { label: "Artists", singular: "Artist", titleField: "name" },
};

export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  dramas: dramaSchema,
  songs: songSchema,
  artists: artistSchema,
};

/** The order of a collection's fields, as the schema lists them (new fields are written in it). */
export function fieldOrder(collection: CollectionName): string[] {
  return Object.keys(jsonSchemaOf(SCHEMAS[collection]).properties ?? {});
}

export function formModel(): FormModel {
  return {
    collections: COLLECTIONS.map((collection) => {
      const counts: Counts = {
        moods: collection === "artists" ? { min: 0, max: 0 } : MOOD_COUNT[collection],
        tags: collection === "artists" ? { min: 0, max: 0 } : TAG_COUNT[collection],
      };
      return {
        name: collection,
        ...LABELS[collection],
        fields: objectFields(jsonSchemaOf(SCHEMAS[collection]), counts),
        body: BODIES[collection],
      };
    }),
  };
}
