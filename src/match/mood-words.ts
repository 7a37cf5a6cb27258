/**
 * Feeling words: everyday words people type for a mood ("sad", "cozy", "butterflies"), mapped to the
 * twelve moods of `moods.ts`. The quiz reads them out of free text and treats them like chosen moods,
 * with the strength given here (1 = the word names the mood outright, 0.5 = it leans that way).
 *
 * How to extend it: add a word (or a short phrase) under the mood it means, in lower case. Matching
 * compares stems (the Porter stemmer), so list one form of a word: "cry" also covers "crying" and
 * "cries". A word may point at two moods ("tearjerker" is heartbreak and bittersweet). Mood names in
 * English and Hangul are added automatically. Keep genre and setting words ("comedy", "revenge",
 * "hospital") out: those are descriptions, found in the profiles themselves.
 */
import { MOODS, type MoodSlug } from "../schemas/moods";

type Vocabulary = Record<MoodSlug, Record<string, number>>;

/** Strength of a word that names the mood outright, and of one that only leans towards it. */
const NAMES = 1;
const LEANS = 0.5;

export const MOOD_WORDS: Vocabulary = {
  fluttering: {
    butterflies: NAMES,
    "heart fluttering": NAMES,
    "heart-fluttering": NAMES,
    flutter: NAMES,
    swoon: NAMES,
    crush: NAMES,
    romantic: NAMES,
    "first love": NAMES,
    "in love": NAMES,
    sweet: LEANS,
    cute: LEANS,
    flirty: NAMES,
    "falling in love": NAMES,
    "slow burn": LEANS,
    설레는: NAMES,
    달달한: NAMES,
  },
  longing: {
    yearning: NAMES,
    yearn: NAMES,
    pining: NAMES,
    miss: NAMES,
    missing: NAMES,
    "missing someone": NAMES,
    wistful: LEANS,
    "long distance": NAMES,
    "unrequited love": NAMES,
    unrequited: NAMES,
    lonely: LEANS,
    loneliness: LEANS,
    그리운: NAMES,
  },
  heartbreak: {
    sad: NAMES,
    sadness: NAMES,
    cry: NAMES,
    tears: NAMES,
    weep: NAMES,
    heartbroken: NAMES,
    heartbreaking: NAMES,
    "broken heart": NAMES,
    breakup: NAMES,
    "break up": NAMES,
    tragic: NAMES,
    tragedy: NAMES,
    tearjerker: NAMES,
    grief: NAMES,
    sorrow: NAMES,
    depressing: LEANS,
    melancholy: LEANS,
    melancholic: LEANS,
    슬픈: NAMES,
    눈물: NAMES,
  },
  healing: {
    cozy: NAMES,
    cosy: NAMES,
    comfort: NAMES,
    comforting: NAMES,
    "comfort watch": NAMES,
    "heart warming": NAMES,
    "heart-warming": NAMES,
    heartwarming: NAMES,
    warm: LEANS,
    wholesome: NAMES,
    soothing: NAMES,
    gentle: LEANS,
    relaxing: NAMES,
    calm: LEANS,
    peaceful: NAMES,
    따뜻한: NAMES,
    위로: NAMES,
  },
  joyful: {
    happy: NAMES,
    happiness: NAMES,
    cheerful: NAMES,
    joy: NAMES,
    fun: NAMES,
    "feel good": NAMES,
    "feel-good": NAMES,
    upbeat: NAMES,
    bright: LEANS,
    sunny: LEANS,
    uplifting: LEANS,
    행복한: NAMES,
    신나는: NAMES,
  },
  hopeful: {
    hope: NAMES,
    inspiring: NAMES,
    inspirational: NAMES,
    motivating: NAMES,
    motivational: NAMES,
    uplifting: LEANS,
    underdog: NAMES,
    "coming of age": LEANS,
    courage: LEANS,
    resilience: NAMES,
    "second chance": LEANS,
    "new beginning": NAMES,
  },
  tense: {
    thrilling: NAMES,
    suspense: NAMES,
    suspenseful: NAMES,
    tension: NAMES,
    gripping: NAMES,
    scary: NAMES,
    creepy: NAMES,
    dark: LEANS,
    intense: NAMES,
    nervous: LEANS,
    "edge of my seat": NAMES,
    "nail biting": NAMES,
    "nail-biting": NAMES,
    adrenaline: NAMES,
    무서운: NAMES,
  },
  playful: {
    funny: NAMES,
    hilarious: NAMES,
    silly: NAMES,
    witty: NAMES,
    banter: NAMES,
    laugh: NAMES,
    lighthearted: NAMES,
    "light hearted": NAMES,
    "light-hearted": NAMES,
    quirky: NAMES,
    goofy: NAMES,
    light: LEANS,
    웃긴: NAMES,
  },
  nostalgic: {
    nostalgia: NAMES,
    retro: NAMES,
    "good old days": NAMES,
    childhood: LEANS,
    memories: NAMES,
    memory: LEANS,
    "looking back": NAMES,
    throwback: NAMES,
    vintage: LEANS,
    그리운시절: NAMES,
  },
  bittersweet: {
    poignant: NAMES,
    "happy sad": NAMES,
    "sad but sweet": NAMES,
    wistful: LEANS,
    tearjerker: LEANS,
    melancholy: LEANS,
    melancholic: LEANS,
    ache: NAMES,
    aching: NAMES,
    touching: LEANS,
    emotional: LEANS,
    먹먹한: NAMES,
  },
  epic: {
    fate: NAMES,
    fated: NAMES,
    destiny: NAMES,
    destined: NAMES,
    grand: NAMES,
    sweeping: NAMES,
    saga: NAMES,
    heroic: NAMES,
    legendary: LEANS,
    "larger than life": NAMES,
    운명적인: NAMES,
  },
  dreamy: {
    magical: NAMES,
    magic: LEANS,
    ethereal: NAMES,
    whimsical: NAMES,
    "fairy tale": NAMES,
    fairytale: NAMES,
    surreal: NAMES,
    otherworldly: NAMES,
    enchanting: NAMES,
    mystical: NAMES,
    dreamlike: NAMES,
    dream: LEANS,
    신비로운: NAMES,
  },
};

export interface FeelingWord {
  /** The word or phrase as listed. */
  phrase: string;
  mood: MoodSlug;
  /** 1 when the word names the mood outright, 0.5 when it leans that way. */
  strength: number;
}

/**
 * Every feeling word, with the mood names (English and Hangul, and the slug) added at full strength.
 * The matcher normalises the phrases with its own tokenizer and stemmer; see text-search.ts.
 */
export function feelingWords(): FeelingWord[] {
  const words: FeelingWord[] = [];
  for (const mood of MOODS) {
    for (const phrase of new Set([mood.slug, mood.name.toLowerCase(), mood.nameHangul])) {
      words.push({ phrase, mood: mood.slug, strength: NAMES });
    }
    for (const [phrase, strength] of Object.entries(MOOD_WORDS[mood.slug])) {
      words.push({ phrase, mood: mood.slug, strength });
    }
  }
  return words;
}
