import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EMPTY_ANSWERS, type QuizAnswers } from "../../src/lib/answers";
import { createMatcher, energyFit, lengthFit, voiceFit } from "../../src/lib/match";
import { MOOD_SLUGS, type MoodSlug } from "../../src/lib/moods";
import { buildIndex, type DramaSpec, type SongSpec } from "./index-fixtures";

const answers = (change: Partial<QuizAnswers>): QuizAnswers => ({ ...EMPTY_ANSWERS, ...change });

describe("the formula's parts", () => {
  test("energy fit", () => {
    expect([1, 2, 3, 4, 5].map((energy) => energyFit("calm", energy))).toEqual([1, 1, 0.6, 0.3, 0.3]);
    expect([1, 2, 3, 4, 5].map((energy) => energyFit("upbeat", energy))).toEqual([0.3, 0.3, 0.6, 1, 1]);
    expect([1, 2, 3, 4, 5].map((energy) => energyFit("mid", energy))).toEqual([0.5, 0.8, 1, 0.8, 0.5]);
    expect(energyFit("any", 5)).toBe(1);
  });
  test("voice fit", () => {
    expect(voiceFit("duet", "duet")).toBe(1);
    expect(voiceFit("duet", "male")).toBe(0.5);
    expect(voiceFit("any", "group")).toBe(1);
  });
  test("length fit by episode band", () => {
    expect([12, 13, 20, 21].map((episodes) => lengthFit("short", episodes))).toEqual([1, 0.75, 0.75, 0.5]);
    expect([8, 16, 50].map((episodes) => lengthFit("standard", episodes))).toEqual([0.75, 1, 0.75]);
    expect(lengthFit("any", 100)).toBe(1);
  });
});

describe("mood matching", () => {
  const index = buildIndex(
    [
      { slug: "sad-one", episodes: 16, moods: { longing: 3, heartbreak: 2 } },
      { slug: "light-one", episodes: 12, moods: { joyful: 3, longing: 1 } },
      { slug: "no-longing", episodes: 16, moods: { tense: 3 } },
    ],
    [
      { slug: "ballad", drama: "sad-one", energy: 1, voice: "female", moods: { longing: 3 } },
      { slug: "bop", drama: "light-one", energy: 5, voice: "group", moods: { joyful: 3, longing: 2 } },
      { slug: "thriller-theme", drama: "no-longing", energy: 4, voice: "male", moods: { tense: 3 } },
    ],
  );
  const matcher = createMatcher(index);

  test("computes the documented score", () => {
    const result = matcher.match(answers({ moods: ["longing"], energy: "calm" }));
    // sad-one: 0.6 × 3/3 + 0.4 × (3/3 × energyFit(calm, 1) = 1) = 1.0
    // light-one: 0.6 × 1/3 + 0.4 × (2/3 × energyFit(calm, 5) = 0.3) = 0.2 + 0.08 = 0.28
    expect(result.dramas.map((match) => [match.drama.slug, match.percent])).toEqual([
      ["sad-one", 100],
      ["light-one", 28],
    ]);
    expect(result.totalMatches).toBe(2);
  });

  test("explains each match with the editors' reasons and the songs that carried it", () => {
    const [top] = matcher.match(answers({ moods: ["longing", "heartbreak"] })).dramas;
    expect(top?.reasons).toEqual([
      { mood: "longing", why: "longing reason" },
      { mood: "heartbreak", why: "heartbreak reason" },
    ]);
    expect(top?.songs.map((song) => [song.song.slug, song.artistNames, song.moods])).toEqual([
      ["ballad", ["Singer"], ["longing"]],
    ]);
  });

  test("applies the length preference", () => {
    const result = matcher.match(answers({ moods: ["longing"], length: "long" }));
    // sad-one: 1.0 × 0.75 (standard is one band from long); light-one: 0.6×1/3 + 0.4×2/3 = 0.4667 × 0.5
    expect(result.dramas.map((match) => match.percent)).toEqual([75, 23]);
  });

  test("ranks songs on their own", () => {
    const result = matcher.match(answers({ moods: ["longing"], voice: "group" }));
    // ballad 3/3 × 0.5 = 0.5; bop 2/3 × 1 = 0.67
    expect(result.songs.map((match) => [match.song.slug, match.percent])).toEqual([
      ["bop", 67],
      ["ballad", 50],
    ]);
  });
});

// ---- properties over random catalogues -------------------------------------------------------

const weights = fc.dictionary(fc.constantFrom(...MOOD_SLUGS), fc.integer({ min: 1, max: 3 }), { maxKeys: 4 });
const catalogue = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 2, maxLength: 12 })
  .chain((slugs) =>
    fc.tuple(
      fc.constant(slugs),
      fc.array(weights, { minLength: slugs.length, maxLength: slugs.length }),
      fc.array(
        fc.tuple(weights, fc.integer({ min: 1, max: 5 }), fc.constantFrom("female", "male", "duet", "group" as const)),
        {
          minLength: slugs.length,
          maxLength: slugs.length,
        },
      ),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: slugs.length, maxLength: slugs.length }),
    ),
  )
  .map(([slugs, dramaWeights, songs, episodes]) => ({
    dramas: slugs.map((slug, i): DramaSpec => ({ slug, episodes: episodes[i], moods: dramaWeights[i]! })),
    songs: slugs.map((slug, i): SongSpec => ({
      slug: `${slug}-song`,
      drama: slug,
      moods: songs[i]![0],
      energy: songs[i]![1],
      voice: songs[i]![2],
    })),
  }));
const quizAnswers = fc.record({
  moods: fc.uniqueArray(fc.constantFrom(...MOOD_SLUGS), { minLength: 1, maxLength: 3 }),
  energy: fc.constantFrom("calm", "mid", "upbeat", "any" as const),
  voice: fc.constantFrom("female", "male", "duet", "group", "any" as const),
  length: fc.constantFrom("short", "standard", "long", "any" as const),
  seen: fc.constant<string[]>([]),
  q: fc.constant(""),
});

describe("ranking properties", () => {
  test("a drama marked as seen is never returned", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, fc.nat(), (data, chosen, pick) => {
        const matcher = createMatcher(buildIndex(data.dramas, data.songs));
        const seen = data.dramas.filter((_, i) => (pick >> i) & 1).map((drama) => drama.slug);
        const result = matcher.match({ ...chosen, seen }, { dramas: 100, songs: 100 });
        for (const match of result.dramas) expect(seen).not.toContain(match.drama.slug);
        for (const match of result.songs) expect(seen).not.toContain(match.drama.slug);
      }),
      { numRuns: 200 },
    );
  });

  test("raising a chosen mood's weight on a drama never lowers its rank", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, fc.nat(), (data, chosen, pick) => {
        const target = data.dramas[pick % data.dramas.length]!;
        const mood = chosen.moods[pick % chosen.moods.length] as MoodSlug;
        const current = target.moods[mood] ?? 0;
        if (current === 3) return;
        const rankOf = (dramas: DramaSpec[]) => {
          const result = createMatcher(buildIndex(dramas, data.songs)).match(chosen, { dramas: 1000 });
          const rank = result.dramas.findIndex((match) => match.drama.slug === target.slug);
          return rank === -1 ? Infinity : rank;
        };
        const raised = data.dramas.map((drama) =>
          drama === target ? { ...drama, moods: { ...drama.moods, [mood]: current + 1 } } : drama,
        );
        expect(rankOf(raised)).toBeLessThanOrEqual(rankOf(data.dramas));
      }),
      { numRuns: 200 },
    );
  });

  test("the same answers always give the same list, ties broken by slug", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, (data, chosen) => {
        const first = createMatcher(buildIndex(data.dramas, data.songs)).match(chosen, { dramas: 100 });
        const shuffled = createMatcher(buildIndex([...data.dramas].reverse(), [...data.songs].reverse())).match(
          chosen,
          {
            dramas: 100,
          },
        );
        expect(shuffled.dramas.map((match) => match.drama.slug)).toEqual(first.dramas.map((match) => match.drama.slug));
        for (let i = 1; i < first.dramas.length; i++) {
          const [a, b] = [first.dramas[i - 1]!, first.dramas[i]!];
          expect(a.score > b.score || (a.score === b.score && a.drama.slug < b.drama.slug)).toBe(true);
        }
        for (const match of first.dramas) expect(match.percent).toBe(Math.round(match.score * 100));
      }),
      { numRuns: 200 },
    );
  });
});

describe("free text", () => {
  const index = buildIndex(
    [
      {
        slug: "hotel",
        title: "Hotel del Luna",
        titleHangul: "호텔 델루나",
        titleRomanized: "Hotel Delluna",
        moods: { dreamy: 3 },
      },
      {
        slug: "summer",
        title: "Our Beloved Summer",
        titleHangul: "그 해 우리는",
        titleRomanized: "Geu Hae Urineun",
        moods: { nostalgic: 3 },
      },
      { slug: "perfect-mood", title: "Perfect Mood", moods: { dreamy: 3, longing: 3 } },
    ],
    [
      { slug: "remember-me", title: "Remember Me", drama: "hotel", artists: ["oh-hyuk"], moods: { dreamy: 2 } },
      { slug: "christmas-tree", title: "Christmas Tree", drama: "summer", artists: ["v"], moods: { nostalgic: 2 } },
      { slug: "perfect-song", title: "Perfect Song", drama: "perfect-mood", moods: { dreamy: 3, longing: 3 } },
    ],
    [
      { slug: "oh-hyuk", name: "Oh Hyuk", nameHangul: "오혁" },
      { slug: "v", name: "V", nameHangul: "뷔" },
      { slug: "singer", name: "Singer", nameHangul: "가수" },
    ],
  );
  const matcher = createMatcher(index);
  const first = (q: string, moods: MoodSlug[] = []) => matcher.match(answers({ q, moods })).dramas[0]?.drama.slug;

  test.each([
    ["a misspelled title", "Hotel del Lunna", "hotel"],
    ["a title with two wrong letters", "Our Belovad Sumer", "summer"],
    ["a Hangul title", "그 해 우리는", "summer"],
    ["a romanized title", "geu hae urineun", "summer"],
    ["a song title", "christmas tree", "summer"],
    ["a singer's name", "Oh Hyuk", "hotel"],
    ["a singer in Hangul", "오혁", "hotel"],
  ])("%s puts the right drama first", (_, q, expected) => {
    expect(first(q)).toBe(expected);
    // Words outweigh a perfect mood match elsewhere.
    expect(first(q, ["dreamy", "longing"])).toBe(expected);
  });

  test("says what matched", () => {
    const [top] = matcher.match(answers({ q: "remember me" })).dramas;
    expect(top?.textHit).toEqual({ kind: "song", label: "Remember Me (Oh Hyuk)" });
  });

  test("words that match nothing are ignored, and the result says so", () => {
    const result = matcher.match(answers({ q: "zzzzqqqq", moods: ["dreamy"] }));
    expect(result.textIgnored).toBe(true);
    expect(result.dramas.map((match) => [match.drama.slug, match.percent])).toEqual([
      ["perfect-mood", 100],
      ["hotel", 87],
    ]);
  });
});
