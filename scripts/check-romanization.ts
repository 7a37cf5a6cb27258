// `node scripts/node.mjs tsx scripts/check-romanization.ts`: every romanized Korean title in
// src/content must be the Revised Romanization (RR) of its Hangul title. Checked:
//   - drama `titleRomanized` against `titleHangul`;
//   - song `title` against `titleHangul` when the song has a `titleMeaning` (the title is romanized
//     Korean), and a song with a Hangul title but no `titleMeaning` whose title reads as the RR of its
//     Hangul (it is romanized Korean, so it needs a meaning).
// A trailing note in parentheses that only one of a song's two titles has, such as "(Jazz Ver.)", is
// not compared. Recorded exceptions (official spellings) are in ROMANIZATION_EXCEPTIONS
// (src/schemas/romanization.ts). Prints each disagreement with file, field, line, expected and found;
// exits 1 when there is any.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import {
  ROMANIZATION_EXCEPTIONS,
  compareRomanization,
  normalizeRomanization,
  romanizeHangul,
} from "../src/schemas/romanization";

const CONTENT = path.join(process.cwd(), "src", "content");

interface Problem {
  file: string;
  field: string;
  line: number;
  message: string;
}

interface Profile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  lines: string[];
}

function readProfiles(collection: string): Profile[] {
  const folder = path.join(CONTENT, collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = path.join("src", "content", collection, name);
      const text = readFileSync(path.join(folder, name), "utf8");
      const lines = text.split(/\r?\n/);
      const end = lines.indexOf("---", 1);
      if (lines[0] !== "---" || end < 0) throw new Error(`${file}: no front matter between --- lines`);
      const data = loadYaml(lines.slice(1, end).join("\n"));
      return { id: `${collection}/${name.slice(0, -4)}`, file, data: data as Record<string, unknown>, lines };
    });
}

/** The 1-based line of a front-matter field (0 when absent). */
function lineOf(profile: Profile, field: string): number {
  return profile.lines.findIndex((line) => line.startsWith(`${field}:`)) + 1;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/**
 * A song's Hangul and romanized titles as compared: a trailing note in parentheses that only one of
 * them has ("(Jazz Ver.)" on the title, "(혹은 쌍문동)" on the Hangul) is left out of both.
 */
function comparedTitles(hangul: string, title: string): [string, string] {
  if (TRAILING_NOTE.test(hangul) === TRAILING_NOTE.test(title)) return [hangul, title];
  return [hangul.replace(TRAILING_NOTE, ""), title.replace(TRAILING_NOTE, "")];
}

const problems: Problem[] = [];
const usedExceptions = new Set<string>();

function check(profile: Profile, field: string, hangul: string, romanized: string): void {
  const comparison = compareRomanization(hangul, romanized);
  if (comparison.agrees) {
    if (profile.id in ROMANIZATION_EXCEPTIONS) usedExceptions.add(`${profile.id}:agrees`);
    return;
  }
  if (profile.id in ROMANIZATION_EXCEPTIONS) {
    usedExceptions.add(profile.id);
    return;
  }
  problems.push({
    file: profile.file,
    field,
    line: lineOf(profile, field),
    message:
      `got "${romanized}", expected the Revised Romanization of "${hangul}": "${comparison.expected}" ` +
      `(case, spaces, hyphens and apostrophes may differ). Respell it, or record the official spelling ` +
      `with its source in ROMANIZATION_EXCEPTIONS (src/schemas/romanization.ts) as "${profile.id}"`,
  });
}

for (const drama of readProfiles("dramas")) {
  const hangul = text(drama.data.titleHangul);
  const romanized = text(drama.data.titleRomanized);
  if (!hangul || !romanized) continue; // the content schema reports missing fields
  check(drama, "titleRomanized", hangul, romanized);
}

for (const song of readProfiles("songs")) {
  const title = text(song.data.title);
  const hangul = text(song.data.titleHangul);
  const meaning = text(song.data.titleMeaning);
  if (!title) continue;
  if (meaning && !hangul) {
    problems.push({
      file: song.file,
      field: "titleMeaning",
      line: lineOf(song, "titleMeaning"),
      message: "got a titleMeaning without a titleHangul; a romanized Korean title needs its Hangul (titleHangul)",
    });
    continue;
  }
  if (!hangul) continue;
  const [comparedHangul, comparedTitle] = comparedTitles(hangul, title);
  if (meaning) {
    check(song, "title", comparedHangul, comparedTitle);
  } else if (normalizeRomanization(romanizeHangul(comparedHangul)) === normalizeRomanization(comparedTitle)) {
    problems.push({
      file: song.file,
      field: "titleMeaning",
      line: lineOf(song, "titleHangul"),
      message: `the title "${title}" is romanized Korean, so it needs a titleMeaning: its meaning in short English (or the official English title)`,
    });
  }
}

// An exception nobody needs any more is stale: say so, so the list stays true.
for (const id of Object.keys(ROMANIZATION_EXCEPTIONS)) {
  if (usedExceptions.has(id)) continue;
  const agrees = usedExceptions.has(`${id}:agrees`);
  problems.push({
    file: "src/schemas/romanization.ts",
    field: "ROMANIZATION_EXCEPTIONS",
    line: 0,
    message: agrees
      ? `"${id}" agrees with RR now; remove its exception`
      : `"${id}" names no song or drama with a romanized title; remove its exception or fix the id`,
  });
}

if (problems.length === 0) {
  console.log("romanization check passed: every romanized title is Revised Romanization or a recorded exception");
} else {
  console.error(`${problems.length} romanization problem${problems.length === 1 ? "" : "s"}:`);
  problems.forEach((problem, index) => {
    const where = problem.line > 0 ? ` (line ${problem.line})` : "";
    console.error(`  ${index + 1}. ${problem.file} › ${problem.field}${where}: ${problem.message}`);
  });
  process.exitCode = 1;
}
