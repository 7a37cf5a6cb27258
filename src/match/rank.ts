/**
 * Ranking: moods and words combined into one score, the order of results, and the percentage shown.
 *
 *   M(d)     = mood fit (mood-fit.ts), 0–1
 *   T(d)     = text score (reading/text-evidence.ts): the share of the typed words d explains, 0–1
 *   score(d) = M(d) with moods only · T(d) with words only · m × M(d) + (1 − m) × T(d) with both
 *   m        = ½ when moods were chosen; when the moods come only from feeling words among other words,
 *              their share of what was typed, F / (F + W), at most ½ (`moodShareOf`): in "announcer
 *              falls in love at work" one feeling phrase against four words must not decide half the list
 *
 * One scale in every mode: 100 % means everything asked for, fully. Feeling words count as moods, not
 * as words. Results are ordered by score; exactly equal scores fall back to newest first, then title.
 *
 * Percentages are whole numbers (a score above 0 never reads 0 %); two results may read the same,
 * and the list order never contradicts what the labels say. "Best match" is only given at or above
 * BEST_MATCH_FLOOR: below it, the first result is just the first.
 */
export const MOOD_SHARE = 0.5;
/** The least score, in percent, that earns the first result the "Best match" badge. */
export const BEST_MATCH_FLOOR = 60;

export function combinedScore(
  moodScore: number,
  textScore: number,
  useMoods: boolean,
  useText: boolean,
  moodShare = MOOD_SHARE,
): number {
  if (useMoods && useText) return moodShare * moodScore + (1 - moodShare) * textScore;
  return useMoods ? moodScore : useText ? textScore : 0;
}

/**
 * m above: `chosenMoods` moods picked in the quiz, `feelingPhrases` feeling phrases read from the words,
 * `evidenceWords` the other words asked to be explained.
 */
export function moodShareOf(chosenMoods: number, feelingPhrases: number, evidenceWords: number): number {
  if (chosenMoods > 0 || feelingPhrases + evidenceWords === 0) return MOOD_SHARE;
  return Math.min(MOOD_SHARE, feelingPhrases / (feelingPhrases + evidenceWords));
}

export function byScore<Item extends { score: number }>(tieBreak: (a: Item, b: Item) => number) {
  return (a: Item, b: Item) => b.score - a.score || tieBreak(a, b);
}

/** The whole-number percentage of a score 0–1; never 0 for a score above 0. */
export function percentOf(score: number): number {
  if (!(score > 0)) return 0;
  return Math.min(100, Math.max(1, Math.round(score * 100)));
}

/** Whether the first result of a list may be called the best match. */
export function isBestMatch(score: number): boolean {
  return percentOf(score) >= BEST_MATCH_FLOOR;
}
