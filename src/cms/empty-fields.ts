/**
 * What the content editor leaves out when it saves: fields the editor left empty (an untouched
 * optional text, an empty list row, a mood with neither weight nor reason). A form would write
 * them as `""`, `[]` or `{}`, which the content check rightly refuses for optional fields, so the
 * save (profile-edit.ts) leaves them out and the saved MDX passes the build as it is.
 *
 * Used by profile-edit.ts on the dev server and in the unit tests.
 */

export type EntryPath = (string | number)[];

/** The paths of empty values in `data`, deepest and last first, so deleting them in order is safe. */
export function emptyPaths(data: unknown): EntryPath[] {
  const found: EntryPath[] = [];
  const isEmpty = (value: unknown): boolean => {
    if (value === undefined || value === null) return true;
    if (typeof value === "string") return value.trim() === "";
    if (Array.isArray(value)) return value.every(isEmpty);
    if (typeof value === "object") return Object.values(value).every(isEmpty);
    return false;
  };
  const visit = (value: unknown, path: EntryPath) => {
    if (path.length > 0 && isEmpty(value)) {
      found.push(path);
      return;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) visit(value[index], [...path, index]);
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value).sort().reverse()) {
        visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(data, []);
  return found;
}
