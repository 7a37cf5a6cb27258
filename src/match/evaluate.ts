/**
 * Scores a ranking against a judged set (bench/judged-set.json): hit@3 and mean reciprocal rank.
 * The judged set is a check on the formula, never its target: the site is judged on queries nobody
 * wrote down.
 */
import type { EnergyChoice, LengthChoice, QuizAnswers, VoiceChoice } from "./answers";
import type { MoodSlug } from "../schemas/moods";

export interface JudgedCase {
  id: string;
  moods?: MoodSlug[];
  q?: string;
  energy?: EnergyChoice;
  voice?: VoiceChoice;
  length?: LengthChoice;
  /** Dramas a fan would expect near the top (any one counts); empty when the list should be empty. */
  expect: string[];
  why: string;
}

export interface CaseResult {
  id: string;
  /** 1-based rank of the first expected drama; 0 when none is listed (or, for an empty expectation, when the list is empty). */
  rank: number;
  hitAt3: boolean;
  reciprocalRank: number;
  top: string[];
}

export interface Evaluation {
  cases: CaseResult[];
  hitAt3: number;
  meanReciprocalRank: number;
}

export function answersOf(judged: JudgedCase): QuizAnswers {
  return {
    moods: judged.moods ?? [],
    energy: judged.energy ?? "any",
    voice: judged.voice ?? "any",
    length: judged.length ?? "any",
    seen: [],
    q: judged.q ?? "",
  };
}

/** `rank` returns drama slugs, best first, for the answers. */
export function evaluate(cases: readonly JudgedCase[], rank: (answers: QuizAnswers) => string[]): Evaluation {
  const results = cases.map((judged): CaseResult => {
    const ranked = rank(answersOf(judged));
    if (judged.expect.length === 0) {
      const empty = ranked.length === 0;
      return { id: judged.id, rank: 0, hitAt3: empty, reciprocalRank: empty ? 1 : 0, top: ranked.slice(0, 3) };
    }
    const position = ranked.findIndex((slug) => judged.expect.includes(slug));
    return {
      id: judged.id,
      rank: position + 1,
      hitAt3: position >= 0 && position < 3,
      reciprocalRank: position >= 0 ? 1 / (position + 1) : 0,
      top: ranked.slice(0, 3),
    };
  });
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    cases: results,
    hitAt3: mean(results.map((result) => (result.hitAt3 ? 1 : 0))),
    meanReciprocalRank: mean(results.map((result) => result.reciprocalRank)),
  };
}
