/**
 * The shapes the dev server and the editor's page agree on: the form model (form-model.ts writes it
 * from the schemas), a profile as the form holds it, and a problem as the build words it. Types only,
 * so the page's module takes nothing else from the server side.
 */

export type Collection = "dramas" | "songs" | "artists";

export interface Choice {
  value: string;
  label: string;
  /** Plain-language help shown with the choice (a mood's or story tag's definition). */
  help?: string;
}

interface BaseField {
  name: string;
  label: string;
  help: string;
  required: boolean;
}

export type FormField =
  | (BaseField & { kind: "text"; url: boolean })
  | (BaseField & { kind: "number" })
  | (BaseField & { kind: "boolean" })
  | (BaseField & { kind: "date" })
  | (BaseField & { kind: "select"; options: Choice[] })
  | (BaseField & { kind: "reference"; collection: Collection })
  | (BaseField & { kind: "checkboxes"; options: Choice[]; min?: number; max?: number })
  | (BaseField & { kind: "list"; item: FormField; min?: number; max?: number })
  | (BaseField & { kind: "rows"; fields: FormField[]; min?: number; max?: number })
  | (BaseField & { kind: "group"; fields: FormField[] })
  | (BaseField & {
      kind: "moods";
      min: number;
      max: number;
      reasonMax: number;
      weights: Choice[];
      moods: Choice[];
    })
  | (BaseField & {
      kind: "tags";
      min: number;
      max: number;
      reasonMax: number;
      groups: { label: string; options: Choice[] }[];
    });

export interface CollectionForm {
  name: Collection;
  label: string;
  singular: string;
  /** The field that names a profile (title or name); a new profile's file name is made from it. */
  titleField: string;
  fields: FormField[];
  body: { label: string; help: string };
}

export interface FormModel {
  collections: CollectionForm[];
}

/** One profile in a collection's list, and a choice in the pickers of other profiles. */
export interface ProfileSummary {
  slug: string;
  label: string;
}

/** A profile as the form edits it. `revision` is the file's text digest when it was opened. */
export interface ProfileDraft {
  collection: Collection;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** Undefined for a new profile. */
  revision?: string;
}

/**
 * A problem the build would report: `field` is its path as the build names it ("moods.longing.why",
 * "(body)", "(file name)"), `message` the build's own words after the field. Problems that do not
 * stop the build of this profile alone (a new drama that has no song yet) are not blocking.
 */
export interface FieldProblem {
  file: string;
  field: string;
  message: string;
  blocking: boolean;
}

export interface CheckResult {
  file: string;
  problems: FieldProblem[];
}
