/**
 * The content editor's configuration (Decap CMS, served at /admin/), generated from the same truth as
 * the build's checks: the Zod schemas in src/schemas (field names, types, limits, and each field's
 * `.meta({ title, description })` as label and help text) and the mood list in src/schemas/moods.ts. A
 * field added to a schema appears in the form without writing it a second time here.
 */
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

/** The parts of a Zod 4 schema the generator reads (kept structural: its internals are typed loosely). */
interface SchemaNode {
  def: {
    type: string;
    innerType?: SchemaNode;
    in?: SchemaNode;
    element?: SchemaNode;
    shape?: Record<string, SchemaNode>;
    options?: SchemaNode[];
    entries?: Record<string, string>;
    format?: string;
    checks?: { _zod: { def: Record<string, unknown> } }[];
    defaultValue?: unknown;
  };
  meta(): Record<string, unknown> | undefined;
}

interface Unwrapped {
  core: SchemaNode;
  required: boolean;
  meta: Record<string, unknown>;
  defaultValue?: unknown;
}

/** Looks through optional, default and transform wrappers to the field's type, keeping their meta. */
function unwrap(schema: SchemaNode): Unwrapped {
  let node = schema;
  let required = true;
  let defaultValue: unknown;
  const meta: Record<string, unknown> = {};
  for (;;) {
    for (const [key, value] of Object.entries(node.meta() ?? {})) if (!(key in meta)) meta[key] = value;
    const { type } = node.def;
    if (type === "optional" || type === "default") {
      required = false;
      if (type === "default") defaultValue = node.def.defaultValue;
      node = node.def.innerType!;
    } else if (type === "pipe") node = node.def.in!;
    else return { core: node, required, meta, defaultValue };
  }
}

function checksOf(node: SchemaNode): Record<string, unknown>[] {
  return (node.def.checks ?? []).map((check) => check._zod.def);
}

function bound(node: SchemaNode, kind: "min" | "max"): number | undefined {
  for (const check of checksOf(node)) {
    // Fields with numeric bounds are integers here, so an exclusive bound is one step inside.
    const step = check.inclusive === false ? 1 : 0;
    if (kind === "min" && check.check === "greater_than") return (check.value as number) + step;
    if (kind === "max" && check.check === "less_than") return (check.value as number) - step;
    if (kind === "min" && check.check === "min_length") return check.minimum as number;
    if (kind === "max" && check.check === "max_length") return check.maximum as number;
  }
  return undefined;
}

const isHangul = (node: SchemaNode) =>
  checksOf(node).some((check) => (check.pattern as RegExp | undefined)?.source === HANGUL_PATTERN.source);
const isDay = (node: SchemaNode) =>
  node.def.type === "union" && (node.def.options ?? []).some((option) => option.def.type === "date");

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

function scalarWidget(
  node: SchemaNode,
  meta: Record<string, unknown>,
): Omit<CmsField, "name" | "label"> & { widget: string } {
  const { type } = node.def;
  if (typeof meta.reference === "string") return relation(meta.reference, false);
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
  if (type === "enum") return { widget: "select", options: Object.values(node.def.entries ?? {}) };
  if (type === "boolean") return { widget: "boolean", default: false };
  if (type === "number") {
    return { widget: "number", value_type: "int", min: bound(node, "min"), max: bound(node, "max") };
  }
  if (type === "string" && node.def.format === "url") {
    return { widget: "string", pattern: ["^https?://\\S+$", "A full link starting with https://"] };
  }
  if (type === "string" && isHangul(node)) {
    return { widget: "string", pattern: [HANGUL_PATTERN.source, "Write it in Hangul, e.g. 도깨비"] };
  }
  if (type === "string") {
    const max = bound(node, "max");
    return max === undefined
      ? { widget: "string" }
      : { widget: "string", pattern: [`^[\\s\\S]{1,${max}}$`, `At most ${max} characters`] };
  }
  throw new Error(`cms-config: no form widget for a schema of type ${type}`);
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

function cmsField(name: string, schema: SchemaNode, moodCount: { min: number; max: number }): CmsField {
  const { core, required, meta, defaultValue } = unwrap(schema);
  const label = typeof meta.title === "string" ? meta.title : name;
  const hint = typeof meta.description === "string" ? meta.description : undefined;
  const base = { name, label, ...(hint ? { hint } : {}), required };
  if (core.def.type === "record") return { ...moodsField(name, label, hint ?? "", moodCount), required };
  if (core.def.type === "object") {
    return { ...base, widget: "object", fields: objectFields(core, moodCount) };
  }
  if (core.def.type === "array") {
    const element = unwrap(core.def.element!);
    const limits = { min: bound(core, "min"), max: bound(core, "max") };
    if (typeof meta.reference === "string") return { ...base, ...relation(meta.reference, true), ...limits };
    if (element.core.def.type === "enum") {
      return {
        ...base,
        widget: "select",
        multiple: true,
        options: Object.values(element.core.def.entries!),
        ...limits,
      };
    }
    if (element.core.def.type === "object") {
      return { ...base, widget: "list", fields: objectFields(element.core, moodCount), ...limits };
    }
    const item = scalarWidget(element.core, element.meta);
    return { ...base, widget: "list", field: { name: "item", label, ...item }, ...limits };
  }
  const widget = scalarWidget(core, meta);
  return { ...base, ...widget, ...(defaultValue !== undefined ? { default: defaultValue } : {}) };
}

function objectFields(schema: SchemaNode, moodCount: { min: number; max: number }): CmsField[] {
  return Object.entries(schema.def.shape ?? {}).map(([name, field]) => cmsField(name, field, moodCount));
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

const SCHEMAS: Record<CollectionName, SchemaNode> = {
  dramas: dramaSchema as unknown as SchemaNode,
  songs: songSchema as unknown as SchemaNode,
  artists: artistSchema as unknown as SchemaNode,
};

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
        ...objectFields(SCHEMAS[collection], moodCount),
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
