/**
 * The content rules a schema cannot express, over the whole catalogue at once, run by
 * `npm run check:content` (and so by `npm test`) after the content layer's own checks:
 *
 * 1. Source classes: a profile's `sources` include at least one primary source (press, broadcaster,
 *    label, music service, chart or awards, encyclopedia, news portal); a song milestone's `source`
 *    is primary; every cited host is classified in src/schemas/source-hosts.ts (an unknown host is
 *    reported, never counted as primary).
 * 2. Romanization: a drama's `titleRomanized`, and a romanized song `title` (one with a
 *    `titleMeaning`), are the Revised Romanization of the Hangul title, or a recorded exception
 *    (ROMANIZATION_EXCEPTIONS in src/schemas/romanization.ts); an exception nobody needs is stale.
 * 3. Prose: scene details (episode numbers, "in the finale", "dies", "turns out", "reveals", …) only
 *    inside <Spoiler> in a body and never in a `why`; no <Spoiler> inside another; no praise words
 *    anywhere in our words; chart and award claims ("No. 1", "chart-topping", "award-winning",
 *    "acclaimed", …) in a body only when a milestone backs them: the song's own, or for an artist or
 *    a drama one of its songs' milestones.
 *
 * Pure: it reads the profile texts it is given (no file system), so the check script, the fixture
 * tests and the unit tests all run the same code. Every problem names the file, the field or line,
 * what was found and what is allowed.
 */
import { isLyricHost } from "../schemas/fields";
import { describeFound, formatCheckFailure } from "./errors";
import { lineOfProblem, parseProfileText } from "./profile-file";
import { findPlaceholder } from "./profile-template";
import {
  PRIMARY_SOURCE_CLASSES,
  SECONDARY_SOURCE_CLASSES,
  sourceClass,
  type SourceVerdict,
} from "../schemas/source-hosts";
import {
  ROMANIZATION_EXCEPTIONS,
  compareRomanization,
  normalizeRomanization,
  romanizeHangul,
} from "../schemas/romanization";

/** One profile file as read: its path from the project root (`src/content/songs/x.mdx`) and text. */
export interface ProfileFile {
  file: string;
  text: string;
}

export interface ContentRuleOptions {
  /** Titles allowed to differ from RR, by content id; the real list unless a test gives its own. */
  romanizationExceptions?: Readonly<Record<string, string>>;
}

interface Profile {
  file: string;
  text: string;
  /** `songs/<slug>`, `dramas/<slug>` or `artists/<slug>`. */
  id: string;
  collection: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

const PROFILE_PATH = /(?:^|\/)(dramas|songs|artists)\/([^/]+)\.mdx$/;

function readProfiles(files: readonly ProfileFile[]): Profile[] {
  return files
    .flatMap(({ file, text }) => {
      const where = PROFILE_PATH.exec(file);
      const parsed = parseProfileText(file, text);
      // A file that does not parse, or is not a profile, is the content layer's to report.
      if (!where || typeof parsed === "string") return [];
      const [, collection, slug] = where;
      return [{ file, text, id: `${collection}/${slug}`, collection: collection!, slug: slug!, ...parsed }];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The 1-based file line of the first line at or after `from` that contains `needle` (0 when none). */
function lineContaining(profile: Profile, needle: string, from = 1): number {
  const lines = profile.text.split(/\r?\n/);
  for (let index = from - 1; index < lines.length; index += 1) if (lines[index]!.includes(needle)) return index + 1;
  return 0;
}

/** `field (line N)` with the line looked up from the field path when not given. */
function at(profile: Profile, field: string, line?: number): string {
  const found = line || lineOfProblem(profile.text, `${profile.file} › ${field}: `);
  return `${field} (line ${found})`;
}

// ——— 1. Source classes ———

const PRIMARY_LIST = PRIMARY_SOURCE_CLASSES.join(", ");
const SECONDARY_LIST = SECONDARY_SOURCE_CLASSES.join(", ");
const HOST_TABLE = "SOURCE_HOSTS in src/schemas/source-hosts.ts";

function unknownHostProblem(profile: Profile, field: string, url: string, host: string): string {
  return formatCheckFailure(
    profile.file,
    at(profile, field, lineContaining(profile, url)),
    `${JSON.stringify(url)} on the host ${JSON.stringify(host)}, which no one has classified`,
    `expected a host listed in ${HOST_TABLE}: add "${host}" there as primary (${PRIMARY_LIST}) or secondary (${SECONDARY_LIST}), with a reason when it is not obvious`,
  );
}

function describeVerdict(verdict: SourceVerdict): string {
  if (verdict.kind === "primary" || verdict.kind === "secondary") return `${verdict.class} (${verdict.host})`;
  if (verdict.kind === "unknown") return `an unclassified host (${verdict.host})`;
  return "an unreadable URL";
}

function sourceProblems(profile: Profile): string[] {
  const problems: string[] = [];
  const sources = list(profile.data.sources).filter((url): url is string => typeof url === "string");
  const verdicts = sources.map((url) => sourceClass(url));
  verdicts.forEach((verdict, index) => {
    // A lyrics site is refused by the schema, with its own message; asking to classify it would only confuse.
    if (verdict.kind === "unknown" && !isLyricHost(sources[index]!))
      problems.push(unknownHostProblem(profile, `sources.${index}`, sources[index]!, verdict.host));
  });
  // An unreadable URL is the schema's to report; the readable rest must include a primary source.
  const readable = verdicts.filter((verdict) => verdict.kind !== "unreadable");
  if (readable.length > 0 && !readable.some((verdict) => verdict.kind === "primary")) {
    problems.push(
      formatCheckFailure(
        profile.file,
        at(profile, "sources"),
        `no primary source (${readable.map(describeVerdict).join("; ")})`,
        `expected at least one primary source (${PRIMARY_LIST}) that states the profile's facts; ${SECONDARY_LIST} may only add to one`,
      ),
    );
  }
  list(profile.data.milestones).forEach((milestone, index) => {
    const url = text((milestone as { source?: unknown } | null)?.source);
    if (!url) return; // the schema reports it
    const field = `milestones.${index}.source`;
    const verdict = sourceClass(url);
    if (verdict.kind === "unknown") problems.push(unknownHostProblem(profile, field, url, verdict.host));
    else if (verdict.kind === "secondary") {
      problems.push(
        formatCheckFailure(
          profile.file,
          at(profile, field, lineContaining(profile, url)),
          `${JSON.stringify(url)}, a ${describeVerdict(verdict)}`,
          `expected a primary source for a chart or award claim (${PRIMARY_LIST}): the chart, the awards, or the press reporting them`,
        ),
      );
    }
  });
  return problems;
}

// ——— 2. Romanization ———

const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/**
 * A song's Hangul and romanized titles as compared: a trailing note in parentheses that only one of
 * them has ("(Jazz Ver.)" on the title, "(혹은 쌍문동)" on the Hangul) is left out of both.
 */
function comparedTitles(hangul: string, title: string): [string, string] {
  if (TRAILING_NOTE.test(hangul) === TRAILING_NOTE.test(title)) return [hangul, title];
  return [hangul.replace(TRAILING_NOTE, ""), title.replace(TRAILING_NOTE, "")];
}

function romanizationProblems(profiles: readonly Profile[], exceptions: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  /** Exceptions in use; `<id>:agrees` for one whose title is RR after all. */
  const used = new Set<string>();

  const check = (profile: Profile, field: string, hangul: string, romanized: string) => {
    if (findPlaceholder(romanized)) return; // the content layer reports the template's placeholder
    const comparison = compareRomanization(hangul, romanized);
    const excepted = profile.id in exceptions;
    if (excepted) used.add(comparison.agrees ? `${profile.id}:agrees` : profile.id);
    if (comparison.agrees || excepted) return;
    problems.push(
      formatCheckFailure(
        profile.file,
        at(profile, field),
        JSON.stringify(romanized),
        `expected the Revised Romanization of "${hangul}": "${comparison.expected}" (case, spaces, hyphens and ` +
          `apostrophes may differ). Respell it, or record the official spelling with its source in ` +
          `ROMANIZATION_EXCEPTIONS (src/schemas/romanization.ts) as "${profile.id}"`,
      ),
    );
  };

  for (const profile of profiles) {
    if (profile.collection === "dramas") {
      const hangul = text(profile.data.titleHangul);
      const romanized = text(profile.data.titleRomanized);
      if (hangul && romanized) check(profile, "titleRomanized", hangul, romanized);
      continue;
    }
    if (profile.collection !== "songs") continue;
    const title = text(profile.data.title);
    const hangul = text(profile.data.titleHangul);
    const meaning = text(profile.data.titleMeaning);
    if (!title) continue;
    if (meaning && !hangul) {
      problems.push(
        formatCheckFailure(
          profile.file,
          at(profile, "titleMeaning"),
          "a titleMeaning without a titleHangul",
          "expected the Hangul title (titleHangul) beside a romanized Korean title",
        ),
      );
      continue;
    }
    if (!hangul) continue;
    const [comparedHangul, comparedTitle] = comparedTitles(hangul, title);
    if (meaning) check(profile, "title", comparedHangul, comparedTitle);
    else if (normalizeRomanization(romanizeHangul(comparedHangul)) === normalizeRomanization(comparedTitle)) {
      problems.push(
        formatCheckFailure(
          profile.file,
          at(profile, "titleMeaning", lineContaining(profile, "titleHangul:")),
          `the romanized Korean title ${JSON.stringify(title)} with no titleMeaning`,
          "expected a titleMeaning: the title's meaning in short English (or the official English title)",
        ),
      );
    }
  }

  // An exception nobody needs any more is stale: say so, so the list stays true.
  const ids = new Set(profiles.map((profile) => profile.id));
  for (const id of Object.keys(exceptions).sort()) {
    if (used.has(id)) continue;
    const where = "src/schemas/romanization.ts › ROMANIZATION_EXCEPTIONS";
    if (used.has(`${id}:agrees`)) {
      problems.push(
        `${where}: got "${id}", which is Revised Romanization now, expected only titles that differ: remove it`,
      );
    } else {
      problems.push(
        `${where}: got "${id}", ${ids.has(id) ? "which has no romanized title" : "which names no profile"}, expected the id of a song or drama whose romanized title differs from RR: remove it or fix the id`,
      );
    }
  }
  return problems;
}

// ——— 3. Prose ———

/** Scene details that give away where or how a plot turns. */
export const SCENE_PATTERNS: readonly RegExp[] = [
  /\bepisodes?\s*\d+/gi,
  /\bep\.\s*\d+/gi,
  /\b(?:the|its|a|season)\s+finale\b/gi,
  /\b(?:final|last)\s+episode\b/gi,
  // "dies", not "dying": a character dying at the start (a premise) is no spoiler
  /\b(?:dies|died)\b/gi,
  /\b(?:is|was|gets|got|being)\s+killed\b/gi,
  // "turns out", not "things will turn out fine"
  /\bturn(?:s|ed)\s+out\b/gi,
  /\breveal(?:s|ed|ing)?\b/gi,
  /\b(?:plot\s+)?twist\b/gi,
];
const SCENE_WORDS =
  'episode numbers ("episode 8", "ep. 3"), "the finale", "final episode", "dies", "is killed", "turns out", "reveals", "twist"';

/** Words of praise in place of a fact: never in our words. */
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

/** Chart and award claims: in a body only with a milestone that backs them. */
export const CLAIM_PATTERNS: readonly RegExp[] = [
  /\bchart-topping\b/gi,
  /\bno\.\s?1\b/gi,
  /\bnumber[ -]one\b/gi,
  /#1\s+on\b/gi,
  /\btop(?:ped|s)\s+(?:the\s+|a\s+|its\s+|all\s+|several\s+|\w+\s+)?(?:[\w'-]+\s+){0,3}charts?\b/gi,
  /\b(?:perfect\s+)?all-kill\b/gi,
  /\baward-winning\b/gi,
  /\bwon\b[^.;]{0,80}?\b(?:awards?|prizes?|daesang)\b/gi,
  /\bacclaimed\b/gi,
  /\brecord-breaking\b/gi,
  /\bbest-selling\b/gi,
];

const EPISODE_BODY_EXPECTED = `expected scene details only inside <Spoiler>…</Spoiler>: ${SCENE_WORDS}`;
const EPISODE_REASON_EXPECTED = `expected a reason with no scene details (${SCENE_WORDS}); it is shown outside any spoiler`;
const PRAISE_EXPECTED = `expected a fact (a sourced one in the song's milestones) instead of praise; not allowed: ${PRAISE_WORDS.join(", ")}`;
const NESTED_EXPECTED = "expected each <Spoiler> closed before the next one opens (no spoiler inside another)";

function claimExpected(collection: string): string {
  const backing =
    collection === "songs"
      ? "a milestone on this song ({ text, source } with a primary source)"
      : `a milestone on one of ${collection === "artists" ? "this artist's" : "this drama's"} songs`;
  return `expected a chart or award claim only with ${backing}; otherwise write what the song does, or add the milestone with its source`;
}

/** One piece of a profile's own words and where it stands, for the messages. */
interface Prose {
  field: string;
  text: string;
  /** The file line of the text; undefined where the field's line is looked up. */
  line?: number;
}

interface BodyReading {
  /** The body with every spoiler's text blanked (line breaks kept, so line numbers hold). */
  outside: string;
  /** Body lines (0-based) where a <Spoiler> opens inside another. */
  nested: number[];
}

const SPOILER_TAG = /<(\/?)Spoiler\b[^>]*>/g;

function readBody(body: string): BodyReading {
  let depth = 0;
  let outside = "";
  let last = 0;
  const nested: number[] = [];
  for (const tag of body.matchAll(SPOILER_TAG)) {
    const start = tag.index;
    const chunk = body.slice(last, start);
    outside += depth > 0 ? chunk.replace(/[^\n]/g, " ") : chunk;
    outside += tag[0].replace(/[^\n]/g, " ");
    last = start + tag[0].length;
    if (tag[1] === "/") depth = Math.max(0, depth - 1);
    else {
      if (depth > 0) nested.push(body.slice(0, start).split("\n").length - 1);
      depth += 1;
    }
  }
  const rest = body.slice(last);
  outside += depth > 0 ? rest.replace(/[^\n]/g, " ") : rest;
  return { outside, nested };
}

function reasons(data: Record<string, unknown>): Prose[] {
  const moods = (data.moods && typeof data.moods === "object" ? data.moods : {}) as Record<string, unknown>;
  const moodReasons = Object.entries(moods)
    .map(([mood, weight]) => ({ field: `moods.${mood}.why`, text: (weight as { why?: unknown } | null)?.why }))
    .filter((reason): reason is Prose => typeof reason.text === "string");
  const tagReasons = list(data.tags)
    .map((tag, index) => ({ field: `tags.${index}.why`, text: (tag as { why?: unknown } | null)?.why }))
    .filter((reason): reason is Prose => typeof reason.text === "string");
  return [...moodReasons, ...tagReasons];
}

const matches = (patterns: readonly RegExp[], words: string): string[] =>
  patterns.flatMap((pattern) => [...words.matchAll(pattern)].map((match) => match[0]));

/** Whether a chart or award claim in this profile's body has a milestone behind it. */
function hasBackingMilestone(profile: Profile, songs: readonly Profile[]): boolean {
  const milestones = (song: Profile) => list(song.data.milestones).length > 0;
  if (profile.collection === "songs") return milestones(profile);
  if (profile.collection === "artists") {
    return songs.some((song) => list(song.data.artists).includes(profile.slug) && milestones(song));
  }
  return songs.some((song) => song.data.drama === profile.slug && milestones(song));
}

function proseProblems(profile: Profile, songs: readonly Profile[]): string[] {
  const problems: { line: number; text: string }[] = [];
  const report = (prose: Prose, found: string, expected: string) => {
    const field = at(profile, prose.field, prose.line);
    const line = Number(/\(line (\d+)\)$/.exec(field)?.[1] ?? 0);
    problems.push({ line, text: formatCheckFailure(profile.file, field, describeFound(found), expected) });
  };

  const { outside, nested } = readBody(profile.body);
  for (const line of nested) {
    report({ field: "(body)", text: "", line: profile.bodyLine + line }, "a <Spoiler> inside another", NESTED_EXPECTED);
  }
  const backed = hasBackingMilestone(profile, songs);
  const bodyLines = profile.body.split("\n");
  outside.split("\n").forEach((words, index) => {
    const prose = { field: "(body)", text: words, line: profile.bodyLine + index };
    for (const found of matches(SCENE_PATTERNS, words)) report(prose, found, EPISODE_BODY_EXPECTED);
    for (const found of matches([PRAISE], words)) report(prose, found, PRAISE_EXPECTED);
    // Claims count inside a spoiler too: hiding one does not source it.
    if (!backed) {
      for (const found of matches(CLAIM_PATTERNS, bodyLines[index]!)) {
        report(prose, found, claimExpected(profile.collection));
      }
    }
  });
  for (const reason of reasons(profile.data)) {
    // The reason's own line: the first line after its section (moods: or tags:) holding its opening words.
    const section = lineContaining(profile, `${reason.field.split(".")[0]}:`);
    const line = lineContaining(profile, reason.text.slice(0, 24), section || 1) || undefined;
    const placed = { ...reason, line };
    for (const found of matches(SCENE_PATTERNS, reason.text)) report(placed, found, EPISODE_REASON_EXPECTED);
    for (const found of matches([PRAISE], reason.text)) report(placed, found, PRAISE_EXPECTED);
  }
  // In file order, so an editor can work down the file.
  return problems.sort((x, y) => x.line - y.line).map((problem) => problem.text);
}

// ——— All of them ———

/** Every breach of the content rules in the given profile files, file by file, in a stable order. */
export function contentRuleProblems(files: readonly ProfileFile[], options: ContentRuleOptions = {}): string[] {
  const profiles = readProfiles(files);
  const songs = profiles.filter((profile) => profile.collection === "songs");
  return [
    ...profiles.flatMap((profile) => [...sourceProblems(profile), ...proseProblems(profile, songs)]),
    ...romanizationProblems(profiles, options.romanizationExceptions ?? ROMANIZATION_EXCEPTIONS),
  ];
}
