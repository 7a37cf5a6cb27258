/**
 * Free text read in layers (src/match/reading/): names, story tags, feelings, full text; filler never
 * evidence; honest scores. Small hand-made catalogues through the real index builder.
 */
import { describe, expect, test } from "vitest";
import { EMPTY_ANSWERS, type QuizAnswers } from "../../src/match/answers";
import { buildIndex, matcherFor } from "./index-fixtures";
import { createMatcher } from "../../src/match/matcher";
import { quotedFiller } from "../../src/match/evaluate";
import { fillerKind } from "../../src/match/reading/filler";
import { STORY_TAGS } from "../../src/schemas/story-tags";

const answers = (change: Partial<QuizAnswers>): QuizAnswers => ({ ...EMPTY_ANSWERS, ...change });

const tagOf = (slug: string) => {
  const tag = STORY_TAGS.find((candidate) => candidate.slug === slug);
  if (!tag) throw new Error(`no story tag ${slug}`);
  return tag;
};

const singers = [
  { slug: "iu", name: "IU", nameHangul: "아이유" },
  { slug: "chanyeol", name: "Chanyeol", nameHangul: "찬열", group: "EXO" },
  { slug: "punch", name: "Punch", nameHangul: "펀치" },
  { slug: "other", name: "Lee Hi", nameHangul: "이하이" },
];

const matcher = matcherFor(
  [
    {
      slug: "kitchen",
      title: "Royal Kitchen",
      tags: ["chef", "time-travel"],
      body: "A chef cooks for a king after falling through time.",
      moods: { playful: 3, fluttering: 2 },
    },
    {
      slug: "contract",
      title: "Paper Vows",
      tags: ["contract-marriage"],
      body: "Two strangers sign a marriage contract.",
      moods: { fluttering: 3 },
    },
    {
      slug: "court",
      title: "Objection",
      tags: ["lawyer", "revenge"],
      cast: [
        { name: "Song Joong-ki", nameHangul: "송중기" },
        { name: "Kim Go-eun", nameHangul: "김고은" },
      ],
      body: "A lawyer takes on a conglomerate. The story mentions a little restaurant.",
      moods: { tense: 3 },
    },
    { slug: "ghost", title: "Goblin Night", body: "A lonely spirit waits in the snow.", moods: { longing: 3 } },
    { slug: "same-song", title: "Other Drama", body: "Friends in a seaside town.", moods: { healing: 3 } },
  ],
  [
    { slug: "stay", title: "Stay With Me", drama: "ghost", artists: ["chanyeol", "punch"], moods: { longing: 3 } },
    { slug: "stay-cover", title: "Stay With Me", drama: "same-song", artists: ["other"], moods: { healing: 2 } },
    { slug: "kitchen-song", title: "Time Of Our Life", drama: "kitchen", artists: ["iu"], moods: { playful: 2 } },
    { slug: "contract-song", title: "Sign", drama: "contract", artists: ["iu"], moods: { fluttering: 2 } },
    { slug: "court-song", title: "Verdict", drama: "court", artists: ["other"], moods: { tense: 2 } },
  ],
  singers,
);

const words = (q: string, moods: string[] = []) => matcher.match(answers({ q, moods: moods as never }), { dramas: 10 });
const slugs = (q: string, moods: string[] = []) => words(q, moods).dramas.map((match) => match.drama.slug);

describe("story tags", () => {
  test("a query that names a tag, in any of its words, ranks the tagged drama first and says why", () => {
    for (const word of [tagOf("chef").name, tagOf("chef").words[0]!]) {
      const result = words(`a story about a ${word}`);
      expect(result.dramas[0]?.drama.slug).toBe("kitchen");
      expect(result.dramas[0]?.explanation.join(" ")).toMatch(/^Tagged chef: chef reason/);
    }
    expect(slugs("contract marriage")[0]).toBe("contract");
  });

  test("a misspelled tag word is read as the tag and the reading says so", () => {
    // "lawyer" with two letters swapped, a typo the vocabulary does not list.
    const typo = "lawyre";
    expect(tagOf("lawyer").words).not.toContain(typo);
    const result = words(typo);
    expect(result.dramas[0]?.drama.slug).toBe("court");
    expect(result.reading.join(" ")).toMatch(/“lawyre” as “lawyer”/);
  });

  test("a tag phrase owns its words: no name that takes only part of it is a match", () => {
    // "Time Of Our Life" shares "time" with "time travel", but the phrase is the tag.
    const result = words("time travel");
    expect(result.dramas.map((match) => match.drama.slug)).toEqual(["kitchen"]);
    expect(result.dramas[0]?.explanation.join(" ")).toMatch(/Tagged time travel/);
  });
});

describe("evidence adds up", () => {
  test("a song title and its singer outrank the same title by someone else", () => {
    const result = words("stay with me chanyeol");
    expect(result.dramas.map((match) => match.drama.slug).slice(0, 2)).toEqual(["ghost", "same-song"]);
    expect(result.dramas[0]!.percent).toBeGreaterThan(result.dramas[1]!.percent);
  });

  test("a tag the introduction also talks about outranks a passing mention", () => {
    const result = words("restaurant chef");
    expect(result.dramas[0]?.drama.slug).toBe("kitchen");
  });
});

describe("names are typed together", () => {
  test("a song title's words scattered through a description do not name the song", () => {
    const together = words("stay with me");
    expect(together.dramas[0]!.explanation.join(" ")).toMatch(/Stay With Me/);
    const scattered = words("stay in a seaside town with me");
    expect(scattered.dramas.flatMap((match) => match.explanation).join(" ")).not.toMatch(/named its song Stay With Me/);
    expect(scattered.dramas[0]?.drama.slug).toBe("same-song");
  });
});

describe("filler is never evidence", () => {
  test("stop words, conversation and single letters are left out, said so, and never quoted as reasons", () => {
    const result = words("looking for something with a chef to watch tonight");
    expect(result.dramas[0]?.drama.slug).toBe("kitchen");
    const explanations = result.dramas.flatMap((match) => match.explanation);
    expect(quotedFiller(explanations)).toEqual([]);
    expect(result.reading.join(" ")).toMatch(/left out .*“looking”.*“something”/);
  });

  test("words that are all filler give no list and say there is nothing to go on", () => {
    for (const q of ["something good to watch tonight", "what should i watch", "a the k"]) {
      const result = words(q);
      expect(result.dramas).toEqual([]);
      expect(result.nothingToGoOn).toBe(true);
    }
  });

  test("a word that matches nothing, beside a passing mention, ranks nothing", () => {
    const result = words("quokkas in a restaurant");
    expect(result.dramas).toEqual([]);
    expect(result.reading.join(" ")).toMatch(/Nothing in the catalogue matches “quokkas”/);
  });

  test("a story tag no drama carries is named as understood, and still lists nothing", () => {
    const result = words("zombie apocalypse");
    expect(result.dramas).toEqual([]);
    expect(result.nothingToGoOn).toBe(true);
    expect(result.onlyAbsentTopics).toBe(true);
    expect(result.reading.join(" ")).toMatch(/No drama here carries “zombies” yet/);
    expect(words("quokkas").onlyAbsentTopics).toBe(false);
  });

  test("the filler check knows its classes", () => {
    expect(["story", "looking", "something", "k", "the"].every((word) => fillerKind(word))).toBe(true);
  });
});

describe("people", () => {
  test("other romanizations and run-together given names find the person", () => {
    for (const q of ["song jung ki", "Song Joongki", "송중기"]) expect(slugs(q)[0]).toBe("court");
  });

  test("a given name alone, in any romanization or run together, finds the person", () => {
    for (const q of ["joong-ki", "Joongki", "jung ki", "go eun", "go-eun"]) expect(slugs(q)[0], q).toBe("court");
  });

  test("a shared family name alone never matches a whole person", () => {
    expect(slugs("kim")).toEqual([]);
    expect(slugs("song")).toEqual([]);
  });

  test("a group reaches its members' songs", () => {
    expect(slugs("exo")[0]).toBe("ghost");
  });
});

describe("honest scores", () => {
  test("percentages are whole numbers and Best match needs the floor", () => {
    for (const q of ["chef", "stay with me", "restaurant", "snow"]) {
      const result = words(q);
      for (const match of result.dramas) expect(match.percentLabel).toMatch(/^\d{1,3}$/);
      if (result.bestMatch) expect(result.dramas[0]!.percent).toBeGreaterThanOrEqual(60);
    }
    // A passing mention is listed, honestly low, and is not a best match.
    const mention = words("snow");
    expect(mention.dramas[0]?.percent).toBeLessThan(60);
    expect(mention.bestMatch).toBe(false);
  });

  test("with moods, words that find nothing leave the mood ranking and say so", () => {
    const result = words("astronauts", ["tense"]);
    expect(result.dramas[0]?.drama.slug).toBe("court");
    expect(result.textIgnored).toBe(true);
  });
});

describe("bad input never crashes and is shown back as text", () => {
  test.each(["", "   ", "😭🔥🍿", "<script>alert(1)</script>", "x".repeat(500), "' OR 1=1 --", "\u0000\u200b"])(
    "%j",
    (q) => {
      const result = words(q);
      expect(Array.isArray(result.dramas)).toBe(true);
      for (const line of result.reading) expect(line.length).toBeLessThan(400);
      expect(matcher.search(q)).toBeInstanceOf(Array);
    },
  );
});

describe("the search page", () => {
  test("every word must match, and tags are results", () => {
    const hits = matcher.search("chef");
    expect(hits[0]).toMatchObject({ kind: "tag" });
    expect(hits.some((hit) => hit.kind === "drama")).toBe(true);
    expect(matcher.search("chef astronauts")).toEqual([]);
  });
});

describe("details blocks", () => {
  test("a list names the blocks it needs; reasons appear once they are attached, and the order never changes", () => {
    const built = buildIndex(
      [
        { slug: "a", tags: ["chef"], moods: { healing: 3 } },
        { slug: "b", moods: { healing: 2 } },
      ],
      [{ slug: "s", drama: "a", moods: {} }],
    );
    const bare = createMatcher(built.moods, built.text);
    const before = bare.match(answers({ q: "chef", moods: ["healing"] }));
    expect(bare.missingDetails(before)).toEqual([0]);
    expect(before.dramas[0]?.reasons).toEqual([]);
    expect(before.dramas[0]?.explanation).toContain("Tagged chef.");
    bare.attachDetails(built.details[0]!);
    const after = bare.match(answers({ q: "chef", moods: ["healing"] }));
    expect(bare.missingDetails(after)).toEqual([]);
    expect(after.dramas.map((match) => match.drama.slug)).toEqual(before.dramas.map((match) => match.drama.slug));
    expect(after.dramas[0]?.explanation).toContain("Tagged chef: chef reason");
    expect(after.dramas[0]?.reasons).toEqual([{ mood: "healing", why: "healing reason" }]);
  });
});

describe("fans' spellings and chatty words", () => {
  const fans = matcherFor(
    [
      {
        slug: "landing",
        title: "Falling Into Your Valley",
        body: "A pilot who sees accidents before they happen lands by a lighthouse.",
        moods: { fluttering: 3 },
      },
      {
        slug: "honest",
        title: "Plain Words",
        tags: ["cant-lie"],
        body: "An announcer loses the ability to bend the truth.",
        moods: { playful: 3 },
      },
      {
        slug: "other",
        title: "Quiet Harbour",
        body: "Neighbours who love to run share meals by the sea.",
        moods: { healing: 3 },
      },
      {
        slug: "runner",
        title: "Lovely Runner",
        body: "A fan saves a singer.",
        moods: { fluttering: 3 },
        writers: [
          { name: "Park Ha-na", nameHangul: "박하나", alsoKnownAs: ["Park twins"] },
          { name: "Park Du-ri", nameHangul: "박두리", alsoKnownAs: ["Park twins"] },
        ],
      },
    ],
    [],
  );
  const top = (q: string) => fans.match(answers({ q }), { dramas: 5 }).dramas.map((match) => match.drama.slug);

  test("words that exist as typed mean themselves, not the start of a longer name", () => {
    expect(top("love run")).toEqual(["other"]);
    expect(top("lovely run")[0]).toBe("runner");
  });

  test("a long description finds the drama that has most of its rare words, not only one with all of them", () => {
    expect(top("pilot lighthouse accidents umbrella")).toEqual(["landing"]);
    // Two words, one found: a passing mention is still no answer.
    expect(top("lighthouse umbrella")).toEqual([]);
  });

  test("people are found by a name they are also known as, and the reason says who that is", () => {
    const result = fans.match(answers({ q: "park twins" }), { dramas: 5 });
    expect(result.dramas.map((match) => match.drama.slug)).toEqual(["runner"]);
    expect(result.dramas[0]!.explanation).toContain("Written by Park Ha-na and Park Du-ri (Park twins).");
  });

  test("a title's initials find it", () => {
    expect(top("fiyv")).toEqual(["landing"]);
  });

  test("a premise phrased with 'cannot' and chatty filler finds its tag", () => {
    const result = fans.match(answers({ q: "hiii someone who literally cannot tell a lie lol" }), { dramas: 5 });
    expect(result.dramas.map((match) => match.drama.slug)).toEqual(["honest"]);
    expect(result.reading.join(" ")).toMatch(/left out .*“literally”/);
  });

  test("a misspelt word of our introductions is still found, even when its stem is short", () => {
    // "acidents" stems to "acid", four letters: found by its typed length, not its stem's.
    expect(top("acidents")).toEqual(["landing"]);
    const [found] = fans.match(answers({ q: "acidents" }), { dramas: 1 }).dramas;
    expect(found!.explanation).toContain("Our introduction mentions a word like “acidents”.");
  });
});

describe("more like a named drama", () => {
  const catalogue = matcherFor(
    [
      {
        slug: "reaper",
        title: "Grim Winter",
        titleHangul: "겨울",
        tags: ["ghosts", "curse"],
        moods: { longing: 3, dreamy: 2 },
      },
      {
        slug: "hotel",
        title: "Moon Inn",
        titleHangul: "달",
        tags: ["ghosts", "hotel"],
        moods: { longing: 2, dreamy: 3 },
      },
      {
        slug: "office",
        title: "Spreadsheet Days",
        titleHangul: "회사",
        tags: ["workplace-romance"],
        moods: { playful: 3 },
      },
    ],
    [],
  );
  const listed = (q: string) => catalogue.match(answers({ q }), { dramas: 5 }).dramas;

  test("'like <drama>' lists it, then the dramas closest to it, saying what they share", () => {
    for (const q of ["dramas like grim winter", "something similar to grim winter", "grim winter 같은 드라마"]) {
      const result = listed(q);
      expect(result.map((match) => match.drama.slug).slice(0, 2), q).toEqual(["reaper", "hotel"]);
      expect(result[1]!.explanation.join(" ")).toMatch(/^Like Grim Winter: both are about ghosts/);
    }
  });

  test("a drama named alone lists only itself", () => {
    expect(listed("grim winter").map((match) => match.drama.slug)).toEqual(["reaper"]);
  });
});

describe("Hangul names", () => {
  const hangul = matcherFor(
    [
      { slug: "goblin", title: "Guardian", titleHangul: "도깨비", moods: { longing: 3 } },
      {
        slug: "garden",
        title: "Secret Yard",
        titleHangul: "비밀정원",
        cast: [
          { name: "Kim Sa-rang", nameHangul: "김사랑" },
          { name: "Hyun Bin", nameHangul: "현빈" },
        ],
        moods: { fluttering: 3 },
      },
      { slug: "book", title: "Bonus Book", titleHangul: "로맨스는 별책부록", moods: { playful: 3 } },
    ],
    [],
  );
  const top = (q: string) => hangul.match(answers({ q }), { dramas: 5 }).dramas.map((match) => match.drama.slug);

  test("a typo of one letter inside a block still finds the name", () => {
    expect(top("도께비")).toEqual(["goblin"]);
  });

  test("a whole block changed is another word, not a typo", () => {
    expect(top("첫사랑")).not.toContain("garden");
    expect(top("김사랑")).toEqual(["garden"]);
  });

  test("a word is not the start of a much longer run-together title", () => {
    expect(top("로맨스")).not.toContain("book");
    expect(top("로맨스는별책부록")).toEqual(["book"]);
  });
});
