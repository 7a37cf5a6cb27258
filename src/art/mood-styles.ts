import { MOODS } from "../schemas/moods";

/** One class per mood setting `--mood`, in light and dark schemes. */
export function moodStylesheet(): string {
  const light = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onLight}}`).join("\n");
  const dark = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onDark}}`).join("\n");
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}\n`;
}

/**
 * Everything /theme.css serves: the CJK font faces (src/art/cjk-font.ts; they live here rather than
 * in global.css because the font files are built by an endpoint, which Vite's CSS pipeline cannot see)
 * and the mood colours.
 */
export function themeStylesheet(fontFaces: string): string {
  return `${fontFaces}\n${moodStylesheet()}`;
}
