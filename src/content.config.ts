/**
 * The profile collections. Schemas live in src/schemas/ (one module per concept) and give the
 * collections their types; src/catalog/loader.ts reads the files, checks every profile and the
 * links between them (references exist, every drama has a song, unique titles, no placeholders)
 * with the editor-facing messages of src/catalog/errors.ts, and stores only sound profiles.
 */
import { defineCollection } from "astro:content";
import { contentProblemSchema, profileLoaders } from "./catalog/loader";
import { artistSchema } from "./schemas/artist";
import { dramaSchema } from "./schemas/drama";
import { songSchema } from "./schemas/song";

const loaders = profileLoaders();

/** Dramas: English, Hangul and romanized titles, broadcast facts, moods. Body: our introduction. */
const dramas = defineCollection({ loader: loaders.dramas, schema: dramaSchema });

/** Songs: the OSTs, their singers, energy, voice and moods. Body: the song's role, spoilers hidden. */
const songs = defineCollection({ loader: loaders.songs, schema: songSchema });

/** Artists: the singers credited on songs. Body: a short bio. */
const artists = defineCollection({ loader: loaders.artists, schema: artistSchema });

/**
 * Every problem the check found, in order (empty when the content is sound). `astro build` stops on
 * any; in `astro dev` src/catalog/load-catalog.ts shows them in the browser's error overlay.
 */
const contentProblems = defineCollection({ loader: loaders.contentProblems, schema: contentProblemSchema });

export const collections = { dramas, songs, artists, contentProblems };
