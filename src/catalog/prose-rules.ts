/**
 * The prose rules of docs/editing.md that a schema cannot express, checked over a profile's own
 * words (the MDX body outside <Spoiler> and the mood reasons) by `npm run check:content`:
 * - an episode reference ("episode 8", "ep. 3") gives away where a plot turn happens: inside
 *   <Spoiler>…</Spoiler> only;
 * - praise nobody can source ("iconic", "masterpiece") stands in for a fact: write the fact, and put
 *   a sourced milestone ("number one on Melon's weekly chart") in the song's milestones.
 * Lyric sites as sources are refused by the schema itself (src/schemas/fields.ts).
 */
import { describeFound, formatCheckFailure } from "./errors";
import { lineOfProblem, parseProfileText } from "./profile-file";

const EPISODE_REFERENCE = /\b(?:episode|ep\.)\s*\d+/gi;

/** Words of praise in place of a fact. */
export const PRAISE_WORDS = [
  "best-loved",
  "most-loved",
  "most beloved",
  "best-known",
  "iconic",
  "legendary",
  "rare feat",
  "every major chart",
  "topped every",
  "biggest",
  "greatest",
  "phenomenon",
  "masterpiece",
];
const PRAISE = new RegExp(`\\b(?:${PRAISE_WORDS.join("|")})\\b`, "gi");

const EPISODE_EXPECTED = "expected episode references only inside <Spoiler>…</Spoiler>";
const PRAISE_EXPECTED = `expected a fact (a sourced one in the song's milestones) instead of praise; not allowed: ${PRAISE_WORDS.join(", ")}`;

/** One piece of a profile's own words and where it stands, for the messages. */
interface Prose {
  field: string;
  text: string;
  /** The file line of the text's first line; undefined where the field's line is looked up. */
  line?: number;
}

/** The body outside <Spoiler>, line by line (spoilers blanked so the line numbers hold). */
function bodyProse(body: string, bodyLine: number): Prose[] {
  const outside = body.replace(/<Spoiler>[\s\S]*?<\/Spoiler>/g, (spoiler) => spoiler.replace(/[^\n]/g, " "));
  return outside.split("\n").map((text, index) => ({ field: "(body)", text, line: bodyLine + index }));
}

function reasonProse(data: Record<string, unknown>): Prose[] {
  const moods = (data.moods ?? {}) as Record<string, { why?: unknown } | null>;
  return Object.entries(moods)
    .filter(([, weight]) => typeof weight?.why === "string")
    .map(([mood, weight]) => ({ field: `moods.${mood}.why`, text: weight!.why as string }));
}

/** Every breach of the prose rules in one profile file; a file that does not parse has none here. */
export function proseProblems(file: string, text: string): string[] {
  const profile = parseProfileText(file, text);
  if (typeof profile === "string") return []; // the content layer reports it
  const prose = [...bodyProse(profile.body, profile.bodyLine), ...reasonProse(profile.data)];
  return prose.flatMap(({ field, text: words, line }) => {
    const found = [
      ...[...words.matchAll(EPISODE_REFERENCE)].map((match) => ({ match: match[0], expected: EPISODE_EXPECTED })),
      ...[...words.matchAll(PRAISE)].map((match) => ({ match: match[0], expected: PRAISE_EXPECTED })),
    ];
    return found.map(({ match, expected }) => {
      const problem = formatCheckFailure(file, field, describeFound(match), expected);
      const at = line ?? lineOfProblem(text, problem);
      return formatCheckFailure(file, `${field} (line ${at})`, describeFound(match), expected);
    });
  });
}
