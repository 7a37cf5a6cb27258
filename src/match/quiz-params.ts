/**
 * The share-link codec: quiz answers ⇄ URL query string. The URL is the quiz's state, so the same
 * string must always reopen the same answers, and any string at all (tampered, truncated, huge, or
 * hostile) must decode to safe answers plus a list of what was ignored. `decodeAnswers` never throws.
 *
 * Canonical form: parameters in the order moods, energy, voice, length, seen, q; moods and seen sorted
 * and without repeats; seen and q only when not empty.
 */
import {
  EMPTY_ANSWERS,
  ENERGY_CHOICES,
  LENGTH_CHOICES,
  MAX_MOODS,
  MAX_QUERY_LENGTH,
  MAX_SEEN,
  VOICE_CHOICES,
  type QuizAnswers,
} from "./answers";
import { isMoodSlug, type MoodSlug } from "../schemas/moods";

export const PARAMETER_NAMES = ["moods", "energy", "voice", "length", "seen", "q"] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest query string we read; anything past it cannot be a link we made. */
const MAX_INPUT_LENGTH = 20_000;
// Control characters cannot be typed into the quiz and only serve to confuse the display.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

export interface DecodedAnswers {
  answers: QuizAnswers;
  /** Human-readable notes on what was dropped, e.g. `Ignored mood "sad": not one of the 12 moods.` */
  ignored: string[];
}

export interface DecodeOptions {
  /** Drama slugs that exist; when given, other `seen` values are dropped and reported. */
  knownDramas?: ReadonlySet<string>;
}

/** Shows an untrusted value in a notice: short, no control characters (rendering escapes the rest). */
export function quoteValue(value: string): string {
  const clean = value.replace(CONTROL_CHARACTERS, " ");
  return `"${clean.length > 40 ? `${clean.slice(0, 37)}…` : clean}"`;
}

const sortUnique = <Item extends string>(items: Item[]) => [...new Set(items)].sort();

export function canonicalAnswers(answers: QuizAnswers): QuizAnswers {
  return { ...answers, moods: sortUnique(answers.moods), seen: sortUnique(answers.seen) };
}

export function encodeAnswers(answers: QuizAnswers): string {
  const canonical = canonicalAnswers(answers);
  const parts = [
    `moods=${canonical.moods.join(",")}`,
    `energy=${canonical.energy}`,
    `voice=${canonical.voice}`,
    `length=${canonical.length}`,
  ];
  if (canonical.seen.length > 0) parts.push(`seen=${canonical.seen.join(",")}`);
  if (canonical.q.length > 0) parts.push(`q=${encodeURIComponent(canonical.q.toWellFormed())}`);
  return parts.join("&");
}

function pick<const Choices extends readonly string[]>(
  name: string,
  value: string,
  choices: Choices,
  ignored: string[],
): Choices[number] {
  if ((choices as readonly string[]).includes(value)) return value as Choices[number];
  ignored.push(`Ignored ${name} ${quoteValue(value)}: expected one of ${choices.join(", ")}.`);
  return "any" as Choices[number];
}

function listOf(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Decodes a query string (with or without the leading "?"). Total: never throws. */
export function decodeAnswers(search: string, options: DecodeOptions = {}): DecodedAnswers {
  const ignored: string[] = [];
  const answers: QuizAnswers = { ...EMPTY_ANSWERS, moods: [], seen: [] };
  let input = typeof search === "string" ? search : "";
  if (input.length > MAX_INPUT_LENGTH) {
    input = input.slice(0, MAX_INPUT_LENGTH);
    ignored.push(`Ignored the end of an overlong link (over ${MAX_INPUT_LENGTH.toLocaleString("en")} characters).`);
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
  } catch {
    return { answers, ignored: [...ignored, "Ignored a link that could not be read."] };
  }

  const seenNames = new Set<string>();
  for (const [rawName, rawValue] of params) {
    const name = rawName.replace(CONTROL_CHARACTERS, "");
    const value = rawValue.replace(CONTROL_CHARACTERS, " ");
    if (!(PARAMETER_NAMES as readonly string[]).includes(name)) {
      ignored.push(`Ignored unknown parameter ${quoteValue(name)}.`);
      continue;
    }
    if (seenNames.has(name)) {
      ignored.push(`Ignored a repeated ${name} parameter.`);
      continue;
    }
    seenNames.add(name);
    switch (name) {
      case "moods": {
        const moods: MoodSlug[] = [];
        for (const item of listOf(value)) {
          if (!isMoodSlug(item)) ignored.push(`Ignored mood ${quoteValue(item)}: not one of the 12 moods.`);
          else if (!moods.includes(item)) moods.push(item);
        }
        const sorted = [...moods].sort();
        if (sorted.length > MAX_MOODS) {
          ignored.push(`Ignored moods past the first ${MAX_MOODS}: ${sorted.slice(MAX_MOODS).join(", ")}.`);
        }
        answers.moods = sorted.slice(0, MAX_MOODS);
        break;
      }
      case "energy":
        answers.energy = pick("energy", value, ENERGY_CHOICES, ignored);
        break;
      case "voice":
        answers.voice = pick("voice", value, VOICE_CHOICES, ignored);
        break;
      case "length":
        answers.length = pick("length", value, LENGTH_CHOICES, ignored);
        break;
      case "seen": {
        const seen = new Set<string>();
        for (const item of listOf(value)) {
          if (!SLUG.test(item) || (options.knownDramas && !options.knownDramas.has(item))) {
            ignored.push(`Ignored seen drama ${quoteValue(item)}: no drama has that name.`);
          } else seen.add(item);
        }
        const sorted = [...seen].sort();
        if (sorted.length > MAX_SEEN) ignored.push(`Ignored seen dramas past the first ${MAX_SEEN}.`);
        answers.seen = sorted.slice(0, MAX_SEEN);
        break;
      }
      case "q": {
        const characters = [...value];
        if (characters.length > MAX_QUERY_LENGTH) {
          ignored.push(`Shortened the search words to ${MAX_QUERY_LENGTH} characters.`);
        }
        answers.q = characters.slice(0, MAX_QUERY_LENGTH).join("");
        break;
      }
    }
  }
  return { answers, ignored };
}
