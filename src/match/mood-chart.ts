/**
 * The mood chart ("results at a glance"): one row per mood with the drama's strength in it, for the
 * bars on quiz results and drama pages, and the same rows as one line of text for screen readers.
 *
 * The value is the editors' weight over the top of their scale (w(d, m) / 3: 1 → 33 %, 2 → 67 %,
 * 3 → 100 %), not the profile p(d, m) that mood-fit.ts ranks by. The explanation under each result
 * speaks in those weights ("Defined by longing, clearly epic"), the drama page lists them as dots
 * (●●○) beside the editors' reasons, and they do not move with the quiz's energy and voice answers,
 * so the same drama shows the same bars on its page and in every result list.
 */
import { MAX_MOOD_WEIGHT, MOOD_SLUGS, getMood, type MoodSlug } from "../schemas/moods";

export interface MoodChartRow {
  mood: MoodSlug;
  /** The mood's English name. */
  label: string;
  /** The drama's strength in the mood, 0–1 (its weight over 3). */
  value: number;
  /** `value` as a whole-number percentage, as the chart prints it. */
  percent: number;
  /** Whether the visitor asked for this mood. */
  asked: boolean;
}

export interface MoodChartOptions {
  /** The moods the visitor asked for, in the order they were asked (none on a drama page). */
  asked?: readonly MoodSlug[];
  /**
   * Which moods get a row: `"asked"` gives the asked moods, then the drama's defining moods nobody
   * asked for (the ones the explanation says pull its fit down); `"carried"` gives every mood the drama
   * carries (weight above 0).
   */
  rows: "asked" | "carried";
  /** At most this many rows (results cards stay short on a phone). */
  limit?: number;
}

/** Checks a weight vector (MOOD_SLUGS order, 0–3 each) and names what is wrong. */
function checkWeights(weights: readonly number[]): void {
  if (weights.length !== MOOD_SLUGS.length) {
    throw new Error(`Mood chart: expected ${MOOD_SLUGS.length} mood weights (one per mood), got ${weights.length}`);
  }
  weights.forEach((weight, position) => {
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_MOOD_WEIGHT) {
      throw new Error(
        `Mood chart: the weight of ${MOOD_SLUGS[position]} is ${weight}, expected an integer 0–${MAX_MOOD_WEIGHT}`,
      );
    }
  });
}

function rowOf(mood: MoodSlug, weight: number, asked: boolean): MoodChartRow {
  const value = weight / MAX_MOOD_WEIGHT;
  return { mood, label: getMood(mood).name, value, percent: Math.round(value * 100), asked };
}

/** Strongest first; equal weights in MOOD_SLUGS order so the chart never reshuffles between builds. */
function byStrength(weights: readonly number[]) {
  return (a: MoodSlug, b: MoodSlug) =>
    weights[MOOD_SLUGS.indexOf(b)]! - weights[MOOD_SLUGS.indexOf(a)]! || MOOD_SLUGS.indexOf(a) - MOOD_SLUGS.indexOf(b);
}

/**
 * The chart's rows for a drama's mood weights (MOOD_SLUGS order, 0–3 each). Asked moods come first in
 * the order asked, even at 0 %: an empty bar says plainly that the drama does not carry a mood asked for.
 */
export function moodChartRows(weights: readonly number[], options: MoodChartOptions): MoodChartRow[] {
  checkWeights(weights);
  const asked = [...new Set(options.asked ?? [])];
  const weightOf = (mood: MoodSlug) => weights[MOOD_SLUGS.indexOf(mood)]!;
  const others = MOOD_SLUGS.filter((mood) => !asked.includes(mood));
  const shown =
    options.rows === "asked"
      ? [...asked, ...others.filter((mood) => weightOf(mood) === MAX_MOOD_WEIGHT).sort(byStrength(weights))]
      : [...asked, ...others.filter((mood) => weightOf(mood) > 0).sort(byStrength(weights))];
  const limited = options.limit === undefined ? shown : shown.slice(0, options.limit);
  return limited.map((mood) => rowOf(mood, weightOf(mood), asked.includes(mood)));
}

/** The moods a drama does not carry at all, in MOOD_SLUGS order (the drama page names them under its chart). */
export function absentMoods(weights: readonly number[]): MoodSlug[] {
  checkWeights(weights);
  return MOOD_SLUGS.filter((_, position) => weights[position] === 0);
}

/**
 * The chart as text, its equivalent for screen readers: "Longing 100% (you asked), Epic 67% (you asked),
 * Healing 100%". Percentages are written as the quiz writes its match percentages.
 */
export function moodChartText(rows: readonly MoodChartRow[]): string {
  return rows.map((row) => `${row.label} ${row.percent}%${row.asked ? " (you asked)" : ""}`).join(", ");
}
