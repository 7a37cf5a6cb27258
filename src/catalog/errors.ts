/**
 * Turns content problems into messages an editor can act on:
 * `src/content/songs/stay-with-me.mdx › moods.longing.weight: got 5, expected an integer 1–3`.
 * The shape mirrors Starlight's error map: file, field path, what was found, what is allowed, and
 * for a near miss of a known name ("playfull", "jung-eunji") the name that was probably meant.
 */
import { distance } from "fastest-levenshtein";

/** The parts of a Zod issue this module reads (kept structural so the catalogue needs no Zod import). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** Present on `unrecognized_keys` issues. */
  keys?: readonly string[];
  /** Present on enum (`invalid_value`) issues: the allowed values. */
  values?: readonly unknown[];
  /**
   * Custom checks put what they found here when it is not the value at `path` (e.g. an unknown key),
   * and the allowed names in `allowed` so a near miss gets a suggestion.
   */
  params?: { found?: unknown; foundText?: string; allowed?: readonly string[] };
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(frontmatter)" : path.map(String).join(".");
}

/** A short, safe description of a value for an error message. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return value.length === 0 ? 'an empty text ""' : JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  return "a map of fields";
}

/**
 * The known name closest to `found` when it is a near miss: at most one edit per three characters
 * (so "playfull" → "playful", "jung-eunji" → "jung-eun-ji", but "HBO" suggests nothing).
 * Case and spacing differences alone always count as a near miss.
 */
export function nearestName(found: string, known: Iterable<string>): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, "");
  const wanted = found.toLowerCase();
  const allowedEdits = Math.max(1, Math.floor(found.length / 3));
  let best: { name: string; edits: number } | undefined;
  for (const name of [...known].sort()) {
    if (name === found) return undefined;
    const edits = normal(name) === normal(found) ? 0 : distance(wanted, name.toLowerCase());
    if (edits <= allowedEdits && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}

/** ` Did you mean "playful"?` for a near miss, else nothing. */
export function suggestionFor(found: unknown, known: Iterable<string> | undefined): string {
  if (typeof found !== "string" || !known) return "";
  const nearest = nearestName(found, known);
  return nearest === undefined ? "" : `. Did you mean ${JSON.stringify(nearest)}?`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface FormatOptions {
  /** The profile's path relative to the project root, e.g. `src/content/dramas/goblin.mdx`. */
  file: string;
  /** The frontmatter as parsed, to show what was found at each failing path. */
  data: unknown;
  /** The fields the profile may have, named when an unknown field is found. */
  knownFields: readonly string[];
}

export function formatSchemaIssue(issue: SchemaIssue, { file, data, knownFields }: FormatOptions): string[] {
  if (issue.code === "unrecognized_keys" && issue.keys) {
    const allowed = issue.path.length === 0 ? `allowed fields are ${knownFields.join(", ")}` : issue.message;
    return issue.keys.map(
      (key) =>
        `${file} › ${formatFieldPath([...issue.path, key])}: got an unknown field, ${allowed}` +
        suggestionFor(key, issue.path.length === 0 ? knownFields : undefined),
    );
  }
  const found = issue.params && "found" in issue.params ? issue.params.found : valueAt(data, issue.path);
  const foundText = issue.params?.foundText
    ? `got ${issue.params.foundText}`
    : found === undefined
      ? "missing"
      : `got ${describeFound(found)}`;
  const known = issue.params?.allowed ?? issue.values?.filter((value): value is string => typeof value === "string");
  return [`${file} › ${formatFieldPath(issue.path)}: ${foundText}, ${issue.message}${suggestionFor(found, known)}`];
}

/** A cross-check failure, in the same shape as schema errors. */
export function formatCheckFailure(file: string, field: string, found: string, expected: string): string {
  return `${file} › ${field}: got ${found}, ${expected}`;
}

/** The plain, numbered list the build prints, one problem a line, every problem at once. */
export function formatProblemList(problems: readonly string[]): string {
  const heading = `Moodtrack found ${problems.length} problem${problems.length === 1 ? "" : "s"} in the content:`;
  return [heading, ...problems.map((problem, index) => `  ${index + 1}. ${problem}`)].join("\n");
}

/** What to do next, printed under the list. */
export const PROBLEM_LIST_HINT =
  "Fix each problem in the file it names (the field, what was found, what is allowed), then save or build again. " +
  "docs/editing.md explains every field.";

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(formatProblemList(problems));
    this.name = "ContentError";
  }
}
