import { describe, expect, test } from "vitest";
import { CONVERSATION_WORDS, fillerKind } from "../../src/match/reading/filler";
import { FAMILY_NAME_SOUND_KEYS, soundKey } from "../../src/match/reading/name-variants";
import {
  PhraseLexicon,
  editDistance,
  phraseKey,
  phraseWords,
  typoTolerance,
  wordKey,
} from "../../src/match/reading/phrase-lexicon";
import { wordWeights, type Evidence } from "../../src/match/reading/text-evidence";
import { moodShareOf } from "../../src/match/rank";
import { jamoSpelling, titleAcronym } from "../../src/match/text-fields";
import { queryWords, withoutParticle } from "../../src/match/reading/query-words";

describe("queryWords", () => {
  test("keeps what was typed, folds case and width, and reads hyphenated words whole with their pieces", () => {
    const words = queryWords("K-pop IDOL ｉｕ");
    expect(words.map((word) => word.norm)).toEqual(["kpop", "idol", "iu"]);
    expect(words[0]!.typed).toBe("K-pop");
    expect(words[0]!.pieces).toEqual(["k", "pop"]);
    expect(words.map((word) => word.position)).toEqual([0, 1, 2]);
  });

  test("drops possessives and punctuation, keeps Hangul and digits", () => {
    expect(queryWords("Tangerine's <b>1988</b> 도깨비!").map((word) => word.norm)).toEqual([
      "tangerine",
      "b",
      "1988",
      "b",
      "도깨비",
    ]);
  });

  test("removes a Korean particle only when two syllables remain", () => {
    expect(withoutParticle("복수를")).toBe("복수");
    expect(withoutParticle("조선의")).toBe("조선");
    expect(withoutParticle("나는")).toBe("나는");
  });

  test("reads at most 100 characters and never throws on emoji or empty input", () => {
    expect(queryWords("")).toEqual([]);
    expect(queryWords("😭🔥")).toEqual([]);
    expect(queryWords("a ".repeat(200)).length).toBe(50);
  });
});

describe("fillerKind", () => {
  test("single letters, stop words and conversation are filler; a describing word is not", () => {
    expect(fillerKind("k")).toBe("letter");
    expect(fillerKind("the")).toBe("stop word");
    for (const word of ["looking", "something", "story", "watch", "tonight"]) {
      expect(CONVERSATION_WORDS).toContain(word);
      expect(fillerKind(word)).toBeDefined();
    }
    expect(fillerKind("chef")).toBeUndefined();
  });

  test("chatty intensifiers and letters drawn out for effect are filler", () => {
    for (const word of ["literally", "honestly", "lol", "omg", "hiii", "sooo", "pleaseee"]) {
      expect(fillerKind(word), word).toBeDefined();
    }
    expect(fillerKind("reeed")).toBeUndefined();
    for (const word of ["against", "노래", "드라마", "추천"]) expect(fillerKind(word), word).toBeDefined();
  });

  test("a catalogue-common term is filler unless the vocabulary gives it meaning", () => {
    const commonTerms = new Set(["famili"]);
    const stemOf = (word: string) => (word === "family" ? "famili" : word);
    expect(fillerKind("family", { commonTerms, stemOf })).toBe("common");
    expect(fillerKind("family", { commonTerms, stemOf, meaningful: () => true })).toBeUndefined();
  });
});

describe("soundKey", () => {
  test("other romanizations of a syllable share a key", () => {
    expect(soundKey("Joong")).toBe(soundKey("Jung"));
    expect(soundKey("Jeong")).toBe(soundKey("Jung"));
    expect(soundKey("Lee")).toBe(soundKey("Yi"));
    expect(soundKey("Park")).toBe(soundKey("Bak"));
    expect(soundKey("Hyeon")).toBe(soundKey("Hyun"));
    expect(soundKey("Choi")).toBe(soundKey("Choe"));
    expect(soundKey("Seo")).not.toBe(soundKey("Kim"));
  });

  test("family names are known as such", () => {
    for (const family of ["Kim", "Lee", "Park", "Choi", "Jung"])
      expect(FAMILY_NAME_SOUND_KEYS.has(soundKey(family))).toBe(true);
    expect(FAMILY_NAME_SOUND_KEYS.has(soundKey("Goblin"))).toBe(false);
  });
});

describe("contractions in phrases", () => {
  test("can't, cannot and apostrophes share one key whichever side writes them", () => {
    const key = (phrase: string) => phraseKey(phraseWords(phrase));
    expect(key("cannot tell a lie")).toBe(key("can't tell a lie"));
    expect(key("cannot lie")).toBe(key("can’t lie"));
    expect(wordKey("girl's")).toBe(wordKey("girls"));
    const lexicon = new PhraseLexicon<string>();
    lexicon.add("can't tell a lie", "cant-lie");
    expect(lexicon.find(queryWords("someone who cannot tell a lie")).map((match) => match.values[0])).toEqual([
      "cant-lie",
    ]);
  });
});

describe("phrases read loosely", () => {
  const isFiller = (word: string) => ["a", "and", "guy", "girl", "the", "is"].includes(word);
  const lexicon = new PhraseLexicon<string>(isFiller);
  lexicon.add("rich and poor", "class-divide");
  lexicon.add("poor", "money-troubles");
  const find = (text: string) => lexicon.find(queryWords(text)).map((match) => match.values[0]);

  test("a phrase's words in order, with only filler between, are the phrase, before any word alone", () => {
    expect(find("a cold rich guy and a poor girl")).toEqual(["class-divide"]);
    expect(find("rich and a poor")).toEqual(["class-divide"]);
  });

  test("a word that is not filler between them breaks the phrase", () => {
    expect(find("rich cold poor")).toEqual(["money-troubles"]);
  });

  test("without a filler test, phrases are read only as written", () => {
    const strict = new PhraseLexicon<string>();
    strict.add("rich and poor", "class-divide");
    expect(strict.find(queryWords("rich guy and poor"))).toEqual([]);
  });
});

describe("PhraseLexicon", () => {
  const lexicon = new PhraseLexicon<string>();
  lexicon.add("contract marriage", "contract-marriage");
  lexicon.add("enemies to lovers", "enemies-to-lovers");
  lexicon.add("restaurant", "restaurant");
  lexicon.add("k-pop", "idol");
  lexicon.add("chef", "chef");
  lexicon.add("계약 결혼", "contract-marriage");

  const find = (text: string, options = {}) => lexicon.find(queryWords(text), options).map((match) => match.values[0]);

  test("matches inflections, spacing, hyphens and case", () => {
    expect(find("Contract Marriages")).toEqual(["contract-marriage"]);
    expect(find("enemy-to-lover romance")).toEqual(["enemies-to-lovers"]);
    expect(find("k pop")).toEqual(["idol"]);
    expect(find("계약결혼을")).toEqual(["contract-marriage"]);
  });

  test("corrects a typo of a long enough word, never a word that exists as typed", () => {
    const [match] = lexicon.find(queryWords("resturant"));
    expect(match?.values).toEqual(["restaurant"]);
    expect(match?.corrections).toEqual([{ typed: "resturant", as: "restaurant" }]);
    expect(match!.quality).toBeLessThan(1);
    expect(find("chief", { isKnownWord: (word: string) => word === "chief" })).toEqual([]);
    expect(find("chfe")).toEqual([]);
  });

  test("a one-word phrase counts only where the word may stand alone; each word is used once", () => {
    expect(find("chef", { mayStandAlone: () => false })).toEqual([]);
    expect(find("contract marriage chef contract")).toEqual(["contract-marriage", "chef"]);
  });

  test("edit distance counts a swap of neighbours as one edit, and tolerance grows with length", () => {
    expect(editDistance("goblni", "goblin")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(typoTolerance("chef")).toBe(0);
    expect(typoTolerance("lawyer")).toBe(1);
    expect(typoTolerance("prosecutor")).toBe(2);
  });
});

describe("how much each word counts", () => {
  const found = (...words: number[]): Evidence => ({
    perWord: new Map(words.map((word) => [word, 1])),
    names: [],
    alike: [],
    tags: [],
    mentions: [],
    score: 0,
    real: true,
  });

  test("a word that finds few dramas outweighs one that finds many; one that finds none counts most", () => {
    // Word 0 is found in one drama, word 1 in all four, word 2 in none.
    const dramas = new Map([
      [0, found(0, 1)],
      [1, found(1)],
      [2, found(1)],
      [3, found(1)],
    ]);
    const weights = wordWeights([0, 1, 2], dramas, 4);
    expect(weights.get(0)!).toBeGreaterThan(weights.get(1)!);
    expect(weights.get(2)!).toBe(weights.get(0)!);
    expect(weights.get(1)!).toBeCloseTo(Math.log(2));
  });

  test("feeling words among other words decide only their share of the ranking", () => {
    expect(moodShareOf(2, 0, 3)).toBe(0.5);
    expect(moodShareOf(0, 1, 1)).toBe(0.5);
    expect(moodShareOf(0, 1, 4)).toBeCloseTo(0.2);
    expect(moodShareOf(0, 0, 0)).toBe(0.5);
  });
});

describe("titleAcronym", () => {
  test("initials of titles of three words or more, as fans write them", () => {
    expect(titleAcronym("Crash Landing on You")).toBe("CLOY");
    expect(titleAcronym("What's Wrong with Secretary Kim")).toBe("WWWSK");
    expect(titleAcronym("Moon Lovers: Scarlet Heart Ryeo")).toBe("MLSHR");
    expect(titleAcronym("Mr. Sunshine")).toBeUndefined();
    expect(titleAcronym("사랑의 불시착 이야기")).toBeUndefined();
  });
});

describe("jamoSpelling", () => {
  test("splits each syllable into its letters, so a typo inside a block is one edit", () => {
    expect([...jamoSpelling("도깨비")]).toHaveLength(6);
    expect([...jamoSpelling("강")]).toHaveLength(3);
    expect(editDistance(jamoSpelling("도께비"), jamoSpelling("도깨비"))).toBe(1);
    expect(editDistance(jamoSpelling("첫사랑"), jamoSpelling("김사랑"))).toBeGreaterThan(1);
    expect(jamoSpelling("IU 2")).toBe("IU 2");
  });
});
