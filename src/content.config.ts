/**
 * The three profile collections. Schemas live in src/schemas/ (one module per concept); the
 * cross-checks Astro does not make (references exist, every drama has a song, unique titles) run
 * before the build in src/integrations/content-check.ts.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { artistSchema } from "./schemas/artist";
import { dramaSchema } from "./schemas/drama";
import { songSchema } from "./schemas/song";

/** File name (without .mdx) is the slug; Astro's default id generation would slugify it again. */
const profiles = (collection: string) =>
  glob({
    base: `./src/content/${collection}`,
    pattern: "*.mdx",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  });

/** Dramas: English, Hangul and romanized titles, broadcast facts, moods. Body: our introduction. */
const dramas = defineCollection({ loader: profiles("dramas"), schema: dramaSchema });

/** Songs: the OSTs, their singers, energy, voice and moods. Body: the song's role, spoilers hidden. */
const songs = defineCollection({ loader: profiles("songs"), schema: songSchema });

/** Artists: the singers credited on songs. Body: a short bio. */
const artists = defineCollection({ loader: profiles("artists"), schema: artistSchema });

export const collections = { dramas, songs, artists };
