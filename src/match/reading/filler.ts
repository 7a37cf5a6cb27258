/**
 * Filler: words that say nothing about which drama a person wants. They are never evidence and never
 * quoted as a reason. Four kinds, decided in this order:
 *
 * - a single letter or digit ("a", "k" of "k-pop", "2"), and any piece of a hyphenated word
 *   ("k" and "pop" of "k-pop": the whole word is read instead);
 * - English stop words (the `stopword` package's list: "the", "with", "about");
 * - conversation about watching, asking and liking (`CONVERSATION_WORDS`): "looking", "something",
 *   "story", "watch", "tonight", "recommend", "drama", "show". A fixed list, because these are words
 *   people say *to* a search box, whatever the catalogue holds;
 * - words nearly every profile contains, from the catalogue's own document frequencies: a term in at
 *   least `COMMON_TERM_SHARE` of the dramas' descriptions cannot tell dramas apart (the index builder
 *   lists them, so the list grows with the catalogue instead of being guessed).
 *
 * A word of the story-tag vocabulary or the feeling vocabulary is never filler by the last rule: those
 * vocabularies are the words we chose to mean something.
 */
import { eng } from "stopword";

/** A description term in at least this share of dramas is too common to be evidence. */
export const COMMON_TERM_SHARE = 0.3;
/** ...counted only in catalogues big enough for shares to mean something. */
export const MIN_DRAMAS_FOR_COMMON_TERMS = 20;

/**
 * What people say to a search box around what they want: asking, watching, liking, vague nouns.
 * Lower case, as typed (inflections listed: this list is compared before stemming).
 */
export const CONVERSATION_WORDS: readonly string[] = [
  // asking and wanting
  "looking",
  "look",
  "find",
  "finding",
  "search",
  "searching",
  "want",
  "wanted",
  "wanting",
  "wanna",
  "need",
  "needs",
  "please",
  "pls",
  "plz",
  "recommend",
  "recommendation",
  "recommendations",
  "recs",
  "rec",
  "suggest",
  "suggestion",
  "suggestions",
  "give",
  "show",
  "shows",
  "tell",
  "help",
  "can",
  "could",
  "would",
  "should",
  "may",
  "might",
  "let",
  "lets",
  "get",
  "got",
  "im",
  "i'm",
  "ive",
  "i've",
  "id",
  "i'd",
  "dont",
  "don't",
  "kinda",
  "sorta",
  "maybe",
  "perhaps",
  "really",
  "actually",
  "literally",
  "so",
  "basically",
  "totally",
  "honestly",
  "seriously",
  "definitely",
  "probably",
  "absolutely",
  "genuinely",
  "lowkey",
  "hi",
  "hey",
  "hello",
  "lol",
  "omg",
  "lmao",
  "idk",
  "tbh",
  "ngl",
  "just",
  "also",
  "even",
  "still",
  "bit",
  "lot",
  "lots",
  "prefer",
  "preferably",
  "ideally",
  "mood",
  "vibe",
  "vibes",
  "feel",
  "feeling",
  "feels",
  "type",
  "kind",
  "sort",
  "sorts",
  "kinds",
  "types",
  "like",
  "likes",
  "liked",
  "love",
  "loved",
  "enjoy",
  "enjoyed",
  // the first half of contractions ("don't", "isn't", "I'll")
  "don",
  "doesn",
  "didn",
  "isn",
  "aren",
  "wasn",
  "weren",
  "won",
  "wouldn",
  "couldn",
  "shouldn",
  "haven",
  "hasn",
  "ain",
  // watching
  "watch",
  "watching",
  "watched",
  "binge",
  "bingewatch",
  "stream",
  "streaming",
  "tonight",
  "today",
  "weekend",
  "now",
  "next",
  "new",
  "newest",
  "latest",
  "recent",
  "episode",
  "episodes",
  "season",
  "seasons",
  // vague nouns and judgements
  "something",
  "anything",
  "everything",
  "nothing",
  "thing",
  "things",
  "stuff",
  "one",
  "ones",
  "story",
  "stories",
  "storyline",
  "plot",
  "plots",
  "about",
  "drama",
  "dramas",
  "kdrama",
  "kdramas",
  "k-drama",
  "k-dramas",
  "korean",
  "korea",
  "series",
  "tv",
  "title",
  "titles",
  "good",
  "great",
  "best",
  "nice",
  "cool",
  "amazing",
  "awesome",
  "interesting",
  "popular",
  "famous",
  "top",
  "favorite",
  "favourite",
  "classic",
  "classics",
  "must",
  "watchable",
  "recommended",
  "people",
  "person",
  "someone",
  "somebody",
  "anyone",
  "guy",
  "girl",
  "man",
  "woman",
  "character",
  "characters",
  "lead",
  "leads",
  "main",
  "plays",
  "play",
  "played",
  "set",
  "sets",
  "where",
  "way",
  "ost",
  "osts",
  "soundtrack",
  "soundtracks",
  "song",
  "songs",
  "track",
  "tracks",
];

const STOP_WORDS = new Set(eng.map((word) => word.toLowerCase()));
const CONVERSATION = new Set(CONVERSATION_WORDS);

export type FillerKind = "letter" | "fragment" | "stop word" | "conversation" | "common";

/**
 * Why a word (lower case, as typed) is filler, or undefined when it may be evidence. `commonTerms` is
 * the index's list of catalogue-common description terms, `stemOf` the description stemmer, and
 * `meaningful` says whether the word belongs to the tag or feeling vocabulary.
 */
export function fillerKind(
  word: string,
  {
    fragment = false,
    commonTerms,
    stemOf,
    meaningful,
  }: {
    fragment?: boolean;
    commonTerms?: ReadonlySet<string>;
    stemOf?: (word: string) => string | null;
    meaningful?: (word: string) => boolean;
  } = {},
): FillerKind | undefined {
  if (fragment) return "fragment";
  if ([...word].length <= 1) return "letter";
  if (STOP_WORDS.has(word)) return "stop word";
  if (CONVERSATION.has(word)) return "conversation";
  // Letters drawn out for effect ("hiii", "sooo", "pleaseee") are the same word.
  if (/(\p{L})\1\1/u.test(word)) {
    for (const shorter of [word.replace(/(\p{L})\1{2,}/gu, "$1$1"), word.replace(/(\p{L})\1{2,}/gu, "$1")]) {
      if (STOP_WORDS.has(shorter)) return "stop word";
      if (CONVERSATION.has(shorter)) return "conversation";
    }
  }
  if (commonTerms && stemOf && !meaningful?.(word)) {
    const stem = stemOf(word);
    if (stem && commonTerms.has(stem)) return "common";
  }
  return undefined;
}
