/**
 * The quiz answers: what the newcomer chose. The same shape lives in the store, the URL and share
 * links (see quiz-params.ts), so its values are fixed vocabularies.
 */
import type { MoodSlug } from "../schemas/moods";

export const ENERGY_CHOICES = ["calm", "mid", "upbeat", "any"] as const;
export const VOICE_CHOICES = ["female", "male", "duet", "group", "any"] as const;
export const LENGTH_CHOICES = ["short", "standard", "long", "any"] as const;

export type EnergyChoice = (typeof ENERGY_CHOICES)[number];
export type VoiceChoice = (typeof VOICE_CHOICES)[number];
export type LengthChoice = (typeof LENGTH_CHOICES)[number];

export const MIN_MOODS = 1;
export const MAX_MOODS = 3;
export const MAX_QUERY_LENGTH = 100;
export const MAX_SEEN = 50;

/** Episode bands of the length question: short ≤ 12, standard 13–20, long > 20. */
export const SHORT_MAX_EPISODES = 12;
export const STANDARD_MAX_EPISODES = 20;

export interface QuizAnswers {
  /** 1–3 moods, in the order chosen (sorted when encoded). */
  moods: MoodSlug[];
  energy: EnergyChoice;
  voice: VoiceChoice;
  length: LengthChoice;
  /** Dramas to leave out (slugs). */
  seen: string[];
  /** Free text: a song, a singer, a drama, a few words. */
  q: string;
}

export const EMPTY_ANSWERS: QuizAnswers = Object.freeze({
  moods: [],
  energy: "any",
  voice: "any",
  length: "any",
  seen: [],
  q: "",
}) as QuizAnswers;

export function lengthBand(episodes: number): Exclude<LengthChoice, "any"> {
  if (episodes <= SHORT_MAX_EPISODES) return "short";
  return episodes <= STANDARD_MAX_EPISODES ? "standard" : "long";
}

/** Answers that can produce results: at least one mood or some free text. */
export function isAnswerable(answers: QuizAnswers): boolean {
  return answers.moods.length > 0 || answers.q.trim().length > 0;
}
