import { expect, test } from "vitest";
import { HANGUL_UNICODE_RANGE, hangulCharacters } from "../../src/lib/hangul";
import { themeStylesheet } from "../../src/lib/mood-styles";

test("collects each Hangul character once, sorted, and nothing else", () => {
  expect(hangulCharacters(["도깨비 Goblin", "쓸쓸하고 찬란하神 – 도깨비", "ㅋㅋ"])).toBe("ㅋ고깨도란비쓸찬하");
  expect(hangulCharacters(["Stay With Me", ""])).toBe("");
});

test("the theme declares both weights for Hangul only", () => {
  const css = themeStylesheet();
  expect(css.match(/unicode-range:[^}]+/g)).toEqual([
    `unicode-range:${HANGUL_UNICODE_RANGE}`,
    `unicode-range:${HANGUL_UNICODE_RANGE}`,
  ]);
  expect(css).toContain('src:url("/fonts/hangul-400.woff2") format("woff2")');
  expect(css).toContain('src:url("/fonts/hangul-700.woff2") format("woff2")');
  expect(css).toContain(".mood-longing{--mood:");
});
