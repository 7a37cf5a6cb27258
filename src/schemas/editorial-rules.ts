/**
 * The editorial rules, in one place: the schemas, the cross-checks, `npm run new`'s template, the
 * CMS form, the guide's tests and the tests over the real catalogue all read these numbers, so a
 * profile that follows the guide never turns a test red.
 */

/** Every drama needs at least this many songs (a drama is found through its soundtrack). */
export const MIN_SONGS_PER_DRAMA = 1;

/** Every profile names at least this many sources for its facts. */
export const MIN_SOURCES = 1;

/** How many moods a profile lists: enough to place it, few enough that each one means something. */
export const MOOD_COUNT = {
  dramas: { min: 2, max: 5 },
  songs: { min: 1, max: 4 },
} as const;

/**
 * How many story tags a profile lists. Dramas: enough that the premise, setting, era and themes a
 * viewer might type are all covered. Songs: optional, for songs tied to an occasion (a wedding song).
 */
export const TAG_COUNT = {
  dramas: { min: 6, max: 16 },
  songs: { min: 0, max: 4 },
} as const;
