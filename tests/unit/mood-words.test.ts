import { describe, expect, test } from "vitest";
import { MOOD_WORDS, feelingWords } from "../../src/match/mood-words";
import { MOODS, MOOD_SLUGS } from "../../src/schemas/moods";
import { GENRES } from "../../src/schemas/drama";
import { matcherFor } from "./index-fixtures";

describe("the feeling vocabulary", () => {
  test("covers every mood, with its English and Hangul names", () => {
    expect(Object.keys(MOOD_WORDS).sort()).toEqual([...MOOD_SLUGS].sort());
    const words = feelingWords();
    for (const mood of MOODS) {
      expect(words).toContainEqual({ phrase: mood.name.toLowerCase(), mood: mood.slug, strength: 1 });
      expect(words).toContainEqual({ phrase: mood.nameHangul, mood: mood.slug, strength: 1 });
      expect(Object.keys(MOOD_WORDS[mood.slug]).length).toBeGreaterThanOrEqual(8);
    }
  });

  test("keeps genre words out: those are descriptions", () => {
    const genreWords = new Set(GENRES.flatMap((genre) => [genre, genre.replaceAll("-", " ")]));
    const clashes = feelingWords().filter((word) => genreWords.has(word.phrase));
    expect(clashes).toEqual([]);
  });

  test("gives each word a strength of 1 (names the mood) or ½ (leans that way)", () => {
    for (const word of feelingWords()) expect([0.5, 1]).toContain(word.strength);
  });

  // One drama per mood, each defined by that mood alone: a word must lead to its mood's drama.
  const matcher = matcherFor(
    MOOD_SLUGS.map((mood) => ({ slug: `${mood}-drama`, moods: { [mood]: 3 } })),
    MOOD_SLUGS.map((mood) => ({ slug: `${mood}-song`, drama: `${mood}-drama`, moods: { [mood]: 3 } })),
  );

  test.each(feelingWords().filter((word) => word.strength === 1))("“$phrase” is read as $mood", ({ phrase, mood }) => {
    const result = matcher.match({ moods: [], energy: "any", voice: "any", length: "any", seen: [], q: phrase });
    expect(result.moods).toContain(mood);
    expect(result.dramas.map((match) => match.drama.slug)).toContain(`${mood}-drama`);
  });

  test.each([
    ["I want something sad", ["heartbreak"]],
    ["cozy and heart-warming", ["healing"]],
    ["thrilling, on the edge of my seat", ["tense"]],
    ["butterflies", ["fluttering"]],
    ["crying my eyes out", ["heartbreak"]],
  ])("reads everyday phrasing: %s", (q, moods) => {
    const result = matcher.match({ moods: [], energy: "any", voice: "any", length: "any", seen: [], q });
    expect(result.moods).toEqual(moods);
  });
});
