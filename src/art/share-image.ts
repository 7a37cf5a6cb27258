/**
 * Which share image each page shows, and the one file format they all use. Pure (no renderer), so the
 * pages and the share-image writer (src/art/share-images/write.ts) read the same paths and alt texts.
 *
 * Only dramas, the twelve moods and the site itself get a card of their own (docs/design.md, "Share
 * images"): a song page shows its drama's card, and an artist page, like every page without a card of
 * its own, the site card. A card per song would triple the images for previews that show nearly the
 * same thing, and every image is build time and deploy size.
 */
import { rankMoods } from "../catalog/joins";
import type { MoodWeights } from "../schemas/mood-weights";
import { getMood, type MoodSlug } from "../schemas/moods";

/**
 * JPEG: the cards are gradients, a generated cover and text, where JPEG at quality 85 is a fifth of
 * the PNG's size with no visible loss at preview sizes (measured in docs/deploy.md).
 */
export const SHARE_IMAGE_TYPE = "image/jpeg";
export const SHARE_IMAGE_EXTENSION = "jpg";

export interface ShareImage {
  /** Root-relative path, e.g. `/og/dramas/goblin.jpg`. */
  src: string;
  alt: string;
}

/** The fields of a drama its card (and so its alt text) is made from. */
export interface DramaImageInput {
  id: string;
  data: { title: string; titleHangul: string; moods: MoodWeights };
}

export const dramaImagePath = (id: string) => `/og/dramas/${id}.${SHARE_IMAGE_EXTENSION}`;
export const moodImagePath = (slug: MoodSlug) => `/og/moods/${slug}.${SHARE_IMAGE_EXTENSION}`;
export const siteImagePath = () => `/og/site.${SHARE_IMAGE_EXTENSION}`;

/** A drama's card: its own page, its match page and each of its songs' pages show it. */
export function dramaImage(drama: DramaImageInput): ShareImage {
  const moods = rankMoods(drama.data.moods)
    .slice(0, 3)
    .map(({ mood }) => getMood(mood).name.toLowerCase());
  return {
    src: dramaImagePath(drama.id),
    alt: `${drama.data.title} (${drama.data.titleHangul}): ${moods.join(", ")}`,
  };
}

export function moodImage(slug: MoodSlug): ShareImage {
  const mood = getMood(slug);
  return { src: moodImagePath(slug), alt: `${mood.name} (${mood.nameHangul}): ${mood.description}` };
}

/** The card of every page that has none of its own (home, lists, quiz, search, artists, about). */
export function siteImage(tagline: string): ShareImage {
  return { src: siteImagePath(), alt: `Moodtrack: ${tagline}` };
}
