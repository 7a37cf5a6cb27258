import { HANGUL_UNICODE_RANGE } from "./hangul";
import { MOODS } from "./moods";

/** One class per mood setting `--mood`, in light and dark schemes. */
export function moodStylesheet(): string {
  const light = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onLight}}`).join("\n");
  const dark = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onDark}}`).join("\n");
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}\n`;
}

/**
 * The self-hosted Hangul subset (src/pages/fonts/[file].ts), declared for Hangul only so Latin text
 * keeps the system font. It lives here rather than in global.css because the font files are built
 * by an endpoint, which Vite's CSS pipeline cannot see.
 */
export function hangulFontFaces(): string {
  return [400, 700]
    .map(
      (weight) =>
        `@font-face{font-family:"Moodtrack Hangul";src:url("/fonts/hangul-${weight}.woff2") format("woff2");` +
        `font-weight:${weight === 400 ? "400 500" : "600 900"};font-display:swap;unicode-range:${HANGUL_UNICODE_RANGE}}`,
    )
    .join("\n");
}

/** Everything /theme.css serves. */
export function themeStylesheet(): string {
  return `${hangulFontFaces()}\n${moodStylesheet()}`;
}
