import { describe, expect, test } from "vitest";
import { contrastRatio, mix } from "../../src/art/contrast";
import { MOODS, MOOD_SLUGS, getMood, isMoodSlug } from "../../src/schemas/moods";
import { moodStylesheet } from "../../src/art/mood-styles";

// The page backgrounds of src/styles/global.css, light and dark.
const LIGHT_BACKGROUND = "#fdfcfa";
const DARK_BACKGROUND = "#141319";
const AA = 4.5;

describe("mood vocabulary", () => {
  test("has the twelve fixed slugs with names in English and Hangul", () => {
    expect(MOODS.map((mood) => mood.slug)).toEqual([...MOOD_SLUGS]);
    expect(MOOD_SLUGS).toEqual([
      "fluttering",
      "longing",
      "heartbreak",
      "healing",
      "joyful",
      "hopeful",
      "tense",
      "playful",
      "nostalgic",
      "bittersweet",
      "epic",
      "dreamy",
    ]);
    expect(getMood("longing").nameHangul).toBe("그리움");
    expect(getMood("fluttering").name).toBe("Heart-fluttering");
    for (const mood of MOODS) expect(mood.nameHangul).toMatch(/^[\uac00-\ud7af]+$/);
  });

  test("recognises only its own slugs", () => {
    expect(isMoodSlug("dreamy")).toBe(true);
    expect(isMoodSlug("sad")).toBe(false);
    expect(isMoodSlug("__proto__")).toBe(false);
  });

  test.each(MOODS.map((mood) => [mood.slug, mood] as const))("%s meets WCAG AA in both schemes", (_, mood) => {
    // As text on the page, and on the tinted chip background (8% of the colour over the page).
    expect(contrastRatio(mood.color.onLight, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(mood.color.onLight, mix(mood.color.onLight, LIGHT_BACKGROUND, 0.12))).toBeGreaterThanOrEqual(
      AA,
    );
    expect(contrastRatio(mood.color.onDark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(mood.color.onDark, mix(mood.color.onDark, DARK_BACKGROUND, 0.12))).toBeGreaterThanOrEqual(AA);
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
