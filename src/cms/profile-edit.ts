/**
 * Writes what the editor changed into a profile's text, and nothing else. The frontmatter is edited
 * as a YAML document (the `yaml` package keeps comments, key order, blank lines, quoting and flow or
 * block style), field by field: a value the editor did not touch keeps its exact text, a changed
 * scalar keeps its quoting (`"…"` stays double-quoted, a plain value stays plain unless the new text
 * needs quotes), a new field goes where the schema puts it. The MDX body is kept byte for byte unless
 * the editor changed it. A new profile is written in schema order.
 *
 * Pure (no file access): the dev server (dev-server.ts) reads and writes the files, the unit tests
 * check every real profile survives a round trip unchanged.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type ToStringOptions } from "yaml";
import { emptyPaths } from "./empty-fields";

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)([\s\S]*)$/;

/** How our profiles are written: no folding of long lines, `[a, b]` flow lists, two-space indent. */
const STRINGIFY: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false, indentSeq: true };

/** How the catalogue writes these fields, so new text looks like the rest: `genres: [romance, comedy]`. */
const FLOW_LISTS = new Set(["genres", "advisories", "artists"]);
/** Our own sentences and titles are double-quoted (`why: "…"`), so a colon or a `#` in them is safe. */
const QUOTED = new Set(["why", "title", "titleRomanized"]);

/** Gives new nodes (a new profile, a field or row the editor added) the catalogue's style. */
function houseStyle(node: unknown) {
  visit(node as Node, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (FLOW_LISTS.has(key) && isSeq(pair.value) && pair.value.items.every((item) => isScalar(item))) {
        pair.value.flow = true;
      }
      if (QUOTED.has(key) && isScalar(pair.value) && typeof pair.value.value === "string") {
        pair.value.type = "QUOTE_DOUBLE";
      }
    },
  });
}

export interface ProfileParts {
  /** The frontmatter as plain data, dates as "YYYY-MM-DD" text (YAML 1.2). */
  data: Record<string, unknown>;
  /** The MDX body exactly as in the file, from the line after the closing `---`. */
  body: string;
}

/** The form's view of a profile file, or a message when its frontmatter is not YAML the editor can open. */
export function readProfileParts(text: string): ProfileParts | string {
  const match = FRONTMATTER.exec(text);
  if (!match) return "expected the file to start with a --- fenced YAML block";
  const document = parseDocument(match[1] ?? "");
  if (document.errors.length > 0) return document.errors[0]!.message.split("\n")[0]!;
  const data = document.toJS() as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return "expected YAML fields such as title: …";
  return { data: data as Record<string, unknown>, body: match[3]! };
}

const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) => (node === null || typeof node !== "object" ? undefined : (node as never)[key]),
    data,
  );

/**
 * `data` without the values the editor left empty (see empty-fields.ts), except those the file
 * already holds as they are (an `aliases: []` written by hand stays).
 */
export function withoutEmptyFields(data: Record<string, unknown>, file: unknown = {}): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of emptyPaths(copy)) {
    if (sameValue(valueAt(file, path), valueAt(copy, path))) continue;
    const parent = valueAt(copy, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key];
  }
  return copy;
}

type Path = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

/** A new node for `value`, styled as the catalogue writes it; `key` is the field it goes under, if any. */
function styledNode(document: Document, key: string | number | undefined, value: unknown): Node {
  const node = document.createNode(value) as Node;
  const pair = document.createPair(key ?? "", node);
  houseStyle(key === undefined ? node : pair);
  return pair.value as Node;
}

/** Adds `key` to the map at `path`, before the first existing key that `order` puts after it. */
function insertKey(document: Document, path: Path, key: string, value: unknown, order: readonly string[]) {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) {
    document.setIn([...path, key], styledNode(document, key, value));
    return;
  }
  const rank = order.indexOf(key);
  const pair = document.createPair(key, value);
  houseStyle(pair);
  const before =
    rank < 0
      ? -1
      : map.items.findIndex((item) => {
          const other = order.indexOf(String(isScalar(item.key) ? item.key.value : item.key));
          return other > rank;
        });
  if (before < 0) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

/** Applies the difference between `before` and `after` at `path`, touching only the nodes that differ. */
function applyChange(document: Document, path: Path, before: unknown, after: unknown, order: readonly string[]) {
  if (sameValue(before, after)) return;
  if (
    isPlainObject(before) &&
    isPlainObject(after) &&
    isMap(path.length ? document.getIn(path, true) : document.contents)
  ) {
    for (const key of Object.keys(before)) if (!(key in after)) document.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (key in before) applyChange(document, [...path, key], before[key], value, path.length === 0 ? order : []);
      else insertKey(document, path, key, value, path.length === 0 ? order : []);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(document.getIn(path, true))) {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++)
      applyChange(document, [...path, index], before[index], after[index], []);
    for (let index = before.length - 1; index >= after.length; index--) document.deleteIn([...path, index]);
    for (const value of after.slice(before.length)) document.addIn(path, styledNode(document, undefined, value));
    return;
  }
  const node = document.getIn(path, true) as Node | undefined;
  const scalar = after === null || typeof after !== "object";
  // A scalar replacing a scalar keeps its node, so its quoting and comments stay.
  if (isScalar(node) && scalar) node.value = after;
  else document.setIn(path, scalar ? after : styledNode(document, path[path.length - 1], after));
}

/**
 * The profile file after the editor's save: `original` (undefined for a new profile) with `data`
 * and `body` applied. `order` is the schema's field order, used for fields added to the file.
 */
export function composeProfile(
  original: string | undefined,
  data: Record<string, unknown>,
  body: string,
  order: readonly string[],
): string {
  const match = original === undefined ? null : FRONTMATTER.exec(original);
  if (!match) {
    const wanted = withoutEmptyFields(data);
    const ordered = Object.fromEntries(
      Object.entries(wanted).sort(([a], [b]) => rankOf(order, a) - rankOf(order, b) || a.localeCompare(b)),
    );
    const created = new Document(ordered);
    houseStyle(created.contents);
    const text = created.toString(STRINGIFY);
    return `---\n${text}---\n\n${body.trim()}\n`;
  }
  const [, yamlText = "", newline, originalBody] = match;
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) throw new Error(`the frontmatter is not valid YAML: ${document.errors[0]!.message}`);
  const before = (document.toJS() ?? {}) as Record<string, unknown>;
  const wanted = withoutEmptyFields(data, before);
  let frontmatter = yamlText;
  if (!sameValue(before, wanted)) {
    // The yaml package keeps comments and quoting but re-spaces some lines (the gap before a trailing
    // comment, indentation of a flow list): lines the change did not touch are taken from the file.
    const untouched = parseDocument(yamlText).toString(STRINGIFY);
    applyChange(document, [], before, wanted, order);
    frontmatter = keepUntouchedLines(yamlText, untouched, document.toString(STRINGIFY));
  }
  return `---\n${frontmatter}---${newline}${body === originalBody ? originalBody : body}`;
}

const rankOf = (order: readonly string[], key: string) => {
  const rank = order.indexOf(key);
  return rank < 0 ? order.length : rank;
};

/**
 * `edited` with every line that is also in `untouched` (the file re-printed without any change) in
 * the same run of unchanged lines written as the file has it. A longest-common-subsequence over lines:
 * profiles are a few hundred lines at most. When re-printing changed the number of lines (a folded
 * block), lines cannot be matched one to one and `edited` is returned as it is.
 */
export function keepUntouchedLines(original: string, untouched: string, edited: string): string {
  const source = original.split("\n");
  const printed = untouched.split("\n");
  const next = edited.split("\n");
  if (source.length !== printed.length) return edited;
  const n = printed.length;
  const m = next.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i]![j] =
        printed[i] === next[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && printed[i] === next[j]) {
      out.push(source[i]!);
      i++;
      j++;
    } else if (i < n && common[i + 1]![j]! >= common[i]![j + 1]!) i++;
    else out.push(next[j++]!);
  }
  return out.join("\n");
}
