/**
 * Renders the 1200 × 630 share images into dist/og/ after the pages are built (the hook:
 * src/integrations/og-images.ts): one per drama, one per mood and one for the site
 * (src/art/share-image.ts says which page shows which). Each JPEG is cached under a hash of
 * everything that shapes it (card text, moods, cover, fonts, renderer and layout versions): a rebuild
 * with no content change renders none. A cached file that is not a whole 1200 × 630 JPEG (a 0-byte
 * file, a cut-off write, anything else) is rendered again, never shipped.
 *
 * Every card's texts are fitted with the renderer's own layout on every build, cached or not (about
 * 1 ms a card), so a title too long for the card is reported on every build, not only the first.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { access, copyFile, link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bestKnownSong,
  createCatalog,
  rankMoods,
  type Catalog,
  type ArtistEntry,
  type DramaEntry,
  type SongEntry,
} from "../../catalog/joins";
import { dramaCover, moodVector } from "../cover";
import { MOODS } from "../../schemas/moods";
import { columnOverflows, fitCard, ogCardTree, OG_HEIGHT, OG_WIDTH, type OgCard } from "../share-card";
import { dramaImagePath, moodImagePath, siteImagePath } from "../share-image";
import { HANGUL_RANGES } from "../cjk-font";
import { fontsourceFile, fontsourceSubsets } from "../font-source";
import {
  JPEG_QUALITIES,
  MAX_IMAGE_BYTES,
  createOgRenderer,
  forEachBounded,
  ogThreadCount,
  type FontFace,
  type OgRenderer,
} from "./renderer";

const require = createRequire(import.meta.url);
/** Bump when the card layout changes, so cached images are not reused. */
const LAYOUT_VERSION = "5-takumi";

const WEIGHTS = [400, 700] as const;
const FAMILY = "Noto Sans KR";

/**
 * Regular and bold, Latin and Korean, plus the numbered subsets that hold any other character the
 * cards use (Hanja such as 神 in Goblin's Korean title). All are one family, each file registered for
 * the code points it serves, as a browser picks among @font-face rules: Latin and the numbered files
 * by their stylesheet's unicode-range, the `korean` file (whose stylesheet declares none) for Hangul.
 */
export async function loadFonts(texts: string[] = []): Promise<FontFace[]> {
  const stylesheet = await fontsourceSubsets();
  const rangesOf = (subset: string): [number, number][] => {
    if (subset === "korean") return HANGUL_RANGES.map(([from, to]) => [from, to]);
    const face = stylesheet.find((candidate) => candidate.subset === subset);
    if (!face) throw new Error(`@fontsource/noto-sans-kr/400.css declares no "${subset}" subset`);
    return face.ranges;
  };
  const subsets = ["latin", "korean"];
  const covered = (code: number, subset: string) => rangesOf(subset).some(([from, to]) => code >= from && code <= to);
  for (const character of [...new Set([...texts.join("")])].sort()) {
    const code = character.codePointAt(0)!;
    if (subsets.some((subset) => covered(code, subset))) continue;
    const face = stylesheet.find((candidate) => candidate.ranges.some(([from, to]) => code >= from && code <= to));
    if (face && !subsets.includes(face.subset)) subsets.push(face.subset);
  }
  const faces = subsets.flatMap((subset) =>
    WEIGHTS.map(async (weight) => ({
      name: FAMILY,
      data: await readFile(fontsourceFile(subset, weight)),
      weight,
      unicodeRange: rangesOf(subset),
    })),
  );
  return Promise.all(faces);
}

export interface OgJob {
  /** Output path under the site root, e.g. `og/dramas/goblin.jpg`. */
  output: string;
  /** The profile the card is drawn from, as build messages name it: `src/content/dramas/goblin.mdx`. */
  profile: string;
  card: OgCard;
}

const profileFile = (collection: string, id: string) => `src/content/${collection}/${id}.mdx`;
const underRoot = (src: string) => src.replace(/^\//, "");

/** The images the site links to: one per drama, one per mood, one for the site (src/art/share-image.ts). */
export function ogJobs(projectCatalog: Catalog<DramaEntry, SongEntry, ArtistEntry>, tagline: string): OgJob[] {
  const dramaJobs = projectCatalog.dramas.map((drama) => {
    const song = bestKnownSong(projectCatalog.songsOfDrama(drama.id));
    const singers = song ? projectCatalog.artistsOfSong(song).map((artist) => artist.data.name) : [];
    return {
      output: underRoot(dramaImagePath(drama.id)),
      profile: profileFile("dramas", drama.id),
      card: {
        eyebrow: `K-drama · ${drama.data.year} · ${drama.data.network}`,
        title: drama.data.title,
        titleHangul: drama.data.titleHangul,
        moods: rankMoods(drama.data.moods)
          .slice(0, 3)
          .map(({ mood }) => mood),
        ...(song ? { note: `Start with “${song.data.title}” · ${singers.join(" & ")}` } : {}),
        cover: dramaCover({ slug: drama.id, moods: moodVector(drama.data.moods), year: drama.data.year }),
      },
    };
  });
  const moodJobs = MOODS.map((mood) => ({
    output: underRoot(moodImagePath(mood.slug)),
    profile: `the mood "${mood.slug}" (src/schemas/moods.ts)`,
    card: {
      eyebrow: "K-drama soundtracks by mood",
      title: mood.name,
      titleHangul: mood.nameHangul,
      moods: [mood.slug],
      note: mood.description,
    },
  }));
  const siteJob = {
    output: underRoot(siteImagePath()),
    profile: "the site card (src/site/names.ts)",
    card: {
      eyebrow: "K-drama soundtracks",
      title: tagline,
      titleHangul: "무드트랙",
      moods: ["longing", "fluttering", "healing"] as OgCard["moods"],
    },
  };
  return [...dramaJobs, ...moodJobs, siteJob];
}

/** The renderer's version; its package.json is not among its exports, so it is read beside its entry point. */
const takumiVersion = () =>
  (
    JSON.parse(
      readFileSync(path.join(path.dirname(require.resolve("@takumi-rs/core")), "../package.json"), "utf8"),
    ) as {
      version: string;
    }
  ).version;

function cacheKey(card: OgCard): string {
  const versions = [
    LAYOUT_VERSION,
    JPEG_QUALITIES,
    MAX_IMAGE_BYTES,
    takumiVersion(),
    require("@fontsource/noto-sans-kr/package.json").version,
  ];
  return createHash("sha256")
    .update(JSON.stringify([versions, card]))
    .digest("hex")
    .slice(0, 24);
}

/**
 * True when `bytes` is a whole baseline or progressive JPEG of `width` × `height`: it starts with the
 * SOI marker, its segments chain up to a frame header of that size, and it ends with the EOI marker
 * (a write cut short loses the end). What a cache entry must be before it is shipped.
 */
export function isWholeJpeg(bytes: Uint8Array, width = OG_WIDTH, height = OG_HEIGHT): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return false;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return false;
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header holds the size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      if (at + 9 > bytes.length) return false;
      const frameHeight = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const frameWidth = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return frameWidth === width && frameHeight === height;
    }
    if (marker === 0xda || length < 2) return false; // image data before any frame header
    at += 2 + length;
  }
  return false;
}

/** A hard link from the cache (instant, no copy of the bytes); a copy where linking is not possible. */
async function placeFile(cached: string, target: string) {
  await rm(target, { force: true });
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

const readIfThere = (file: string) => readFile(file).catch(() => undefined);
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** A title cut short to fit: the build prints one warning for each. */
export interface Truncation {
  profile: string;
  output: string;
  field: "title" | "titleHangul";
  shown: string;
}

export interface WriteOptions {
  /** Renders in flight (MOODTRACK_OG_THREADS, else every core). */
  threads?: number;
  /** The renderer to use; by default Takumi with the fonts the cards need. */
  renderer?: OgRenderer;
}

/**
 * Writes every job's JPEG into `outDir`, from the cache where a whole JPEG is there. Cards not in the
 * cache are rendered once each (two jobs with the same card share a render), `threads` at a time;
 * each is written to the cache under a temporary name and renamed, so an interrupted build never
 * leaves a half-written image under a cache name. A card that fails to render fails the whole call
 * with an error naming its image and profile.
 */
export async function writeOgImages(jobs: OgJob[], outDir: string, cacheDir: string, options: WriteOptions = {}) {
  await mkdir(cacheDir, { recursive: true });
  const byKey = new Map<string, { card: OgCard; jobs: OgJob[] }>();
  for (const job of jobs) {
    const key = cacheKey(job.card);
    const entry = byKey.get(key) ?? { card: job.card, jobs: [] };
    entry.jobs.push(job);
    byKey.set(key, entry);
  }
  const cards = [...byKey].sort(([a], [b]) => a.localeCompare(b));

  const fontsStarted = performance.now();
  const renderer =
    options.renderer ??
    (await createOgRenderer(
      await loadFonts(jobs.flatMap(({ card }) => [card.eyebrow, card.title, card.titleHangul ?? "", card.note ?? ""])),
      options.threads ?? ogThreadCount(),
    ));
  const setupMs = performance.now() - fontsStarted;

  const truncations: Truncation[] = [];
  let rendered = 0;
  let repaired = 0;
  let renderMs = 0;
  const started = performance.now();
  await forEachBounded(cards, renderer.concurrency, async ([key, { card, jobs: sharing }]) => {
    const named = sharing[0]!;
    const describe = `share image ${named.output} (from ${named.profile})`;
    const fitted = await fitCard(card, renderer.measure).catch((error: unknown) => {
      throw new Error(`${describe} could not be laid out: ${messageOf(error)}`, { cause: error });
    });
    for (const field of ["title", "titleHangul"] as const) {
      const text = fitted[field];
      if (text?.truncated)
        for (const job of sharing)
          truncations.push({ profile: job.profile, output: job.output, field, shown: text.text });
    }
    const cached = path.join(cacheDir, `${key}.jpg`);
    const existing = await readIfThere(cached);
    if (existing && isWholeJpeg(existing)) return;
    if (existing) repaired += 1;
    const tree = ogCardTree(card, fitted);
    let jpeg: Buffer;
    try {
      if (columnOverflows(await renderer.measure(ogCardTree(card, fitted, { forLayout: true }))))
        throw new Error("its texts are taller than the card (a layout bug in src/art/share-card.ts)");
      jpeg = await renderer.render(tree);
      if (!isWholeJpeg(jpeg)) throw new Error("the renderer returned something that is not a 1200 × 630 JPEG");
    } catch (error) {
      throw new Error(`${describe} failed to render: ${messageOf(error)}`, { cause: error });
    }
    const temporary = `${cached}.${process.pid}.${rendered}.tmp`;
    await writeFile(temporary, jpeg);
    await rename(temporary, cached);
    rendered += 1;
  });
  renderMs = performance.now() - started;

  for (const [key, { jobs: sharing }] of cards) {
    for (const job of sharing) {
      const target = path.join(outDir, job.output);
      await mkdir(path.dirname(target), { recursive: true });
      await placeFile(path.join(cacheDir, `${key}.jpg`), target);
    }
  }
  truncations.sort((a, b) => a.output.localeCompare(b.output) || a.field.localeCompare(b.field));
  return {
    total: jobs.length,
    rendered,
    repaired,
    cached: cards.length - rendered,
    setupMs,
    renderMs,
    threads: renderer.concurrency,
    truncations,
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The catalogue as the content layer produced it: src/pages/og/catalog.json.ts writes it next to the
 * pages; it is read here and removed, since it is a build step's input, not part of the site.
 */
export async function builtCatalog(outDir: string) {
  const file = path.join(outDir, "og/catalog.json");
  if (!(await exists(file)))
    throw new Error(`share images: ${file} is missing (src/pages/og/catalog.json.ts writes it)`);
  const { dramas, songs, artists } = JSON.parse(await readFile(file, "utf8")) as {
    dramas: DramaEntry[];
    songs: SongEntry[];
    artists: ArtistEntry[];
  };
  await rm(file);
  return createCatalog(dramas, songs, artists);
}
