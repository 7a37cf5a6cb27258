/**
 * The content editor's configuration (Decap CMS, served at /admin/), generated from the same truth as
 * the build's checks: the Zod schemas in src/schemas (field names, types, limits, and each field's
 * `.meta({ title, description })` as label and help text) and the mood list in src/schemas/moods.ts,
 * read through Zod's own JSON Schema output (z.toJSONSchema), never its internals. A field added to
 * a schema appears in the form without writing it a second time here.
 */
import { z } from "astro/zod";
import { dump } from "js-yaml";
import { artistSchema } from "../schemas/artist";
import { dramaSchema } from "../schemas/drama";
import { HANGUL_PATTERN } from "../schemas/fields";
import { songSchema } from "../schemas/song";
import type { CollectionName } from "../schemas/collections";
import { MOOD_COUNT } from "../schemas/editorial-rules";
import { MAX_MOOD_REASON_LENGTH, MAX_MOOD_WEIGHT, MIN_MOOD_WEIGHT, MOODS } from "../schemas/moods";

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as much of it as the generator writes. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

/**
 * A field as JSON Schema (draft 2020-12) describes it: what `z.toJSONSchema` writes for our schemas,
 * with each field's `.meta()` (title, description, reference) alongside.
 */
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
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** The form sees what an editor writes: the schema's input side, transforms and refinements aside. */
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** A number's bounds; fields with numeric bounds are integers, so an exclusive bound is one step inside. */
function numberBounds(node: JsonSchema): { min?: number; max?: number } {
  const min = node.minimum ?? (node.exclusiveMinimum === undefined ? undefined : node.exclusiveMinimum + 1);
  const max = node.maximum ?? (node.exclusiveMaximum === undefined ? undefined : node.exclusiveMaximum - 1);
  // Zod writes the safe-integer range for any integer; that is no limit an editor needs to see.
  return {
    min: min === Number.MIN_SAFE_INTEGER ? undefined : min,
    max: max === Number.MAX_SAFE_INTEGER ? undefined : max,
  };
}

const DAY_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;
const isDay = (node: JsonSchema) => (node.anyOf ?? []).some((option) => option.pattern === DAY_PATTERN);

/** A picker of existing profiles: the value saved is the profile's slug (its file name). */
function relation(collection: string, multiple: boolean) {
  const display = collection === "artists" ? ["name", "nameHangul"] : ["title", "year"];
  const search = collection === "artists" ? ["name", "nameHangul"] : ["title", "titleRomanized", "titleHangul"];
  return {
    widget: "relation",
    collection,
    value_field: "{{slug}}",
    search_fields: search,
    display_fields: display,
    multiple,
  };
}

function scalarWidget(node: JsonSchema): Omit<CmsField, "name" | "label"> & { widget: string } {
  if (typeof node.reference === "string") return relation(node.reference, false);
  if (isDay(node)) {
    // Today by default (the day a profile is added, the day a source was checked), in UTC so that
    // "today" is the build's today too (later days are refused as in the future).
    return {
      widget: "datetime",
      format: "YYYY-MM-DD",
      date_format: "YYYY-MM-DD",
      time_format: false,
      picker_utc: true,
      default: "{{now}}",
    };
  }
  if (node.enum) return { widget: "select", options: node.enum };
  if (node.type === "boolean") return { widget: "boolean", default: false };
  if (node.type === "integer" || node.type === "number") {
    const { min, max } = numberBounds(node);
    return { widget: "number", value_type: "int", min, max };
  }
  if (node.type === "string" && node.format === "uri") {
    return { widget: "string", pattern: ["^https?://\\S+$", "A full link starting with https://"] };
  }
  if (node.type === "string" && node.pattern === HANGUL_PATTERN.source) {
    return { widget: "string", pattern: [HANGUL_PATTERN.source, "Write it in Hangul, e.g. 도깨비"] };
  }
  if (node.type === "string") {
    const max = node.maxLength;
    return max === undefined
      ? { widget: "string" }
      : { widget: "string", pattern: [`^[\\s\\S]{1,${max}}$`, `At most ${max} characters`] };
  }
  throw new Error(`cms-config: no form widget for a schema of type ${node.type ?? JSON.stringify(node)}`);
}

/** The twelve moods, each an optional weight 1–3 with a reason of at most 140 characters. */
function moodsField(name: string, label: string, hint: string, count: { min: number; max: number }): CmsField {
  const weights = Array.from({ length: MAX_MOOD_WEIGHT - MIN_MOOD_WEIGHT + 1 }, (_, index) => MIN_MOOD_WEIGHT + index);
  const weightLabels: Record<number, string> = { 1: "a touch", 2: "clearly there", 3: "defining" };
  return {
    name,
    label,
    widget: "object",
    hint: `${hint} Pick ${count.min}–${count.max} moods; leave the others empty.`,
    fields: MOODS.map((mood) => ({
      name: mood.slug,
      label: `${mood.name} · ${mood.nameHangul}`,
      widget: "object",
      required: false,
      collapsed: true,
      hint: mood.description,
      fields: [
        {
          name: "weight",
          label: "Weight",
          widget: "select",
          required: false,
          options: weights.map((weight) => ({ label: `${weight} — ${weightLabels[weight] ?? weight}`, value: weight })),
        },
        {
          name: "why",
          label: "Why (shown to visitors)",
          widget: "string",
          required: false,
          hint: `One sentence in our own words, at most ${MAX_MOOD_REASON_LENGTH} characters.`,
          pattern: [`^[\\s\\S]{1,${MAX_MOOD_REASON_LENGTH}}$`, `At most ${MAX_MOOD_REASON_LENGTH} characters`],
        },
      ],
    })),
  };
}

/** A mood map: an object whose keys are free (mood slugs) and whose values are all alike. */
const isRecord = (node: JsonSchema) =>
  node.type === "object" && !node.properties && typeof node.additionalProperties === "object";

function listField(base: CmsField, node: JsonSchema, moodCount: { min: number; max: number }): CmsField {
  const element = node.items ?? {};
  const limits = { min: node.minItems, max: node.maxItems };
  if (typeof node.reference === "string") return { ...base, ...relation(node.reference, true), ...limits };
  if (element.enum) return { ...base, widget: "select", multiple: true, options: element.enum, ...limits };
  if (element.type === "object") {
    return { ...base, widget: "list", fields: objectFields(element, moodCount), ...limits };
  }
  return { ...base, widget: "list", field: { name: "item", label: base.label, ...scalarWidget(element) }, ...limits };
}

function cmsField(name: string, node: JsonSchema, required: boolean, moodCount: { min: number; max: number }) {
  const label = node.title ?? name;
  const hint = node.description;
  const base = { name, label, ...(hint ? { hint } : {}), required, widget: "" };
  if (isRecord(node)) return { ...moodsField(name, label, hint ?? "", moodCount), required };
  if (node.type === "object") return { ...base, widget: "object", fields: objectFields(node, moodCount) };
  if (node.type === "array") return listField(base, node, moodCount);
  const widget = scalarWidget(node);
  return { ...base, ...widget, ...(node.default !== undefined ? { default: node.default } : {}) };
}

function objectFields(node: JsonSchema, moodCount: { min: number; max: number }): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, field]) =>
    cmsField(name, field, required.has(name), moodCount),
  );
}

/** What each collection's MDX body holds, as the form's last field. */
const BODIES: Record<CollectionName, { label: string; hint: string }> = {
  dramas: {
    label: "Introduction",
    hint: "Two to four sentences of our own, spoiler-free, for someone who has never seen it.",
  },
  songs: {
    label: "What the song does",
    hint: "What the song does in the story, in our own words. Put plot turns inside <Spoiler>…</Spoiler>.",
  },
  artists: { label: "Short bio", hint: "One to three sentences of our own about who they are." },
};

const COLLECTION_LABELS: Record<CollectionName, [string, string, string]> = {
  dramas: ["Dramas", "Drama", "title"],
  songs: ["Songs", "Song", "title"],
  artists: ["Artists", "Artist", "name"],
};

const SCHEMAS: Record<CollectionName, z.ZodType> = { dramas: dramaSchema, songs: songSchema, artists: artistSchema };

export interface CmsConfigOptions {
  /** The local backend (`decap-server`), which reads and writes the files in this checkout. */
  localBackendUrl: string;
}

export function cmsConfig({ localBackendUrl }: CmsConfigOptions) {
  const collections = (["dramas", "songs", "artists"] as const).map((collection) => {
    const [label, singular, identifier] = COLLECTION_LABELS[collection];
    const moodCount = collection === "artists" ? { min: 0, max: 0 } : MOOD_COUNT[collection];
    return {
      name: collection,
      label,
      label_singular: singular,
      folder: `src/content/${collection}`,
      extension: "mdx",
      format: "frontmatter",
      create: true,
      identifier_field: identifier,
      slug: "{{slug}}",
      // fields.…: a bare {{year}} is Decap's placeholder for the entry's date, not our field.
      summary:
        collection === "artists" ? "{{fields.name}} ({{fields.nameHangul}})" : "{{fields.title}} ({{fields.year}})",
      sortable_fields: [identifier],
      fields: [
        ...objectFields(jsonSchemaOf(SCHEMAS[collection]), moodCount),
        {
          name: "body",
          label: BODIES[collection].label,
          hint: BODIES[collection].hint,
          widget: "markdown",
          // Raw text: the rich editor would rewrite MDX components such as <Spoiler>.
          modes: ["raw"],
        },
      ],
    };
  });
  return {
    // The git-gateway backend is never reached: with local_backend, Decap talks to decap-server only.
    backend: { name: "git-gateway", branch: "main" },
    local_backend: { url: localBackendUrl },
    publish_mode: "simple",
    // Decap needs a media folder; profiles have no images.
    media_folder: "public/admin-media",
    public_folder: "/admin-media",
    // File names are slugs: kebab-case ASCII from the English title (the check refuses anything else).
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections,
  };
}

/** The configuration as Decap reads it (/admin/config.yml). */
export function cmsConfigYaml(options: CmsConfigOptions): string {
  return (
    "# Generated by src/cms/config.ts from src/schemas and src/schemas/moods.ts; do not edit.\n" +
    dump(cmsConfig(options), { lineWidth: 120 })
  );
}
