/**
 * Renders the 1200 × 630 share images into dist/og/ after the pages are built (the hook:
 * src/integrations/og-images.ts): one per drama, song
 * and mood. Rendering costs about 60 ms of one core an image, so each PNG is cached under a hash of
 * everything that shapes it (card text, moods, fonts, renderer versions): a rebuild with no content
 * change renders none. Images that are not cached are rendered on every core (pool.ts), and the
 * build log says how many it rendered, on how many threads, and how long that took.
 */
import { createHash } from "node:crypto";
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
import { dramaCover, moodVector, songCover } from "../cover";
import { MOODS } from "../../schemas/moods";
import { OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from "../share-card";
import { fontsourceFile, fontsourceSubsets } from "../font-source";
import { forEachBounded, ogRenderer, ogThreadCount, type FontFace } from "./pool";
import { renderTreeToPng } from "./render.mjs";

const require = createRequire(import.meta.url);
/** Bump when the card layout changes, so cached images are not reused. */
const LAYOUT_VERSION = "4";

const WEIGHTS = [400, 700] as const;

/**
 * Regular and bold, Latin and Korean, plus the numbered subsets that hold any other character the
 * cards use (Hanja such as 神 in Goblin's Korean title). Each file gets its own family name: satori
 * keeps one font per name and weight, and falls back from family to family for missing glyphs.
 */
export async function loadFonts(texts: string[] = []): Promise<FontFace[]> {
  const subsets = ["latin", "korean"];
  const ranges = await fontsourceSubsets();
  const covered = (code: number, subset: string) =>
    ranges.find((face) => face.subset === subset)?.ranges.some(([from, to]) => code >= from && code <= to) ?? false;
  for (const character of new Set([...texts.join("")])) {
    const code = character.codePointAt(0)!;
    if (code < 0x80 || subsets.some((subset) => covered(code, subset))) continue;
    const face = ranges.find((candidate) => candidate.ranges.some(([from, to]) => code >= from && code <= to));
    if (face && !subsets.includes(face.subset)) subsets.push(face.subset);
  }
  const faces = subsets.flatMap((subset, order) =>
    WEIGHTS.map(async (weight) => ({
      name: order === 0 ? "Noto Sans KR" : `Noto Sans KR ${subset}`,
      data: await readFile(fontsourceFile(subset, weight)),
      weight,
      style: "normal" as const,
    })),
  );
  return Promise.all(faces);
}

export interface OgJob {
  /** Output path under the site root, e.g. `og/dramas/goblin.png`. */
  output: string;
  card: OgCard;
}

export function ogJobs(projectCatalog: Catalog<DramaEntry, SongEntry, ArtistEntry>): OgJob[] {
  const dramaJobs = projectCatalog.dramas.map((drama) => {
    const song = bestKnownSong(projectCatalog.songsOfDrama(drama.id));
    const singers = song ? projectCatalog.artistsOfSong(song).map((artist) => artist.data.name) : [];
    return {
      output: `og/dramas/${drama.id}.png`,
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
  const songJobs = projectCatalog.songs.map((song) => {
    const drama = projectCatalog.drama(song.data.drama);
    const singers = projectCatalog.artistsOfSong(song).map((artist) => artist.data.name);
    return {
      output: `og/songs/${song.id}.png`,
      card: {
        eyebrow: `K-drama soundtrack · ${singers.join(" & ")}`,
        title: song.data.title,
        ...(song.data.titleHangul ? { titleHangul: song.data.titleHangul } : {}),
        moods: rankMoods(song.data.moods)
          .slice(0, 3)
          .map(({ mood }) => mood),
        note: `From ${drama.data.title} (${drama.data.year})`,
        cover: songCover({
          slug: song.id,
          moods: moodVector(song.data.moods),
          energy: song.data.energy,
          year: song.data.year,
        }),
      },
    };
  });
  const moodJobs = MOODS.map((mood) => ({
    output: `og/moods/${mood.slug}.png`,
    card: {
      eyebrow: "K-drama soundtracks by mood",
      title: mood.name,
      titleHangul: mood.nameHangul,
      moods: [mood.slug],
      note: mood.description,
    },
  }));
  return [...dramaJobs, ...songJobs, ...moodJobs];
}

/** One image on the calling thread: the serial path, which the pool's workers reproduce byte for byte. */
export async function renderOgPng(card: OgCard, fonts: FontFace[]): Promise<Buffer> {
  return renderTreeToPng(ogCardTree(card), fonts, { width: OG_WIDTH, height: OG_HEIGHT });
}

function cacheKey(card: OgCard): string {
  const versions = [
    LAYOUT_VERSION,
    require("satori/package.json").version,
    require("@resvg/resvg-js/package.json").version,
    require("@fontsource/noto-sans-kr/package.json").version,
  ];
  return createHash("sha256")
    .update(JSON.stringify([versions, card]))
    .digest("hex")
    .slice(0, 24);
}

/** A hard link from the cache (instant, no copy of the bytes); a copy where linking is not possible. */
async function placeFile(cached: string, target: string) {
  await rm(target, { force: true });
  await link(cached, target).catch(() => copyFile(cached, target));
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Writes every job's PNG into `outDir`, from the cache where it can. Cards not in the cache are
 * rendered once each (two jobs with the same card share a render) on `threads` threads, at most two
 * per thread in flight; each PNG is written to the cache under a temporary name and renamed, so an
 * interrupted build never leaves a half-written image cached.
 */
export async function writeOgImages(jobs: OgJob[], outDir: string, cacheDir: string, threads = ogThreadCount()) {
  await mkdir(cacheDir, { recursive: true });
  const cardsByFile = new Map<string, OgCard>();
  for (const job of jobs) cardsByFile.set(path.join(cacheDir, `${cacheKey(job.card)}.png`), job.card);
  const missing: [string, OgCard][] = [];
  for (const [cached, card] of cardsByFile) if (!(await exists(cached))) missing.push([cached, card]);

  let renderMs = 0;
  let usedThreads = 0;
  if (missing.length > 0) {
    const fonts = await loadFonts(jobs.flatMap(({ card }) => [card.title, card.titleHangul ?? "", card.note ?? ""]));
    const started = performance.now();
    const renderer = ogRenderer(fonts, missing.length, threads);
    usedThreads = renderer.threads;
    try {
      await forEachBounded(missing, renderer.threads * 2, async ([cached, card]) => {
        const png = await renderer.render(ogCardTree(card));
        const temporary = `${cached}.${process.pid}.tmp`;
        await writeFile(temporary, png);
        await rename(temporary, cached);
      });
    } finally {
      await renderer.close();
    }
    renderMs = performance.now() - started;
  }
  for (const job of jobs) {
    const target = path.join(outDir, job.output);
    await mkdir(path.dirname(target), { recursive: true });
    await placeFile(path.join(cacheDir, `${cacheKey(job.card)}.png`), target);
  }
  const rendered = missing.length;
  return { total: jobs.length, rendered, cached: jobs.length - rendered, renderMs, threads: usedThreads };
}

/**
 * The catalogue as the content layer produced it: src/pages/og/catalog.json.ts writes it next to the
 * pages; it is read here and removed, since it is a build step's input, not part of the site.
 */
export async function builtCatalog(outDir: string) {
  const file = path.join(outDir, "og/catalog.json");
  const { dramas, songs, artists } = JSON.parse(await readFile(file, "utf8")) as {
    dramas: DramaEntry[];
    songs: SongEntry[];
    artists: ArtistEntry[];
  };
  await rm(file);
  return createCatalog(dramas, songs, artists);
}
