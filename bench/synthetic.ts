/**
 * A synthetic catalogue for scale runs: valid profiles with varied titles, Hangul, moods, songs and
 * artists. The same seed always gives the same catalogue. It is written into a temporary copy of the
 * project, never into src/content/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MOOD_SLUGS } from "../src/schemas/moods";
import { NETWORKS, GENRES } from "../src/schemas/drama";
import { VOICES } from "../src/schemas/song";
import { mulberry32 } from "../src/art/cover";

const WORDS = [
  "moon",
  "river",
  "summer",
  "letter",
  "garden",
  "winter",
  "star",
  "city",
  "night",
  "promise",
  "ocean",
  "spring",
  "secret",
  "light",
  "rain",
  "road",
  "dream",
  "heart",
  "snow",
  "window",
  "island",
  "forest",
  "signal",
  "crown",
  "echo",
  "flower",
  "shadow",
  "melody",
  "harbor",
  "lantern",
  "mirror",
  "thunder",
  "breeze",
  "orchard",
  "comet",
];
const SYLLABLES = [..."가나다라마바사아자차카타파하별달꽃눈비밤빛길봄꿈섬숲바람노래사랑우리너나그해"];

export interface SyntheticSize {
  dramas: number;
  songs: number;
  artists: number;
}

/** A quarter dramas, the rest their songs; artists are a shared pool on top. */
export function sizeFor(profiles: number): SyntheticSize {
  const dramas = Math.round(profiles / 4);
  return { dramas, songs: profiles - dramas, artists: Math.max(10, Math.round(profiles / 25)) };
}

export async function writeSyntheticCatalog(contentDir: string, profiles: number, seed = 42): Promise<SyntheticSize> {
  const next = mulberry32(seed);
  const pick = <Item>(items: readonly Item[]) => items[Math.floor(next() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const title = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(" ");
  const hangul = (length: number) => Array.from({ length }, () => pick(SYLLABLES)).join("");
  const moods = (count: number) => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick(MOOD_SLUGS));
    return [...chosen]
      .map((mood) => `  ${mood}:\n    weight: ${int(1, 3)}\n    why: "A synthetic reason for ${mood}, kept short."`)
      .join("\n");
  };
  // People and prose as real profiles carry them, so the text index is measured at a realistic size.
  const person = () => `  - name: "${title(2)}"\n    nameHangul: ${hangul(3)}`;
  const people = (count: number) => Array.from({ length: count }, person).join("\n");
  // Mostly common words, with rarer made-up ones so the vocabulary grows with the catalogue as real prose does.
  const LATIN = ["ka", "ri", "mo", "su", "ne", "ta", "lo", "pi", "ju", "ha", "se", "do", "ra", "mi", "no", "ye"];
  const word = () => (next() < 0.7 ? pick(WORDS) : Array.from({ length: int(2, 4) }, () => pick(LATIN)).join(""));
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, word).join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const prose = (sentences: number) => Array.from({ length: sentences }, () => sentence(int(8, 18))).join(" ");
  const size = sizeFor(profiles);
  for (const collection of ["dramas", "songs", "artists"])
    await mkdir(path.join(contentDir, collection), { recursive: true });

  const artistSlugs: string[] = [];
  for (let i = 0; i < size.artists; i++) {
    const slug = `artist-${i}`;
    artistSlugs.push(slug);
    await writeFile(
      path.join(contentDir, "artists", `${slug}.mdx`),
      `---\nname: "${title(2)} ${i}"\nnameHangul: ${hangul(3)}\nkind: ${pick(["solo", "group", "duo", "band"])}\nidol: ${next() < 0.4}\nsources:\n  - https://example.org/artist/${i}\nadded: 2026-01-01\n---\n\nA synthetic singer.\n`,
    );
  }
  const dramaSlugs: string[] = [];
  for (let i = 0; i < size.dramas; i++) {
    const slug = `drama-${i}`;
    dramaSlugs.push(slug);
    const year = int(2000, 2025);
    await writeFile(
      path.join(contentDir, "dramas", `${slug}.mdx`),
      `---\ntitle: "${title(int(1, 4))} ${i}"\ntitleHangul: ${hangul(int(2, 6))}\ntitleRomanized: "${title(2)} ${i}"\naliases: []\nyear: ${year}\nnetwork: "${pick(NETWORKS)}"\nepisodes: ${int(6, 50)}\ncast:\n${people(int(2, 4))}\nwriters:\n${people(1)}\ndirectors:\n${people(1)}\ngenres: [${pick(GENRES)}]\nmoods:\n${moods(int(2, 4))}\nsources:\n  - https://example.org/drama/${i}\nadded: 2026-01-01\n---\n\n${prose(3)}\n`,
    );
  }
  for (let i = 0; i < size.songs; i++) {
    // Every drama gets a song first, then the rest are spread at random.
    const drama = i < size.dramas ? dramaSlugs[i]! : pick(dramaSlugs);
    const singers = new Set([pick(artistSlugs)]);
    if (next() < 0.3) singers.add(pick(artistSlugs));
    await writeFile(
      path.join(contentDir, "songs", `song-${i}.mdx`),
      `---\ntitle: "${title(int(1, 3))} ${i}"\ntitleHangul: ${hangul(int(2, 5))}\ndrama: ${drama}\nartists: [${[...singers].join(", ")}]\nyear: ${int(2000, 2025)}\nenergy: ${int(1, 5)}\nvoice: ${pick(VOICES)}\nmoods:\n${moods(int(1, 3))}\nsources:\n  - https://example.org/song/${i}\nadded: 2026-01-01\n---\n\n${prose(1)}\n`,
    );
  }
  return size;
}

/** A bare Astro project with `count` plain MDX pages and only the MDX integration: the floor to beat. */
export async function writeFloorProject(directory: string, count: number) {
  await mkdir(path.join(directory, "src/pages/p"), { recursive: true });
  await writeFile(
    path.join(directory, "package.json"),
    JSON.stringify({ name: "floor", type: "module", private: true }),
  );
  await writeFile(
    path.join(directory, "astro.config.mjs"),
    `import mdx from "@astrojs/mdx";\nimport { defineConfig } from "astro/config";\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  for (let i = 0; i < count; i++) {
    await writeFile(
      path.join(directory, "src/pages/p", `${i}.mdx`),
      `# Page ${i}\n\nA plain page with a paragraph of text.\n`,
    );
  }
}
