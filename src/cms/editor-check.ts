/**
 * What the build would say about a profile as the editor has it now, before it is saved: the same
 * code and the same words as `npm run build` and `npm run check:content` (src/catalog: schemas,
 * links to other profiles, placeholders, the MDX body, and the content rules of src/catalog/content-rules.ts:
 * source classes, romanization, prose), run over the catalogue on
 * disk with this one profile replaced by the draft. Each problem comes back with the field it names,
 * so the form shows it beside that field.
 *
 * Problems in other files that the draft causes (a title already used, reported on the file that
 * sorts later) come back too; problems other files already had do not.
 */
import { bodyProblem } from "../catalog/loader";
import { parseProfileText } from "../catalog/profile-file";
import { contentRuleProblems } from "../catalog/content-rules";
import { validateCatalog, type ProfileSource } from "../catalog/validation";
import type { CollectionName } from "../schemas/collections";
import type { CheckResult, FieldProblem } from "./form-types";

/** A profile file as read from disk (or the draft about to be written). */
export interface ProfileFile {
  collection: CollectionName;
  slug: string;
  /** Relative to the project root: src/content/<collection>/<slug>.mdx. */
  file: string;
  text: string;
}

export const profilePath = (collection: CollectionName, slug: string) => `src/content/${collection}/${slug}.mdx`;

function sourceOf(profile: ProfileFile): { source: ProfileSource; problem?: string } {
  const { collection, slug, file } = profile;
  const parsed = parseProfileText(file, profile.text);
  if (typeof parsed === "string")
    return { source: { collection, slug, file, data: null, unread: true }, problem: parsed };
  return { source: { collection, slug, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine } };
}

/** "src/…/x.mdx › moods.longing.why (line 12): got …" → its file, field (line aside) and message. */
export function splitProblem(problem: string): { file: string; field: string; message: string } {
  const match = /^(.*?) › (.*?)(?: \(line \d+\))?: (.*)$/s.exec(problem);
  if (!match) return { file: "", field: "(frontmatter)", message: problem };
  return { file: match[1]!, field: match[2]!, message: match[3]! };
}

/** Problems that the draft's own save does not cause and cannot fix: a new drama's songs come after it. */
const NOT_BLOCKING = new Set(["(songs)"]);

/**
 * The build's problems with `draft` in place of the file of the same path among `stored` (or added
 * to them, for a new profile).
 */
export async function checkDraft(stored: readonly ProfileFile[], draft: ProfileFile): Promise<CheckResult> {
  const others = stored.filter((profile) => profile.file !== draft.file).map(sourceOf);
  const before = stored.filter((profile) => profile.file === draft.file).map(sourceOf);
  const mine = sourceOf(draft);

  const otherFiles = stored.filter((profile) => profile.file !== draft.file);
  const beforeFiles = stored.filter((profile) => profile.file === draft.file);
  // The content rules read the whole catalogue (a chart claim is backed by a song's milestone,
  // an unused romanization exception is stale), so they run over it with the draft in place too.
  const baseline = new Set([
    ...validateCatalog([...others, ...before].map((each) => each.source)).problems,
    ...contentRuleProblems([...otherFiles, ...beforeFiles]),
  ]);
  const problems = [
    ...validateCatalog([...others, mine].map((each) => each.source)).problems,
    ...contentRuleProblems([...otherFiles, draft]),
  ];
  const ownExtra = mine.problem ? [mine.problem] : [await bodyProblem(draft.file, mine.source.body ?? "")];

  const result: FieldProblem[] = [];
  for (const problem of [...ownExtra, ...problems]) {
    if (problem === undefined) continue;
    const { file, field, message } = splitProblem(problem);
    if (file !== draft.file && baseline.has(problem)) continue;
    result.push({ file, field, message, blocking: !(file === draft.file && NOT_BLOCKING.has(field)) });
  }
  return { file: draft.file, problems: result };
}
