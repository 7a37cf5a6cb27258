/**
 * Turns schema issues into messages an editor can act on:
 * `src/content/songs/stay-with-me.mdx › moods.longing.weight: got 5, expected an integer 1–3`.
 * The shape mirrors Starlight's error map: file, field path, what was found, what is allowed.
 */

/** The parts of a Zod issue this module reads (kept structural so src/lib needs no Zod import). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** Present on `unrecognized_keys` issues. */
  keys?: readonly string[];
  /** Custom checks put what they found here when it is not the value at `path` (e.g. an unknown key). */
  params?: { found?: unknown };
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
      (key) => `${file} › ${formatFieldPath([...issue.path, key])}: got an unknown field, ${allowed}`,
    );
  }
  const found = issue.params && "found" in issue.params ? issue.params.found : valueAt(data, issue.path);
  const foundText = found === undefined ? "missing" : `got ${describeFound(found)}`;
  return [`${file} › ${formatFieldPath(issue.path)}: ${foundText}, ${issue.message}`];
}

/** A cross-check failure, in the same shape as schema errors. */
export function formatCheckFailure(file: string, field: string, found: string, expected: string): string {
  return `${file} › ${field}: got ${found}, ${expected}`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Moodtrack found ${problems.length} problem${problems.length === 1 ? "" : "s"} in the content:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
