import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EMPTY_ANSWERS, type QuizAnswers } from "../../src/match/answers";
import { createMatcher, energyFit, lengthFit, scoreDramaForMoods, voiceFit } from "../../src/match/matcher";
import { BEST_MATCH_FLOOR, isBestMatch, percentOf } from "../../src/match/rank";
import { MOOD_SLUGS, type MoodSlug } from "../../src/schemas/moods";
import { buildIndex, matcherFor, type DramaSpec, type SongSpec } from "./index-fixtures";

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

describe("mood fit", () => {
  const matcher = createMatcher(
    buildIndex(
      [
        { slug: "cozy", moods: { healing: 3 } },
        { slug: "heavy", moods: { healing: 3, heartbreak: 3, longing: 3 } },
        { slug: "touch", moods: { healing: 1, joyful: 2 } },
        { slug: "elsewhere", moods: { tense: 3 } },
      ],
      [
        { slug: "cozy-song", drama: "cozy", energy: 2, moods: { healing: 3 } },
        { slug: "heavy-song", drama: "heavy", energy: 2, moods: { healing: 3, heartbreak: 3 } },
        { slug: "touch-song", drama: "touch", energy: 4, moods: { joyful: 3 } },
        { slug: "tense-song", drama: "elsewhere", energy: 5, moods: { tense: 3 } },
      ],
    ).moods,
  );

  test("computes the documented score", () => {
    const result = matcher.match(answers({ moods: ["healing"] }));
    // cozy: p(healing) = 0.6 × 1 + 0.4 × 1 = 1, nothing else: coverage 1, focus 1 → 1.
    // heavy: p = (healing 1, heartbreak 1, longing 0.6): coverage 1, focus 1/√2.36 → 0.5 + 0.5 × 0.651.
    // touch: p = (healing 0.2, joyful 0.8): coverage 0.2, focus 0.2/√0.68 → 0.2 × (0.5 + 0.5 × 0.2425).
    expect(result.dramas.map((match) => [match.drama.slug, match.score.toFixed(4)])).toEqual([
      ["cozy", "1.0000"],
      ["heavy", (0.5 + 0.5 / Math.sqrt(2.36)).toFixed(4)],
      ["touch", (0.2 * (0.5 + 0.5 * (0.2 / Math.sqrt(0.68)))).toFixed(4)],
    ]);
    expect(result.totalMatches).toBe(3);
  });

  test("a drama defined by exactly the chosen moods ranks above one that also carries strong other moods", () => {
    expect(matcher.match(answers({ moods: ["healing"] })).dramas[0]?.drama.slug).toBe("cozy");
    const [, heavy] = matcher.match(answers({ moods: ["healing"] })).dramas;
    expect(heavy?.explanation).toContain("It is also defined by longing and heartbreak, which you didn't ask for.");
  });

  test("explains the match from its weights and its songs", () => {
    const [top] = matcher.match(answers({ moods: ["healing"] })).dramas;
    expect(top?.explanation).toEqual(["Defined by healing.", "Its song cozy-song carries healing."]);
    expect(top?.songs.map((song) => [song.song.slug, song.moods])).toEqual([["cozy-song", ["healing"]]]);
  });

  test("applies the length and energy preferences", () => {
    const long = matcher.match(answers({ moods: ["healing"], length: "long" })).dramas[0]!;
    expect(long.score).toBeCloseTo(0.75);
    const upbeat = matcher.match(answers({ moods: ["joyful"], energy: "upbeat" })).dramas[0]!;
    expect(upbeat.drama.slug).toBe("touch");
    expect(upbeat.explanation).toContain("Its songs are upbeat, as you wanted.");
  });

  test("editors' reasons come with the details of the dramas shown", () => {
    expect(matcher.match(answers({ moods: ["healing"] })).dramas[0]?.reasons).toEqual([]);
    const withText = matcherFor([{ slug: "cozy", moods: { healing: 3 } }], [{ slug: "s", drama: "cozy", moods: {} }]);
    expect(withText.match(answers({ moods: ["healing"] })).dramas[0]?.reasons).toEqual([
      { mood: "healing", why: "healing reason" },
    ]);
  });
});

describe("percentages", () => {
  test("whole numbers, never 0 for a score above 0, never above 100", () => {
    expect([0.914, 0.875, 0.5, 0.0004, 0, 1].map(percentOf)).toEqual([91, 88, 50, 1, 0, 100]);
  });

  test("Best match only from the documented floor", () => {
    expect(isBestMatch((BEST_MATCH_FLOOR - 1) / 100)).toBe(false);
    expect(isBestMatch(BEST_MATCH_FLOOR / 100)).toBe(true);
  });
});

// ---- properties over random catalogues -------------------------------------------------------

const weights = fc.dictionary(fc.constantFrom(...MOOD_SLUGS), fc.integer({ min: 1, max: 3 }), {
  minKeys: 1,
  maxKeys: 4,
});
const catalogue = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 2, maxLength: 12 })
  .chain((slugs) =>
    fc.tuple(
      fc.constant(slugs),
      fc.array(weights, { minLength: slugs.length, maxLength: slugs.length }),
      fc.array(
        fc.tuple(weights, fc.integer({ min: 1, max: 5 }), fc.constantFrom("female", "male", "duet", "group" as const)),
        { minLength: slugs.length, maxLength: slugs.length },
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
const matcherOf = (dramas: DramaSpec[], songs: SongSpec[]) => createMatcher(buildIndex(dramas, songs).moods);

describe("ranking properties", () => {
  test("a drama marked as seen is never returned", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, fc.nat(), (data, chosen, pick) => {
        const seen = data.dramas.filter((_, i) => (pick >> i) & 1).map((drama) => drama.slug);
        const result = matcherOf(data.dramas, data.songs).match({ ...chosen, seen }, { dramas: 100, songs: 100 });
        for (const match of result.dramas) expect(seen).not.toContain(match.drama.slug);
        for (const match of result.songs) expect(seen).not.toContain(match.drama.slug);
      }),
      { numRuns: 200 },
    );
  });

  test("raising a chosen mood's weight on a drama never lowers its score", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, fc.nat(), (data, chosen, pick) => {
        const target = data.dramas[pick % data.dramas.length]!;
        const mood = chosen.moods[pick % chosen.moods.length] as MoodSlug;
        const current = target.moods[mood] ?? 0;
        if (current === 3) return;
        const scoreOf = (dramas: DramaSpec[]) =>
          matcherOf(dramas, data.songs)
            .match(chosen, { dramas: 1000 })
            .dramas.find((match) => match.drama.slug === target.slug)?.score ?? 0;
        const raised = data.dramas.map((drama) =>
          drama === target ? { ...drama, moods: { ...drama.moods, [mood]: current + 1 } } : drama,
        );
        expect(scoreOf(raised)).toBeGreaterThanOrEqual(scoreOf(data.dramas) - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  test("a strong mood nobody asked for lowers a drama's score", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, fc.nat(), (data, chosen, pick) => {
        const target = data.dramas[pick % data.dramas.length]!;
        const unasked = MOOD_SLUGS.find((mood) => !chosen.moods.includes(mood) && !target.moods[mood])!;
        const scoreOf = (dramas: DramaSpec[]) =>
          matcherOf(dramas, data.songs)
            .match(chosen, { dramas: 1000 })
            .dramas.find((match) => match.drama.slug === target.slug)?.score ?? 0;
        const before = scoreOf(data.dramas);
        const after = scoreOf(
          data.dramas.map((drama) =>
            drama === target ? { ...drama, moods: { ...drama.moods, [unasked]: 3 } } : drama,
          ),
        );
        if (before === 0) expect(after).toBe(0);
        else expect(after).toBeLessThan(before);
      }),
      { numRuns: 300 },
    );
  });

  test("the same answers always give the same list, whatever order the catalogue arrives in", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, (data, chosen) => {
        const first = matcherOf(data.dramas, data.songs).match(chosen, { dramas: 100 });
        const shuffled = matcherOf([...data.dramas].reverse(), [...data.songs].reverse()).match(chosen, {
          dramas: 100,
        });
        expect(shuffled.dramas.map((match) => match.drama.slug)).toEqual(first.dramas.map((match) => match.drama.slug));
        for (let i = 1; i < first.dramas.length; i++) {
          expect(first.dramas[i - 1]!.score).toBeGreaterThanOrEqual(first.dramas[i]!.score);
        }
        for (const match of first.dramas) expect(match.percent).toBe(percentOf(match.score));
      }),
      { numRuns: 200 },
    );
  });

  test("labels are whole numbers and never contradict the order", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, (data, chosen) => {
        const result = matcherOf(data.dramas, data.songs).match(chosen, { dramas: 100, songs: 100 });
        for (const list of [result.dramas, result.songs]) {
          for (const item of list) expect(item.percentLabel).toMatch(/^(?:[1-9]\d?|100)$/);
          for (let i = 1; i < list.length; i++) expect(list[i - 1]!.percent).toBeGreaterThanOrEqual(list[i]!.percent);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("one drama scored alone from its own records equals its entry in the full list", () => {
    fc.assert(
      fc.property(catalogue, quizAnswers, (data, chosen) => {
        const files = buildIndex(data.dramas, data.songs);
        const full = createMatcher(files.moods).match(chosen, { dramas: 1000 });
        for (const match of full.dramas) {
          const position = files.moods.dramas.findIndex((drama) => drama.slug === match.drama.slug);
          const songs = files.moods.songs.filter((song) => song.drama === position);
          const alone = scoreDramaForMoods(chosen, match.drama, songs, files.moods.artists);
          expect(alone?.score).toBe(match.score);
          expect(alone?.explanation).toEqual(match.explanation);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("free text", () => {
  const matcher = matcherFor(
    [
      {
        slug: "hotel",
        title: "Hotel del Luna",
        titleHangul: "호텔 델루나",
        titleRomanized: "Hotel Delluna",
        genres: ["fantasy", "romance"],
        body: "A hotel that only ghosts can check into, run by a woman cursed for a thousand years.",
        moods: { dreamy: 3 },
      },
      {
        slug: "summer",
        title: "Our Beloved Summer",
        titleHangul: "그 해 우리는",
        titleRomanized: "Geu Hae Urineun",
        cast: [
          { name: "Choi Woo-shik", nameHangul: "최우식" },
          { name: "Kim Da-mi", nameHangul: "김다미" },
        ],
        body: "Two exes are filmed again for a documentary. <Spoiler>They marry in the end.</Spoiler>",
        moods: { nostalgic: 3 },
      },
      {
        slug: "glory",
        title: "The Glory",
        genres: ["revenge", "thriller"],
        writers: [{ name: "Kim Eun-sook", nameHangul: "김은숙" }],
        body: "A woman plans her payback on the bullies of her school years.",
        moods: { tense: 3 },
      },
      {
        slug: "cozy",
        title: "Small Town Doctor",
        genres: ["slice-of-life"],
        body: "A dentist moves to a seaside village.",
        moods: { healing: 3 },
      },
      { slug: "perfect-mood", title: "Perfect Mood", moods: { dreamy: 3, longing: 3 } },
    ],
    [
      { slug: "remember-me", title: "Remember Me", drama: "hotel", artists: ["oh-hyuk"], moods: { dreamy: 2 } },
      { slug: "christmas-tree", title: "Christmas Tree", drama: "summer", artists: ["v"], moods: { nostalgic: 2 } },
      { slug: "for-you", title: "For You", drama: "glory", artists: ["xiumin", "btob"], moods: { tense: 1 } },
      { slug: "warm", title: "Warm", drama: "cozy", artists: ["singer"], moods: { healing: 3 } },
      { slug: "perfect-song", title: "Perfect Song", drama: "perfect-mood", moods: { dreamy: 3, longing: 3 } },
    ],
    [
      { slug: "oh-hyuk", name: "Oh Hyuk", nameHangul: "오혁" },
      { slug: "v", name: "V", nameHangul: "뷔", group: "BTS" },
      { slug: "xiumin", name: "Xiumin", nameHangul: "시우민", group: "EXO" },
      { slug: "btob", name: "BTOB", nameHangul: "비투비" },
      { slug: "singer", name: "Singer", nameHangul: "가수" },
    ],
  );
  const result = (q: string, moods: MoodSlug[] = []) => matcher.match(answers({ q, moods }));
  const slugs = (q: string, moods: MoodSlug[] = []) => result(q, moods).dramas.map((match) => match.drama.slug);

  test.each([
    ["a misspelled title", "Hotel del Lunna", "hotel"],
    ["a title with two letters swapped", "Hotel del Lnua", "hotel"],
    ["a Hangul title", "그 해 우리는", "summer"],
    ["a Hangul title typed without spaces", "그해우리는", "summer"],
    ["a romanized title", "geu hae urineun", "summer"],
    ["a song title", "christmas tree", "summer"],
    ["a singer's name", "Oh Hyuk", "hotel"],
    ["a singer in Hangul", "오혁", "hotel"],
    ["a group", "bts", "summer"],
    ["an actor", "choi woo-shik", "summer"],
    ["an actor in Hangul", "김다미", "summer"],
    ["a writer", "kim eun-sook", "glory"],
    ["a genre", "revenge", "glory"],
    ["a describing word in another form", "ghost", "hotel"],
    ["a setting", "a seaside village", "cozy"],
  ])("%s puts the right drama first", (_, q, expected) => {
    expect(slugs(q)[0]).toBe(expected);
  });

  test("explanations say what matched and where", () => {
    expect(result("bts").dramas[0]?.explanation).toEqual(["V of BTS sings Christmas Tree."]);
    expect(result("kim eun-sook").dramas[0]?.explanation).toEqual(["Written by Kim Eun-sook."]);
    expect(result("revenge").dramas[0]?.explanation).toEqual(["Genre: revenge."]);
    expect(result("ghosts").dramas[0]?.explanation.join(" ")).toMatch(/mentions “ghosts”/);
    expect(result("remember me").dramas[0]?.explanation.join(" ")).toMatch(/song Remember Me \(Oh Hyuk\)/);
  });

  test("short names never fuzzy-match longer ones", () => {
    expect(slugs("iu")).toEqual([]);
    expect(slugs("bts")).toEqual(["summer"]);
    expect(slugs("exo")).toEqual(["glory"]);
  });

  test("words that match nothing give no list, and say so", () => {
    const nothing = result("zombie");
    expect(nothing.dramas).toEqual([]);
    expect(nothing.songs).toEqual([]);
    expect(nothing.textIgnored).toBe(true);
    expect(nothing.reading.join(" ")).toMatch(
      /(?:Nothing in the catalogue matches “zombie”|No drama here carries “zombies”)/i,
    );
  });

  test("with moods, words that match nothing leave the mood ranking as it is", () => {
    const withWords = result("zombie", ["dreamy"]);
    expect(withWords.textIgnored).toBe(true);
    expect(withWords.dramas.map((match) => match.score)).toEqual(
      result("", ["dreamy"]).dramas.map((match) => match.score),
    );
  });

  test("spoilers are never searched", () => {
    expect(slugs("marry")).toEqual([]);
  });

  test("feeling words count as moods", () => {
    const cozy = result("cozy");
    expect(cozy.moods).toEqual(["healing"]);
    expect(cozy.reading).toContain("We read “cozy” as Healing.");
    expect(cozy.dramas.map((match) => match.score)).toEqual(result("", ["healing"]).dramas.map((match) => match.score));
  });

  test("a weak word in a profile never lifts a poor mood fit above a strong one", () => {
    // "dentist" is only in cozy's introduction; perfect-mood fits dreamy + longing exactly.
    const ranked = slugs("dentist", ["dreamy", "longing"]);
    expect(ranked.indexOf("perfect-mood")).toBeLessThan(ranked.indexOf("cozy"));
  });

  test("a named drama rises above an equal mood fit", () => {
    expect(slugs("hotel del luna", ["dreamy"])[0]).toBe("hotel");
  });
});
