import { MOODS } from "./moods";

/** One class per mood setting `--mood`, in light and dark schemes. */
export function moodStylesheet(): string {
  const light = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onLight}}`).join("\n");
  const dark = MOODS.map((mood) => `.mood-${mood.slug}{--mood:${mood.color.onDark}}`).join("\n");
  return `${light}\n@media (prefers-color-scheme: dark){\n${dark}\n}\n`;
}
