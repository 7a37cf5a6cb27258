import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { contrastRatio, mix } from "../../src/art/contrast";
import { MOODS, MOOD_SLUGS, getMood, isMoodSlug } from "../../src/schemas/moods";
import { moodStylesheet } from "../../src/art/mood-styles";

// The page backgrounds, light and dark, as src/styles/global.css sets them (--bg, then --bg under
// prefers-color-scheme: dark).
const css = readFileSync(new URL("../../src/styles/global.css", import.meta.url), "utf8");
const [LIGHT_BACKGROUND, DARK_BACKGROUND] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6});/gi)].map((match) => match[1]!);
const AA = 4.5;

describe("mood vocabulary", () => {
  test("reads both page backgrounds from the stylesheet", () => {
    expect(LIGHT_BACKGROUND).toBeDefined();
    expect(DARK_BACKGROUND).toBeDefined();
  });

  test("lists twelve moods, one per slug, each named in English and Hangul", () => {
    expect(MOODS).toHaveLength(12);
    expect(MOODS.map((mood) => mood.slug)).toEqual([...MOOD_SLUGS]);
    expect(new Set(MOOD_SLUGS).size).toBe(MOOD_SLUGS.length);
    for (const mood of MOODS) {
      expect(mood.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(getMood(mood.slug)).toBe(mood);
      expect(mood.name.trim()).not.toBe("");
      expect(mood.nameHangul).toMatch(/^[\uac00-\ud7af]+$/);
      expect(mood.description.trim()).not.toBe("");
    }
  });

  test("recognises only its own slugs", () => {
    for (const slug of MOOD_SLUGS) expect(isMoodSlug(slug)).toBe(true);
    expect(isMoodSlug("sad")).toBe(false);
    expect(isMoodSlug("__proto__")).toBe(false);
  });

  test.each(MOODS.map((mood) => [mood.slug, mood] as const))("%s meets WCAG AA in both schemes", (_, mood) => {
    // As text on the page, and on the tinted chip background (8% of the colour over the page).
    expect(contrastRatio(mood.color.onLight, LIGHT_BACKGROUND!)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(mood.color.onLight, mix(mood.color.onLight, LIGHT_BACKGROUND!, 0.12))).toBeGreaterThanOrEqual(
      AA,
    );
    expect(contrastRatio(mood.color.onDark, DARK_BACKGROUND!)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(mood.color.onDark, mix(mood.color.onDark, DARK_BACKGROUND!, 0.12))).toBeGreaterThanOrEqual(AA);
    // White text on the colour field of the share image.
    expect(contrastRatio("#ffffff", mood.color.onLight)).toBeGreaterThanOrEqual(AA);
  });

  test("the stylesheet gives every mood a colour in both schemes", () => {
    const css = moodStylesheet();
    for (const mood of MOODS) {
      expect(css).toContain(`.mood-${mood.slug}{--mood:${mood.color.onLight}}`);
      expect(css).toContain(`.mood-${mood.slug}{--mood:${mood.color.onDark}}`);
    }
  });
});
