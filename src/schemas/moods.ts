/**
 * The mood vocabulary: the one list that schemas, pages, the quiz, share images and tests read.
 * Slugs are fixed (share links and profiles store them); names and colours may be tuned.
 */

export interface Mood {
  /** Stable identifier used in profiles, URLs and share links. */
  slug: MoodSlug;
  /** English display name. */
  name: string;
  /** Korean display name (rendered with `lang="ko"`). */
  nameHangul: string;
  /** One line saying what the mood feels like. */
  description: string;
  /**
   * The mood's colour. `onLight` is used as text/accent on the light page background and as the
   * share-image field behind white text; `onDark` is the accent on the dark background. Both meet
   * WCAG AA (4.5:1) against their backgrounds; `tests/unit/moods.test.ts` checks it.
   */
  color: { onLight: string; onDark: string };
}

export const MOOD_SLUGS = [
  "fluttering",
  "longing",
  "heartbreak",
  "healing",
  "joyful",
  "hopeful",
  "tense",
  "playful",
  "nostalgic",
  "bittersweet",
  "epic",
  "dreamy",
] as const;

export type MoodSlug = (typeof MOOD_SLUGS)[number];

export const MOODS: readonly Mood[] = [
  {
    slug: "fluttering",
    name: "Heart-fluttering",
    nameHangul: "설렘",
    description: "First love, sweet romance, the pull of a crush.",
    color: { onLight: "#b0225c", onDark: "#f59bc2" },
  },
  {
    slug: "longing",
    name: "Longing",
    nameHangul: "그리움",
    description: "Missing someone across time, distance or death.",
    color: { onLight: "#3d3aa8", onDark: "#b3b0f6" },
  },
  {
    slug: "heartbreak",
    name: "Heartbreak",
    nameHangul: "이별",
    description: "Parting, loss, tears.",
    color: { onLight: "#b02020", onDark: "#f6a5a5" },
  },
  {
    slug: "healing",
    name: "Healing",
    nameHangul: "힐링",
    description: "Warm comfort, everyday kindness, slow days.",
    color: { onLight: "#1f6e38", onDark: "#8fdca7" },
  },
  {
    slug: "joyful",
    name: "Joyful",
    nameHangul: "기쁨",
    description: "Bright, upbeat, fun.",
    color: { onLight: "#855500", onDark: "#f7c65c" },
  },
  {
    slug: "hopeful",
    name: "Hopeful",
    nameHangul: "희망",
    description: "Rising after failure, youth, courage.",
    color: { onLight: "#0b5c9e", onDark: "#8cc4f5" },
  },
  {
    slug: "tense",
    name: "Tense",
    nameHangul: "긴장",
    description: "Suspense, thriller, revenge.",
    color: { onLight: "#3f4a5c", onDark: "#bcc7d8" },
  },
  {
    slug: "playful",
    name: "Playful",
    nameHangul: "유쾌함",
    description: "Comedy, witty banter.",
    color: { onLight: "#a3420a", onDark: "#ffb27a" },
  },
  {
    slug: "nostalgic",
    name: "Nostalgic",
    nameHangul: "추억",
    description: "Looking back at youth, another decade.",
    color: { onLight: "#75502c", onDark: "#e2bf98" },
  },
  {
    slug: "bittersweet",
    name: "Bittersweet",
    nameHangul: "먹먹함",
    description: "Happy and sad at once, an ache that stays.",
    color: { onLight: "#84367a", onDark: "#e8a8dc" },
  },
  {
    slug: "epic",
    name: "Epic",
    nameHangul: "운명",
    description: "Destiny, grand fantasy or historical sweep.",
    color: { onLight: "#6a2ca3", onDark: "#d2acf5" },
  },
  {
    slug: "dreamy",
    name: "Dreamy",
    nameHangul: "몽환",
    description: "Ethereal, supernatural, magical.",
    color: { onLight: "#0d6b70", onDark: "#84d9d6" },
  },
];

const moodsBySlug = new Map<string, Mood>(MOODS.map((mood) => [mood.slug, mood]));

export function isMoodSlug(value: string): value is MoodSlug {
  return moodsBySlug.has(value);
}

/** The mood for a slug; throws for an unknown slug because callers only pass validated slugs. */
export function getMood(slug: MoodSlug): Mood {
  const mood = moodsBySlug.get(slug);
  if (!mood) throw new Error(`Unknown mood slug "${slug}"`);
  return mood;
}

/** Mood weights run from 1 (a touch) to 3 (defining); an absent mood counts as 0. */
export const MIN_MOOD_WEIGHT = 1;
export const MAX_MOOD_WEIGHT = 3;
/** The longest "why this matches" reason an editor may write. */
export const MAX_MOOD_REASON_LENGTH = 140;
