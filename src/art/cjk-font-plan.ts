/**
 * The CJK font plan of this build: every CJK character the catalogue and the mood names use, and the
 * Noto Sans KR file each comes from. Shared by /theme.css (the @font-face rules) and /fonts/ (the
 * subset files), so the two always agree.
 */
import { loadCatalog } from "../catalog/load-catalog";
import { fontsourceSubsets } from "./font-source";
import { cjkCharacters, planCjkFonts, type CjkFontPlan } from "./cjk-font";
import { MOODS } from "../schemas/moods";

let planned: Promise<CjkFontPlan> | undefined;

export function cjkFontPlan(): Promise<CjkFontPlan> {
  planned ??= (async () => {
    const catalog = await loadCatalog();
    const entries = [...catalog.dramas, ...catalog.songs, ...catalog.artists];
    const texts = [
      ...MOODS.map((mood) => mood.nameHangul),
      ...entries.flatMap((entry) => [JSON.stringify(entry.data), entry.body ?? ""]),
    ];
    const plan = planCjkFonts(cjkCharacters(texts), await fontsourceSubsets());
    if (plan.missing.length > 0)
      throw new Error(
        `No Noto Sans KR file holds ${plan.missing.map((character) => `“${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase()})`).join(", ")}: ` +
          "use another character in the profile, or add a font that has it in src/art/cjk-font-plan.ts",
      );
    return plan;
  })();
  return planned;
}
