/**
 * Ranking: moods and words combined into one score, the order of results, and the percentage shown.
 *
 *   T(d)     = the best text relevance of d: a name's quality (0–1) or a description's (≤ 0.6)
 *   score(d) = M(d) with moods only · T(d) with words only · ½ × M(d) + ½ × T(d) with both
 *
 * With both, a drama the person named outright (T = 1) rises above an equal mood fit, but a weak word
 * in an introduction (T ≈ 0.2) adds at most 0.1 and cannot lift a poor mood fit above a strong one.
 * Feeling words count as moods, not as text. Results are ordered by score; only dramas whose scores
 * are exactly equal fall back to newest first, then title.
 */
export const MOOD_SHARE = 0.5;
export const TEXT_SHARE = 0.5;

export function combinedScore(moodScore: number, textScore: number, useMoods: boolean, useText: boolean): number {
  if (useMoods && useText) return MOOD_SHARE * moodScore + TEXT_SHARE * textScore;
  return useMoods ? moodScore : useText ? textScore : 0;
}

export function byScore<Item extends { score: number }>(tieBreak: (a: Item, b: Item) => number) {
  return (a: Item, b: Item) => b.score - a.score || tieBreak(a, b);
}

/** The most decimals a percentage shows: scores closer than 0.0001 points read the same. */
export const MAX_PERCENT_DECIMALS = 4;
const MAX_DECIMALS = MAX_PERCENT_DECIMALS;

/**
 * Percentages for a ranked list of scores (0–1), as short as they can be while two different scores
 * never read the same: "87 %" unless a neighbour also rounds to 87, then "87.4 %" and "87.2 %".
 * Equal scores read the same, and so do scores closer than 10^-MAX_PERCENT_DECIMALS points (below
 * that, differences are floating-point noise); a score above 0 never reads "0".
 */
export function percentLabels(scores: readonly number[]): string[] {
  const label = (score: number, decimals: number) => (score * 100).toFixed(decimals);
  return scores.map((score, index) => {
    const neighbours = [scores[index - 1], scores[index + 1]].filter(
      (other): other is number => other !== undefined && other !== score,
    );
    let decimals = 0;
    while (
      decimals < MAX_DECIMALS &&
      (neighbours.some((other) => label(other, decimals) === label(score, decimals)) ||
        (score > 0 && Number(label(score, decimals)) === 0))
    ) {
      decimals++;
    }
    return label(score, decimals);
  });
}
