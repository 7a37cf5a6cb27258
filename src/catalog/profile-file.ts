/**
 * Splits a profile file (`---` YAML frontmatter, then the MDX body) into its data and body. A YAML
 * mistake becomes a message that points at the line with the likely cause, since the parser's own
 * position is often a line later and its reason ("bad indentation") rarely names the real mistake.
 */
import { load as loadYaml, YAMLException } from "js-yaml";
import { formatCheckFailure } from "./errors";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export interface ProfileText {
  data: Record<string, unknown>;
  body: string;
  /** The file line the body starts on, so body problems can name file lines. */
  bodyLine: number;
}

/** `key: value: more` — a plain (unquoted) value that holds ": ", which YAML reads as a second key. */
const UNQUOTED_COLON = /^(\s*(?:-\s+)?)([A-Za-z0-9_-]+):[ \t]+([^\s'"[{|>&*!#%@`][^#]*?:(?:\s.*)?)$/;

/** The most likely cause of a YAML error near `errorLine` (0-based within the frontmatter). */
function likelyCause(lines: string[], errorLine: number): { line: number; field: string; text: string } | undefined {
  const from = Math.max(0, errorLine - 2);
  for (let index = Math.min(errorLine, lines.length - 1); index >= from; index--) {
    const line = lines[index]!;
    const colon = UNQUOTED_COLON.exec(line);
    if (colon) {
      const [, , key, value] = colon;
      return {
        line: index,
        field: key!,
        text: `got an unquoted ": " inside the value of ${key}, expected the value in double quotes: ${key}: ${JSON.stringify(value!.trim())}`,
      };
    }
    if (/^\t| \t/.test(line.match(/^\s*/)![0])) {
      return { line: index, field: "(frontmatter)", text: "got a tab in the indentation, expected spaces only" };
    }
  }
  return undefined;
}

export function parseProfileText(file: string, text: string): ProfileText | string {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return formatCheckFailure(
      file,
      "(frontmatter)",
      "no frontmatter",
      "expected the file to start with a --- fenced YAML block",
    );
  }
  const yaml = match[1]!;
  const bodyLine = yaml.split(/\r?\n/).length + 3;
  try {
    const data = loadYaml(yaml);
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return formatCheckFailure(file, "(frontmatter)", "no fields", "expected YAML fields such as title: …");
    }
    return { data: data as Record<string, unknown>, body: match[2]!, bodyLine };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const lines = yaml.split(/\r?\n/);
    const errorLine = error.mark?.line ?? 0;
    const cause = likelyCause(lines, errorLine);
    // File line = frontmatter line + 2: the opening --- is line 1.
    if (cause) return `${file} › ${cause.field} (line ${cause.line + 2}): ${cause.text}`;
    return `${file} › (frontmatter) (line ${errorLine + 2}): got invalid YAML (${error.reason}), expected "field: value" lines, values with ": " or "#" in double quotes`;
  }
}

/**
 * The file line a problem points at: its "(line N)" when it names one, else the line of its field
 * (`moods.longing.weight` → the `weight:` under `longing:` under `moods:`), else 1.
 */
export function lineOfProblem(text: string, problem: string): number {
  const named = /\(line (\d+)\)/.exec(problem);
  if (named) return Number(named[1]);
  const field = /› ([^:]+?)(?: \(line \d+\))?: /.exec(problem)?.[1];
  if (!field || field.startsWith("(")) return 1;
  const lines = text.split(/\r?\n/);
  let at = -1;
  for (const segment of field.split(".")) {
    if (/^\d+$/.test(segment)) continue;
    const pattern = new RegExp(`^\\s*(?:-\\s+)?["']?${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`);
    const next = lines.findIndex((line, index) => index > at && pattern.test(line));
    if (next < 0) break;
    at = next;
  }
  return at < 0 ? 1 : at + 1;
}
