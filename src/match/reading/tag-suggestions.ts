/**
 * Story tags to offer when words found nothing to rank: tags close to the words that matched nothing
 * (fuse.js over tag names and words, looser than the reader's typo rule: these are offers, not
 * readings), and nothing that no drama carries.
 */
import Fuse from "fuse.js";
import type { TagRecord, TextIndexData } from "../index-format";
import type { QueryReading } from "./text-reader";

export const MAX_TAG_SUGGESTIONS = 4;

export interface TagSuggestion {
  slug: string;
  name: string;
  /** How many dramas carry it. */
  dramas: number;
}

const fuses = new WeakMap<readonly TagRecord[], Fuse<{ word: string; position: number }>>();

/** One fuse.js index over the carried tags' names and words, per vocabulary. */
function fuseOf(tags: readonly TagRecord[], carriers: Map<number, number>) {
  let fuse = fuses.get(tags);
  if (!fuse) {
    const entries = tags.flatMap((tag, position) =>
      // Names and the first few words: enough to suggest, few enough to search in a few milliseconds.
      carriers.has(position) ? [tag.name, ...tag.words.slice(0, 3)].map((word) => ({ word, position })) : [],
    );
    fuse = new Fuse(entries, { keys: ["word"], includeScore: true, threshold: 0.35, ignoreLocation: true });
    fuses.set(tags, fuse);
  }
  return fuse;
}

export function suggestTags(
  reading: QueryReading,
  tags: readonly TagRecord[],
  dramaTags: TextIndexData["dramaTags"],
): TagSuggestion[] {
  const carriers = new Map<number, number>();
  for (const tags of dramaTags) for (const tag of tags) carriers.set(tag, (carriers.get(tag) ?? 0) + 1);
  const lookFor = reading.unmatched.filter((word) => [...word].length >= 3);
  if (lookFor.length === 0) return [];
  const fuse = fuseOf(tags, carriers);
  const found = new Map<number, number>();
  for (const word of lookFor) {
    for (const { item, score = 1 } of fuse.search(word, { limit: 10 })) {
      found.set(item.position, Math.min(found.get(item.position) ?? 1, score));
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_TAG_SUGGESTIONS)
    .map(([position]) => ({ slug: tags[position]!.slug, name: tags[position]!.name, dramas: carriers.get(position)! }));
}
