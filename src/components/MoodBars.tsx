/**
 * A drama's moods as horizontal bars, one row per mood (src/match/mood-chart.ts picks the rows). One
 * component for the quiz's result cards (in the island) and drama pages (rendered by Astro at build
 * time, no JavaScript shipped).
 *
 * Screen readers get one sentence: the chart is role="img" named by moodChartText ("Longing 100% (you
 * asked), …"), so they hear every value once instead of walking a grid of fragments. Sighted visitors
 * read the same names and percentages beside the bars; colour only repeats what the text says.
 * Bar widths are SVG attributes because the CSP forbids inline style attributes.
 */
import { moodChartText, type MoodChartRow } from "../match/mood-chart";

interface Props {
  rows: readonly MoodChartRow[];
  /** What the chart shows, read first by screen readers ("Goblin's moods"). */
  label: string;
  /** Smaller rows, for result cards. */
  compact?: boolean;
}

export default function MoodBars({ rows, label, compact = false }: Props) {
  if (rows.length === 0) return null;
  const marksAsked = rows.some((row) => row.asked);
  const mixed = marksAsked && rows.some((row) => !row.asked);
  return (
    <div class={`mood-bars${compact ? " compact" : ""}`} role="img" aria-label={`${label}: ${moodChartText(rows)}.`}>
      {rows.map((row) => (
        <div class={`mood-bar mood-${row.mood}${row.asked ? " asked" : marksAsked ? " unasked" : ""}`} key={row.mood}>
          <span class="mood-bar-label">
            {row.asked && <span class="mood-bar-mark">✓ </span>}
            {row.label}
          </span>
          <svg class="mood-bar-svg" viewBox="0 0 100 8" preserveAspectRatio="none" focusable="false">
            <rect class="mood-bar-track" width="100" height="8" rx="4" />
            {row.value > 0 && <rect class="mood-bar-fill" width={Math.round(row.value * 100)} height="8" rx="4" />}
          </svg>
          <span class="mood-bar-value">{row.percent}%</span>
        </div>
      ))}
      {mixed && <p class="mood-bars-legend">✓ you asked for it; the others define it too</p>}
    </div>
  );
}
