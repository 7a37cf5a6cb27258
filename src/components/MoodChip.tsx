/**
 * A mood in its colour; links to the mood page unless `link` is false. One component for the static
 * pages (rendered by Astro, no JavaScript shipped) and the quiz's results island.
 */
import { getMood, type MoodSlug } from "../schemas/moods";

const WEIGHT_LABELS = ["", "a touch", "clearly there", "defining"];

interface Props {
  mood: MoodSlug;
  /** Shows the weight as dots (●●○) with a readable label. */
  weight?: number;
  link?: boolean;
  /** English name only (cards and reasons, where space is short). */
  compact?: boolean;
}

export default function MoodChip({ mood: slug, weight, link = true, compact = false }: Props) {
  const mood = getMood(slug);
  const Tag = link ? "a" : "span";
  return (
    <Tag class={`chip mood-${slug}`} href={link ? `/moods/${slug}/` : undefined}>
      {mood.name}
      {!compact && (
        <span lang="ko" class="weight">
          {mood.nameHangul}
        </span>
      )}
      {weight ? (
        <span class="weight">
          <span aria-hidden="true">{"●".repeat(weight) + "○".repeat(3 - weight)}</span>
          <span class="visually-hidden">({WEIGHT_LABELS[weight]})</span>
        </span>
      ) : null}
    </Tag>
  );
}

/** A card's strongest moods as a list of compact chips (nothing when there are none). */
export function MoodChipList({ moods }: { moods: readonly MoodSlug[] }) {
  if (moods.length === 0) return null;
  return (
    <ul class="chips">
      {moods.map((mood) => (
        <li>
          <MoodChip mood={mood} compact />
        </li>
      ))}
    </ul>
  );
}
