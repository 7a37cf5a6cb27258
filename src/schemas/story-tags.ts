/**
 * The story-tag vocabulary: what a drama is about, in the words viewers search with. It sits beside
 * the moods (how a drama feels): a tag is a premise, a place, an era, a job, a relationship, a theme or
 * a tone that a person might type ("contract marriage", "a chef", "Joseon", "small town").
 *
 * Every drama lists its tags in front matter, each with a one-line reason in our own words; the schema
 * refuses a slug that is not in this list (with the closest one as a suggestion), and the content check
 * reports a tag no drama uses. The quiz reads `words` to recognise a tag in free text, so list what
 * people actually type: synonyms, phrases, inflections, common misspellings and Hangul where natural.
 *
 * Slugs are fixed once published (tag pages and profiles store them); names and words may be tuned.
 * This module imports nothing: schemas, the catalogue, the index builder and the CMS all read it.
 */

/** What kind of thing a tag names; /tags/ groups tags by kind in this order. */
export const TAG_KINDS = ["premise", "setting", "era", "profession", "relationship", "theme", "tone"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** How /tags/ heads each kind. */
export const TAG_KIND_NAMES: Record<TagKind, string> = {
  premise: "Premises and tropes",
  setting: "Settings and places",
  era: "Eras",
  profession: "Jobs and worlds",
  relationship: "Relationships",
  theme: "Themes",
  tone: "Tones",
};

export interface StoryTag {
  /** Stable identifier used in profiles and at /tags/<slug>/ (kebab-case ASCII). */
  slug: string;
  /** Display name, sentence case ("Contract marriage"). */
  name: string;
  /** One line saying what a drama needs to carry this tag; editors read it as the tag's rule. */
  definition: string;
  kind: TagKind;
  /**
   * Words and phrases people use for it, lower case: synonyms, phrases, inflections, common
   * misspellings and Hangul where natural. The name itself is always matched and need not be repeated.
   */
  words: readonly string[];
}

export const STORY_TAGS: readonly StoryTag[] = [
  {
    slug: "contract-marriage",
    name: "Contract marriage",
    definition: "Two people marry (or pretend to) on terms agreed in advance, and feelings follow.",
    kind: "premise",
    words: ["fake marriage", "marriage of convenience", "contract wedding", "sham marriage", "계약 결혼", "계약결혼"],
  },
];

/** The slugs, for fast membership tests and messages. */
export const STORY_TAG_SLUGS: readonly string[] = STORY_TAGS.map((tag) => tag.slug);

const tagsBySlug = new Map(STORY_TAGS.map((tag) => [tag.slug, tag]));

export function isStoryTagSlug(slug: string): boolean {
  return tagsBySlug.has(slug);
}

export function storyTag(slug: string): StoryTag | undefined {
  return tagsBySlug.get(slug);
}
