import { describe, expect, it } from "vitest";
import { absentMoods, moodChartRows, moodChartText } from "../../src/match/mood-chart";
import { MOOD_SLUGS, type MoodSlug } from "../../src/schemas/moods";

/** A weight vector in MOOD_SLUGS order from the moods named. */
function weights(named: Partial<Record<MoodSlug, number>>): number[] {
  return MOOD_SLUGS.map((mood) => named[mood] ?? 0);
}

// Goblin-like: defined by longing, epic and dreamy; clearly bittersweet; a touch of playful.
const goblin = weights({ longing: 3, epic: 3, dreamy: 3, bittersweet: 2, playful: 1 });

describe("moodChartRows, result cards (asked moods)", () => {
  it("gives the asked moods first, in the order asked, as weight over 3, marked asked", () => {
    const rows = moodChartRows(weights({ longing: 3, epic: 2, healing: 1 }), {
      asked: ["epic", "longing"],
      rows: "asked",
    });
    expect(rows).toEqual([
      { mood: "epic", label: "Epic", value: 2 / 3, percent: 67, asked: true },
      { mood: "longing", label: "Longing", value: 1, percent: 100, asked: true },
    ]);
  });

  it("keeps an asked mood the drama lacks as an empty row rather than hiding it", () => {
    const rows = moodChartRows(weights({ longing: 3 }), { asked: ["longing", "joyful"], rows: "asked" });
    expect(rows.map((row) => [row.mood, row.percent])).toEqual([
      ["longing", 100],
      ["joyful", 0],
    ]);
  });

  it("adds the defining moods nobody asked for, unmarked, and never weaker unasked ones", () => {
    const rows = moodChartRows(goblin, { asked: ["longing"], rows: "asked" });
    expect(rows.map((row) => [row.mood, row.asked])).toEqual([
      ["longing", true],
      ["epic", false],
      ["dreamy", false],
    ]);
  });

  it("stops at the limit, asked moods kept first", () => {
    const rows = moodChartRows(goblin, { asked: ["healing", "joyful", "tense"], rows: "asked", limit: 4 });
    expect(rows.map((row) => row.mood)).toEqual(["healing", "joyful", "tense", "longing"]);
  });

  it("counts a mood asked twice once", () => {
    const rows = moodChartRows(goblin, { asked: ["epic", "epic"], rows: "asked" });
    expect(rows.filter((row) => row.mood === "epic")).toHaveLength(1);
  });
});

describe("moodChartRows, drama pages (every carried mood)", () => {
  it("lists every carried mood strongest first, ties in the vocabulary's order, none asked", () => {
    const rows = moodChartRows(goblin, { rows: "carried" });
    expect(rows.map((row) => `${row.mood} ${row.percent}`)).toEqual([
      "longing 100",
      "epic 100",
      "dreamy 100",
      "bittersweet 67",
      "playful 33",
    ]);
    expect(rows.every((row) => !row.asked)).toBe(true);
  });

  it("names the moods a drama does not carry, so all twelve are accounted for", () => {
    const absent = absentMoods(goblin);
    expect(absent).toEqual(["fluttering", "heartbreak", "healing", "joyful", "hopeful", "tense", "nostalgic"]);
    expect(absent.length + moodChartRows(goblin, { rows: "carried" }).length).toBe(MOOD_SLUGS.length);
  });
});

describe("moodChartText", () => {
  it("writes each row's name and percentage, saying which were asked", () => {
    const rows = moodChartRows(goblin, { asked: ["longing", "bittersweet"], rows: "asked" });
    expect(moodChartText(rows)).toBe("Longing 100% (you asked), Bittersweet 67% (you asked), Epic 100%, Dreamy 100%");
  });

  it("is empty for no rows", () => {
    expect(moodChartText([])).toBe("");
  });
});

describe("bad weights", () => {
  it("names a weight outside the editors' scale", () => {
    expect(() => moodChartRows(weights({ epic: 4 }), { rows: "carried" })).toThrow(
      "Mood chart: the weight of epic is 4, expected an integer 0–3",
    );
    expect(() => absentMoods(weights({ healing: 1.5 }))).toThrow("the weight of healing is 1.5");
  });

  it("says how many weights it expected", () => {
    expect(() => moodChartRows([3, 2], { rows: "carried" })).toThrow(
      "Mood chart: expected 12 mood weights (one per mood), got 2",
    );
  });
});
