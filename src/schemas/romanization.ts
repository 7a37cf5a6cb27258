/**
 * Revised Romanization of Korean (RR, 국어의 로마자 표기법, 2000), as used for song `title`s that are
 * romanized Korean and for drama `titleRomanized`. Pure: no imports, so the checker
 * (the content rules in src/catalog/content-rules.ts), tests and the site can all use it.
 *
 * `romanizeHangul` reads Hangul syllable by syllable and applies the sound changes RR writes down
 * between syllables of one word: liaison of a final before ㅇ, nasalisation (ㄱ/ㄷ/ㅂ before ㄴ/ㅁ,
 * ㄹ after ㅁ/ㅇ/ㄱ/ㅂ read ㄴ), liquidisation (ㄴㄹ, ㄹㄴ → ll), ㄹㄹ → ll, palatalisation (ㄷ/ㅌ before
 * 이: 같이 gachi) and aspiration with ㅎ (좋고 joko, 잡혀 japyeo). It writes no hyphens and does not
 * mark tense consonants (압구정 Apgujeong), as RR says. What it cannot know from spelling alone
 * (ㄴ insertion as in 알약 allyak, the kept ㅎ of nouns such as 묵호 Mukho) is for
 * `ROMANIZATION_EXCEPTIONS`. Anything that is not Hangul (Latin letters, digits, punctuation, Hanja)
 * is copied as it is.
 */

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWELS = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];

// Jamo as Unicode compatibility letters, indexed the way syllables are composed.
const INITIAL_JAMO = [..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"];
const FINAL_JAMO = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** A syllable as jamo: initial (ㅇ when silent), vowel index, final ("" when none). */
interface Syllable {
  initial: string;
  vowel: number;
  final: string;
}

/** A final before a consonant or at the end of a word: the seven sounds RR writes (k n t l m p ng). */
const NEUTRAL_FINAL: Record<string, string> = {
  "": "",
  ㄱ: "ㄱ",
  ㄲ: "ㄱ",
  ㅋ: "ㄱ",
  ㄳ: "ㄱ",
  ㄺ: "ㄱ",
  ㄴ: "ㄴ",
  ㄵ: "ㄴ",
  ㄶ: "ㄴ",
  ㄷ: "ㄷ",
  ㅅ: "ㄷ",
  ㅆ: "ㄷ",
  ㅈ: "ㄷ",
  ㅊ: "ㄷ",
  ㅌ: "ㄷ",
  ㅎ: "ㄷ",
  ㄹ: "ㄹ",
  ㄼ: "ㄹ",
  ㄽ: "ㄹ",
  ㄾ: "ㄹ",
  ㅀ: "ㄹ",
  ㅁ: "ㅁ",
  ㄻ: "ㅁ",
  ㅂ: "ㅂ",
  ㅍ: "ㅂ",
  ㅄ: "ㅂ",
  ㄿ: "ㅂ",
  ㅇ: "ㅇ",
};

const FINAL_LETTERS: Record<string, string> = {
  "": "",
  ㄱ: "k",
  ㄴ: "n",
  ㄷ: "t",
  ㄹ: "l",
  ㅁ: "m",
  ㅂ: "p",
  ㅇ: "ng",
};

/** A double final split in two: what stays, what moves on (or meets the next initial). */
const SPLIT_FINAL: Record<string, [string, string]> = {
  ㄳ: ["ㄱ", "ㅅ"],
  ㄵ: ["ㄴ", "ㅈ"],
  ㄶ: ["ㄴ", "ㅎ"],
  ㄺ: ["ㄹ", "ㄱ"],
  ㄻ: ["ㄹ", "ㅁ"],
  ㄼ: ["ㄹ", "ㅂ"],
  ㄽ: ["ㄹ", "ㅅ"],
  ㄾ: ["ㄹ", "ㅌ"],
  ㄿ: ["ㄹ", "ㅍ"],
  ㅀ: ["ㄹ", "ㅎ"],
  ㅄ: ["ㅂ", "ㅅ"],
};

const VOWEL_I = 20; // ㅣ
const ASPIRATED: Record<string, string> = { ㄱ: "ㅋ", ㄷ: "ㅌ", ㅂ: "ㅍ", ㅈ: "ㅊ" };

function decompose(char: string): Syllable | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return undefined;
  const index = code - SYLLABLE_FIRST;
  return {
    initial: INITIAL_JAMO[Math.floor(index / 588)]!,
    vowel: Math.floor((index % 588) / 28),
    final: FINAL_JAMO[index % 28]!,
  };
}

/**
 * The sound change at one syllable boundary of a word: `before` ends with a final, `after` starts
 * with an initial. Both are changed in place; `before.final` becomes one of the seven neutral finals
 * (or none), `after.initial` the initial as it is read.
 */
function joinSyllables(before: Syllable, after: Syllable): void {
  const final = before.final;
  if (final === "") return;
  const [kept, moving] = SPLIT_FINAL[final] ?? ["", final];

  // A final before a silent ㅇ moves over (liaison); ㅎ is lost, ㅇ (ng) stays where it is.
  if (after.initial === "ㅇ") {
    if (final === "ㅇ") return;
    before.final = kept;
    if (moving === "ㅎ") return;
    // Palatalisation: 같이 gachi, 굳이 guji, 핥이 halchi.
    if (after.vowel === VOWEL_I && moving === "ㄷ") after.initial = "ㅈ";
    else if (after.vowel === VOWEL_I && moving === "ㅌ") after.initial = "ㅊ";
    else after.initial = moving;
    return;
  }

  // Aspiration: ㄱ ㄷ ㅂ ㅈ before ㅎ are read ㅋ ㅌ ㅍ ㅊ (잡혀 japyeo, 맞히다 machida; ㅅ ㅊ ㅌ count as ㄷ);
  // ㅌ before 히 is ㅊ (굳히다 guchida).
  if (after.initial === "ㅎ") {
    const said = NEUTRAL_FINAL[moving];
    const sound = moving === "ㅈ" ? "ㅈ" : said;
    if (sound && ASPIRATED[sound]) {
      before.final = kept;
      after.initial = ASPIRATED[sound] === "ㅌ" && after.vowel === VOWEL_I ? "ㅊ" : ASPIRATED[sound];
      return;
    }
  }

  // Aspiration the other way: ㅎ (also in ㄶ ㅀ) before ㄱ ㄷ ㅈ: 좋고 joko, 많다 manta, 싫지 silchi.
  if (moving === "ㅎ" && ASPIRATED[after.initial]) {
    before.final = kept;
    after.initial = ASPIRATED[after.initial]!;
    return;
  }
  // ㅎ before ㄴ is read ㄴ (놓는 nonneun); before ㅅ and other consonants it is not heard.
  if (moving === "ㅎ") before.final = kept === "" ? (after.initial === "ㄴ" ? "ㄴ" : "") : kept;
  else before.final = NEUTRAL_FINAL[final]!;

  const end = before.final;
  if (after.initial === "ㄹ") {
    if (end === "ㄴ" || end === "ㄹ") {
      // Liquidisation: 신라 silla; ㄹㄹ: 빨래 ppallae.
      before.final = "ㄹ";
      return;
    }
    // ㄹ after any other final is read ㄴ (종로 jongno, 백리 baengni, 독립 dongnip).
    if (end !== "") after.initial = "ㄴ";
  }
  if (end === "ㄹ" && after.initial === "ㄴ") {
    // Liquidisation the other way: 별내 byeollae.
    after.initial = "ㄹ";
    return;
  }
  // Nasalisation: ㄱ ㄷ ㅂ before ㄴ ㅁ are read ㅇ ㄴ ㅁ (백마 baengma, 믿는 minneun, 밥물 bammul).
  if (after.initial === "ㄴ" || after.initial === "ㅁ") {
    if (end === "ㄱ") before.final = "ㅇ";
    else if (end === "ㄷ") before.final = "ㄴ";
    else if (end === "ㅂ") before.final = "ㅁ";
  }
}

/** Romanizes one run of Hangul syllables (a word), sound changes included. */
function romanizeWord(chars: string[]): string {
  const syllables = chars.map((char) => decompose(char) as Syllable);
  for (let index = 0; index + 1 < syllables.length; index += 1) joinSyllables(syllables[index]!, syllables[index + 1]!);
  let text = "";
  syllables.forEach((syllable, index) => {
    const previous = syllables[index - 1];
    // ㄹ is r as an initial, l as a final; an initial ㄹ after a final ㄹ is l too (ll).
    const initial =
      syllable.initial === "ㄹ" && previous?.final === "ㄹ" ? "l" : INITIALS[INITIAL_JAMO.indexOf(syllable.initial)];
    text += initial! + VOWELS[syllable.vowel]! + FINAL_LETTERS[NEUTRAL_FINAL[syllable.final]!]!;
  });
  return text;
}

/**
 * Hangul in Revised Romanization, lower case, with no hyphens. Words (runs of Hangul syllables)
 * are romanized one by one; everything else is kept as it is.
 */
export function romanizeHangul(text: string): string {
  let result = "";
  let word: string[] = [];
  for (const char of text) {
    if (decompose(char)) {
      word.push(char);
      continue;
    }
    if (word.length > 0) result += romanizeWord(word);
    word = [];
    result += char;
  }
  if (word.length > 0) result += romanizeWord(word);
  return result;
}

/**
 * A romanization as compared: lower case, only letters and digits (spaces, hyphens, apostrophes
 * and other punctuation go). Letters with diacritics keep them, so McCune–Reischauer's ŏ and ŭ
 * never pass for eo and eu.
 */
export function normalizeRomanization(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export interface RomanizationComparison {
  /** Whether the romanization spells the Hangul in RR (after normalising both). */
  agrees: boolean;
  /** RR of the Hangul, as romanizeHangul writes it. */
  expected: string;
  /** The romanization as written. */
  found: string;
}

/** Whether `romanized` is the Revised Romanization of `hangul`, ignoring case, spaces, hyphens and apostrophes. */
export function compareRomanization(hangul: string, romanized: string): RomanizationComparison {
  const expected = romanizeHangul(hangul);
  return {
    agrees: normalizeRomanization(expected) === normalizeRomanization(romanized),
    expected,
    found: romanized,
  };
}

/**
 * Titles whose romanization is allowed to differ from `romanizeHangul`, each with the reason (and,
 * for an official spelling, its source). Keys are content ids: `songs/<slug>` or `dramas/<slug>`.
 */
export const ROMANIZATION_EXCEPTIONS: Readonly<Record<string, string>> = {
  "dramas/goblin":
    "The Hangul title ends 찬란하神: the last syllable of 찬란하신 is written with the Hanja 神 (sin, 'god'), a pun " +
    "on the title character. romanizeHangul reads Hangul only, so it cannot check that syllable; titleRomanized " +
    "spells it sin (Sseulsseulhago Challanhasin - Dokkaebi).",
};
