/**
 * A query as a list of words, the unit every layer of reading works on. Each word keeps what was
 * typed (for explanations), a normalised form (for lookups) and its place, so phrases can be matched
 * across neighbouring words.
 *
 * Hyphenated and apostrophe words are read whole ("k-pop" → "kpop", "joseon-era" → "joseonera") and
 * also as their pieces, which are marked as fragments: a name may use a piece ("Kim Eun-sook" from
 * "eun-sook"), but a piece alone is never evidence nor quoted as a reason.
 * Korean words lose a trailing particle ("복수를" → "복수"), since Hangul queries attach them.
 */

/** The longest query read, in characters: the box allows 100. */
export const MAX_QUERY_CHARACTERS = 100;

export interface QueryWord {
  /** As typed (trimmed of punctuation), for explanations. */
  typed: string;
  /** Lower case, NFKC-folded, hyphens and apostrophes removed, Korean particle removed. */
  norm: string;
  /** Lower case and folded like `norm`, with any Korean particle kept: names are matched as typed ("홍정은"). */
  raw: string;
  /** Position in the word list. */
  position: number;
  /** "I'll", "don't": a contraction, read as its pieces by names and as filler when it starts with one. */
  contraction: boolean;
  /**
   * The pieces of a hyphenated word ("eun", "sook" of "eun-sook"), normalised. Names may use them;
   * they are never evidence on their own.
   */
  pieces: string[];
}

const HANGUL = /[\uac00-\ud7af]/;
/** Particles people attach to a Korean noun; the longest are tried first. */
const KOREAN_PARTICLES = [
  "에서",
  "으로",
  "까지",
  "부터",
  "처럼",
  "이랑",
  "하고",
  "을",
  "를",
  "이",
  "가",
  "은",
  "는",
  "의",
  "에",
  "로",
  "와",
  "과",
  "도",
  "만",
  "랑",
];

export function normalizeWord(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** A Hangul word without its trailing particle, when what is left is at least two syllables. */
export function withoutParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const particle of KOREAN_PARTICLES) {
    if (word.endsWith(particle) && [...word].length - [...particle].length >= 2) return word.slice(0, -particle.length);
  }
  return word;
}

/** Letters (any script) and digits, joined by inner hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function queryWords(text: string): QueryWord[] {
  const clipped = [...text].slice(0, MAX_QUERY_CHARACTERS).join("");
  const words: QueryWord[] = [];
  for (const match of clipped.normalize("NFKC").matchAll(WORD)) {
    // A possessive is the word itself: "tangerine's" is "tangerine".
    const typed = match[0].replace(/['’]s$/i, "");
    const pieces = typed.split(/[-'’]/).filter(Boolean);
    const joined = normalizeWord(pieces.join(""));
    words.push({
      typed,
      norm: withoutParticle(joined),
      raw: joined,
      position: words.length,
      pieces: pieces.length > 1 ? pieces.map(normalizeWord) : [],
      contraction: /['’](?:t|ll|re|ve|d|m)$/i.test(typed),
    });
  }
  return words;
}
