/**
 * Korean names in the Latin alphabet are spelled many ways: Lee, Yi, Rhee; Jung, Jeong, Chung;
 * Park, Bak, Pak; Joong-ki, Jung-ki, Joongki. A person searching types whichever spelling they met.
 * `soundKey` reduces a romanized syllable or name word to a key that those spellings share, so the
 * names index can hold one extra field of keys and a query word can be compared by key as well as
 * by letters. The rules are general (vowel and consonant spellings of the common systems:
 * Revised, McCune–Reischauer and the ad hoc spellings in credits), not a list of people.
 *
 * Keys are for matching only and are never shown.
 */

/** Family-name spellings whose key the general rules would not join (Lee / Yi / Rhee / I). */
const FAMILY_NAME_KEYS: Record<string, string> = {
  lee: "i",
  yi: "i",
  rhee: "i",
  rhie: "i",
  ri: "i",
  park: "bak",
  pak: "bak",
  bak: "bak",
  bahk: "bak",
  choi: "choe",
  choe: "choe",
  choy: "choe",
  chwe: "choe",
  kim: "gim",
  gim: "gim",
  kang: "gang",
  gang: "gang",
  noh: "no",
  roh: "no",
  ro: "no",
  no: "no",
  oh: "o",
  o: "o",
  woo: "u",
  u: "u",
  ha: "ha",
  hah: "ha",
  ryu: "yu",
  yoo: "yu",
  yu: "yu",
  you: "yu",
  lim: "im",
  im: "im",
  rim: "im",
  ra: "na",
  na: "na",
  shin: "sin",
  sin: "sin",
  shim: "sim",
  sim: "sim",
  suh: "seo",
  seo: "seo",
  cho: "jo",
  jo: "jo",
  joe: "jo",
  jun: "jeon",
  jeon: "jeon",
  chun: "jeon",
  chon: "jeon",
  moon: "mun",
  mun: "mun",
  koo: "gu",
  ku: "gu",
  gu: "gu",
  ko: "go",
  go: "go",
  koh: "go",
  yoon: "yun",
  yun: "yun",
};

/**
 * The shared key of a romanized word. Applied to every word of a person's or singer's name (and to
 * each syllable of a hyphenated given name), and to query words.
 */
export function soundKey(word: string): string {
  const lower = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!lower) return "";
  const family = FAMILY_NAME_KEYS[lower];
  if (family) return family;
  return (
    lower
      // Vowels: oo/u, ee/i, eo/u (Revised "Jeong", "Hyeon", "Geon" are often "Jung", "Hyun", "Gun"), ae/e.
      .replace(/oo/g, "u")
      .replace(/ee/g, "i")
      .replace(/eo/g, "u")
      .replace(/ae/g, "e")
      .replace(/ui/g, "i")
      .replace(/eu/g, "u")
      .replace(/wo/g, "o")
      // Consonants: aspirates and plain stops written alike (k/g, t/d, p/b, ch/j), sh/s, r/l.
      .replace(/ch/g, "j")
      .replace(/sh/g, "s")
      .replace(/k/g, "g")
      .replace(/t/g, "d")
      .replace(/p/g, "b")
      .replace(/r/g, "l")
      .replace(/h$/g, "")
      // Doubled letters ("ssang" consonants, "Hyunn") count once.
      .replace(/(.)\1+/g, "$1")
  );
}

/** The common family names, by key: a query word that is only one of these names no whole person. */
export const FAMILY_NAME_SOUND_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(FAMILY_NAME_KEYS),
  ...[
    "jang",
    "han",
    "song",
    "hong",
    "hwang",
    "ahn",
    "an",
    "bae",
    "baek",
    "jeong",
    "jung",
    "jin",
    "ji",
    "cha",
    "nam",
    "son",
    "seong",
    "sung",
    "heo",
    "hyun",
    "gong",
    "min",
    "bang",
    "yang",
    "um",
    "eom",
    "chae",
    "won",
    "byun",
    "byeon",
    "ham",
    "yeom",
    "gwon",
    "kwon",
    "gwak",
    "kwak",
    "joo",
    "ju",
    "ma",
    "do",
    "jeon",
    "cheon",
    "ok",
    "seok",
    "tak",
    "pyo",
    "gil",
    "yeo",
  ].map(soundKey),
]);
