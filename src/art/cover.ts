/**
 * Generated covers: a small square artwork for every drama and song, drawn from the profile's own data
 * so no poster or photo is ever needed. The same input always gives the same SVG, on every page, in
 * the quiz and in the share images.
 *
 * How a cover is drawn (viewBox 0 0 100 100; docs/design.md shows examples and how to change it):
 *   background  a diagonal gradient between the deep (`onLight`) colours of the two strongest moods;
 *               the year turns its angle (one turn every 24 years, so neighbouring years differ a little)
 *               and the slug adds a quarter turn or more; for half the slugs the edge is sharp, not blended
 *   glows       one soft light per mood, up to four, in the mood's light (`onDark`) colour; its size is
 *               the mood's weight, its place comes from the slug
 *   motif       one bold shape (moon, diamond, arches, pair of discs, bands, skyline) in the third mood's
 *               light colour; the slug picks the shape, its spot in the upper two thirds and its turn
 *   texture     a faint grain by decade: scanlines before 2010, dots in the 2010s, hatching from 2020;
 *               later years in a decade space it wider
 *   grooves     thin rings around a point chosen by the slug, like a record's grooves; one ring per mood
 *   waveform    a row of mirrored bars: energy 1 (calm) is low and smooth, 5 (driving) tall and jagged
 *   scrim       the lower third darkens so a white title over it stays readable
 *
 * Similar moods give similar colours, so the motif, the sharp edge and the quarter turns are what keep two
 * such dramas apart at thumbnail size; tests/unit/cover-distinct.test.ts checks that on every real drama
 * with a perceptual hash.
 *
 * A drama has no energy of its own, so its moods give one: each mood has an arousal (healing 1 … epic 5)
 * and the drama's energy is their weighted mean.
 */
import { MOODS, MOOD_SLUGS, type MoodSlug } from "../schemas/moods";

/** What a cover is drawn from. */
export interface CoverInput {
  /** The profile's slug: places the glows and the grooves, so two dramas with equal moods still differ. */
  seed: string;
  /** Mood weights 0–3 in `MOOD_SLUGS` order (the search index's mood vector). */
  moods: readonly number[];
  /** 1 (calm) … 5 (driving); decimals allowed. */
  energy: number;
  /** Release year: turns the background's angle. */
  year: number;
}

/** How lively each mood is, 1–5: gives a drama its energy. */
export const MOOD_AROUSAL: Record<MoodSlug, number> = {
  fluttering: 3,
  longing: 2,
  heartbreak: 2,
  healing: 1,
  joyful: 4,
  hopeful: 3,
  tense: 5,
  playful: 4,
  nostalgic: 2,
  bittersweet: 2,
  epic: 5,
  dreamy: 1,
};

const BAR_COUNT = 24;
const MAX_GLOWS = 4;

/** A profile's mood weights (`{ longing: { weight: 3 } }`) as a vector in `MOOD_SLUGS` order. */
export function moodVector(moods: Partial<Record<MoodSlug, { weight: number }>>): number[] {
  return MOOD_SLUGS.map((slug) => moods[slug]?.weight ?? 0);
}

/** A drama's energy from its moods: the arousal of each mood, weighted by the mood's weight. */
export function energyFromMoods(moods: readonly number[]): number {
  let total = 0;
  let weights = 0;
  MOOD_SLUGS.forEach((slug, position) => {
    const weight = moods[position] ?? 0;
    total += weight * MOOD_AROUSAL[slug];
    weights += weight;
  });
  return weights === 0 ? 3 : Math.round((total / weights) * 10) / 10;
}

/** mulberry32: a tiny, fast, deterministic generator (also the bench's synthetic catalogues). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the seed text, then mulberry32: covers need no dependency. */
export function seededRandom(seed: string): () => number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return mulberry32(hash);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The moods a cover shows, strongest first (ties keep the vocabulary's order). */
export function coverMoods(moods: readonly number[]): { slug: MoodSlug; weight: number }[] {
  return MOODS.map((mood, position) => ({ slug: mood.slug, weight: moods[position] ?? 0 }))
    .filter((mood) => mood.weight > 0)
    .sort((a, b) => b.weight - a.weight || MOOD_SLUGS.indexOf(a.slug) - MOOD_SLUGS.indexOf(b.slug));
}

/** Everything a cover draws, as numbers: what the SVG is written from, and what the tests check. */
export interface CoverShapes {
  background: {
    from: string;
    to: string;
    angle: number;
    /** A hard edge between the two colours rather than a blend. */
    split: boolean;
  };
  glows: { color: string; cx: number; cy: number; r: number }[];
  grooves: { cx: number; cy: number; radii: number[] };
  /** Half-heights of the waveform's bars, left to right. */
  bars: number[];
  /** One bold shape in the third mood's light colour; which shape and where come from the slug. */
  motif: {
    kind: MotifKind;
    color: string;
    x: number;
    y: number;
    size: number;
    /** Degrees the shape is turned (0, 45, 90 or 135). */
    turn: number;
    /** Relative heights 0.35–1, used by the skyline. */
    steps: number[];
  };
  /** A fine pattern over everything; its kind is the decade, its spacing the year within it. */
  texture: { kind: "scanlines" | "dots" | "hatch"; spacing: number };
}

/** The motif shapes. Chosen by the slug, so dramas with equal moods still look different at a glance. */
export const MOTIF_KINDS = ["moon", "diamond", "arches", "pair", "bands", "skyline"] as const;
export type MotifKind = (typeof MOTIF_KINDS)[number];

/**
 * Where the motif sits. The title is set over the bottom under the scrim, so no shape reaches below
 * y 68 (the lowest spot, 44, plus half the largest size, 24): the caption's backdrop stays the scrim's.
 */
const MOTIF_SPOTS = [
  { x: 30, y: 32 },
  { x: 70, y: 32 },
  { x: 50, y: 40 },
  { x: 24, y: 44 },
  { x: 76, y: 44 },
] as const;

export function coverShapes(input: CoverInput): CoverShapes {
  if (!Number.isFinite(input.energy) || !Number.isFinite(input.year))
    throw new Error(`Cover for "${input.seed}": energy and year must be numbers`);
  const random = seededRandom(input.seed);
  const ranked = coverMoods(input.moods);
  const colourOf = (slug: MoodSlug) => MOODS[MOOD_SLUGS.indexOf(slug)]!.color;
  // A profile always has moods; an empty vector still gets a calm, neutral cover rather than an error.
  const first = ranked[0]?.slug ?? "dreamy";
  const second = ranked[1]?.slug ?? first;
  const angle = ((((input.year - 2000) * 15) % 360) + 360) % 360;

  const glows = ranked.slice(0, MAX_GLOWS).map(({ slug, weight }) => ({
    color: colourOf(slug).onDark,
    cx: round(12 + random() * 76),
    cy: round(8 + random() * 56),
    r: round(20 + weight * 9 + random() * 6),
  }));

  const corner = random();
  const grooves = {
    cx: round(corner < 0.5 ? 78 + random() * 14 : 8 + random() * 14),
    cy: round(10 + random() * 16),
    radii: ranked.map((_, ring) => round(9 + ring * 5.5)),
  };

  const energy = Math.min(5, Math.max(1, input.energy));
  const amplitude = 3 + energy * 3.2;
  // Calm songs smooth their noise with the neighbours'; driving ones keep it raw.
  const raw = Array.from({ length: BAR_COUNT }, () => random());
  const smoothing = (5 - energy) / 4;
  const bars = raw.map((value, i) => {
    const neighbours = ((raw[i - 1] ?? value) + value + (raw[i + 1] ?? value)) / 3;
    const noise = value * (1 - smoothing) + neighbours * smoothing;
    const envelope = Math.sin((Math.PI * (i + 0.5)) / BAR_COUNT) ** 0.8;
    return round(Math.max(0.8, amplitude * envelope * (0.35 + 0.65 * noise)));
  });

  // Drawn after the rest so adding them leaves the glows, grooves and bars of every cover where they were.
  const third = ranked[2]?.slug ?? second;
  const spot = MOTIF_SPOTS[Math.floor(random() * MOTIF_SPOTS.length)]!;
  const motif = {
    kind: MOTIF_KINDS[Math.floor(random() * MOTIF_KINDS.length)]!,
    color: colourOf(third === first ? second : third).onDark,
    x: spot.x,
    y: spot.y,
    size: round(36 + random() * 12),
    turn: Math.floor(random() * 4) * 45,
    steps: Array.from({ length: 5 }, () => round(0.35 + random() * 0.65)),
  };
  // Half the covers split their background sharply between the two moods instead of blending them.
  const split = random() < 0.5;
  // The slug turns the background by a quarter turn or more, so which mood sits where differs too.
  const quarter = Math.floor(random() * 4) * 90;
  const decade = Math.floor(input.year / 10) * 10;
  const texture = {
    kind: decade < 2010 ? ("scanlines" as const) : decade < 2020 ? ("dots" as const) : ("hatch" as const),
    spacing: round(2.5 + (input.year - decade) * 0.35),
  };

  return {
    background: {
      from: colourOf(first).onLight,
      to: colourOf(second).onLight,
      angle: (angle + quarter) % 360,
      split,
    },
    glows,
    grooves,
    bars,
    motif,
    texture,
  };
}

/**
 * The cover as an SVG string. `id` must be unique on the page (it prefixes the gradients' ids).
 * The SVG is decorative (`aria-hidden`): the title always sits beside or over it as text.
 */
export function coverSvg(input: CoverInput, id: string): string {
  const { background, glows, grooves, bars, motif, texture } = coverShapes(input);
  const prefix = `cv-${id.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const radians = (background.angle * Math.PI) / 180;
  const dx = round(50 * Math.cos(radians));
  const dy = round(50 * Math.sin(radians));
  const glowDefs = glows
    .map(
      (glow, i) =>
        `<radialGradient id="${prefix}-g${i}"><stop offset="0" stop-color="${glow.color}" stop-opacity=".4"/>` +
        `<stop offset="1" stop-color="${glow.color}" stop-opacity="0"/></radialGradient>`,
    )
    .join("");
  const step = 72 / (BAR_COUNT - 1);
  const barPath = bars.map((half, i) => `M${round(14 + i * step)} ${round(58 - half)}V${round(58 + half)}`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">` +
    `<defs><linearGradient id="${prefix}-bg" x1="${round(50 - dx)}%" y1="${round(50 - dy)}%" x2="${round(50 + dx)}%" y2="${round(50 + dy)}%">` +
    (background.split
      ? `<stop offset=".5" stop-color="${background.from}"/><stop offset=".5" stop-color="${background.to}"/>`
      : `<stop offset="0" stop-color="${background.from}"/><stop offset="1" stop-color="${background.to}"/>`) +
    `</linearGradient>` +
    glowDefs +
    `<linearGradient id="${prefix}-s" x1="0" y1="0" x2="0" y2="1"><stop offset=".55" stop-color="#000" stop-opacity="0"/>` +
    `<stop offset="1" stop-color="#000" stop-opacity=".55"/></linearGradient>` +
    texturePattern(texture, `${prefix}-t`) +
    `</defs>` +
    `<rect width="100" height="100" fill="url(#${prefix}-bg)"/>` +
    glows
      .map((glow, i) => `<circle cx="${glow.cx}" cy="${glow.cy}" r="${glow.r}" fill="url(#${prefix}-g${i})"/>`)
      .join("") +
    motifSvg(motif, `url(#${prefix}-bg)`) +
    `<rect width="100" height="100" fill="url(#${prefix}-t)"/>` +
    `<g fill="none" stroke="#fff" stroke-opacity=".22" stroke-width=".6">` +
    grooves.radii.map((r) => `<circle cx="${grooves.cx}" cy="${grooves.cy}" r="${r}"/>`).join("") +
    `</g>` +
    `<path d="${barPath}" stroke="#fff" stroke-opacity=".6" stroke-width="1.4" stroke-linecap="round"/>` +
    `<rect width="100" height="100" fill="url(#${prefix}-s)"/>` +
    `</svg>`
  );
}

/** The decade's texture as a pattern tile: faint, so it reads as grain rather than as a picture. */
function texturePattern(texture: CoverShapes["texture"], id: string): string {
  const size = texture.spacing;
  const mark =
    texture.kind === "scanlines"
      ? `<path d="M0 ${round(size / 2)}H${size}" stroke="#fff" stroke-width=".5"/>`
      : texture.kind === "dots"
        ? `<circle cx="${round(size / 2)}" cy="${round(size / 2)}" r=".45" fill="#fff"/>`
        : `<path d="M0 ${size}L${size} 0" stroke="#fff" stroke-width=".45"/>`;
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}">` +
    `<g opacity=".16">${mark}</g></pattern>`
  );
}

/** The motif: one bold shape, light over the deep background. `cut` is the background's fill. */
function motifSvg(motif: CoverShapes["motif"], cut: string): string {
  const { x, y, size, color, turn } = motif;
  const half = round(size / 2);
  const open = `<g fill="${color}" fill-opacity=".85" transform="rotate(${turn} ${x} ${y})">`;
  switch (motif.kind) {
    case "moon":
      // A crescent: a disc with a second disc of the background's gradient laid over one side.
      return (
        `<g transform="rotate(${turn} ${x} ${y})"><circle cx="${x}" cy="${y}" r="${half}" fill="${color}" fill-opacity=".9"/>` +
        `<circle cx="${round(x + size * 0.28)}" cy="${round(y - size * 0.12)}" r="${round(half * 0.86)}" fill="${cut}"/></g>`
      );
    case "diamond":
      return `${open}<rect x="${round(x - half * 0.8)}" y="${round(y - half * 0.8)}" width="${round(size * 0.8)}" height="${round(size * 0.8)}" transform="rotate(45 ${x} ${y})"/></g>`;
    case "arches":
      return (
        `<g fill="none" stroke="${color}" stroke-opacity=".75" stroke-width="3.2" transform="rotate(${turn} ${x} ${y})">` +
        [1, 0.68, 0.36]
          .map((scale) => {
            const r = round(half * scale);
            return `<path d="M${round(x - r)} ${y}A${r} ${r} 0 0 1 ${round(x + r)} ${y}"/>`;
          })
          .join("") +
        `</g>`
      );
    case "pair":
      return (
        `<g fill="${color}" fill-opacity=".6" transform="rotate(${turn} ${x} ${y})">` +
        `<circle cx="${round(x - size * 0.2)}" cy="${y}" r="${round(half * 0.78)}"/>` +
        `<circle cx="${round(x + size * 0.2)}" cy="${y}" r="${round(half * 0.78)}"/></g>`
      );
    case "bands":
      // Three wide stripes right across the cover, through the motif's spot.
      return (
        `${open.replace('fill-opacity=".85"', 'fill-opacity=".55"')}` +
        [-1, 0, 1].map((band) => `<rect x="-50" y="${round(y - 3 + band * 11)}" width="200" height="6"/>`).join("") +
        `</g>`
      );
    case "skyline": {
      // Five blocks standing on a line, like a city's roofs.
      const width = round(size * 0.3);
      const base = round(y + half);
      return (
        `<g fill="${color}" fill-opacity=".8">` +
        motif.steps
          .map((step, i) => {
            const height = round(size * 1.1 * step);
            return `<rect x="${round(x - width * 2.5 + i * width)}" y="${round(base - height)}" width="${round(width - 0.8)}" height="${height}"/>`;
          })
          .join("") +
        `</g>`
      );
    }
  }
}

/** The cover as a data URL, for places that take an image (the share images). */
export function coverDataUrl(input: CoverInput): string {
  return `data:image/svg+xml;base64,${btoa(coverSvg(input, "og"))}`;
}

/** A drama's cover input: its moods, the energy they imply, its first year. */
export function dramaCover(drama: { slug: string; moods: readonly number[]; year: number }): CoverInput {
  return { seed: drama.slug, moods: drama.moods, energy: energyFromMoods(drama.moods), year: drama.year };
}

/** A song's cover input: its moods, its own energy, its year. */
export function songCover(song: { slug: string; moods: readonly number[]; energy: number; year: number }): CoverInput {
  return { seed: song.slug, moods: song.moods, energy: song.energy, year: song.year };
}
