/** The names of the profile collections: the folders under src/content/ and the keys of the catalogue. */
export const COLLECTIONS = ["dramas", "songs", "artists"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
