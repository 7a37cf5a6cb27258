/**
 * The card data the list pages' filter island fetches: /data/dramas.<hash>.json and
 * /data/songs.<hash>.json, one record per card (src/browse/card-records.ts), named by a hash of
 * their content so they can be cached for a year. The list pages read the names from here and
 * src/pages/data/[file].ts writes the files, so the two always agree.
 */
import { createHash } from "node:crypto";
import { loadCatalog } from "../../catalog/load-catalog";
import { dramaRecord, songRecord, type CardData } from "../card-records";
import { sortDramasByTitle, sortSongsByTitle } from "../order";
import { STORY_TAGS } from "../../schemas/story-tags";

export interface BrowseDataFile {
  /** File name under /data/, e.g. "dramas.3f9a1c02b7.json". */
  name: string;
  json: string;
}

export interface BrowseData {
  dramas: BrowseDataFile;
  songs: BrowseDataFile;
}

const fileOf = (list: string, data: CardData<unknown>): BrowseDataFile => {
  const json = JSON.stringify(data);
  return { name: `${list}.${createHash("sha256").update(json).digest("hex").slice(0, 10)}.json`, json };
};

let built: Promise<BrowseData> | undefined;

export function loadBrowseData(): Promise<BrowseData> {
  built ??= loadCatalog().then((catalog) => ({
    dramas: fileOf("dramas", {
      records: sortDramasByTitle(catalog.dramas).map(dramaRecord),
      // The whole vocabulary, so a link to a tag no drama carries yet is understood, not refused.
      tags: STORY_TAGS.map((tag) => [tag.slug, tag.name]),
    }),
    songs: fileOf("songs", {
      records: sortSongsByTitle(catalog.songs).map((song) =>
        songRecord(song, catalog.artistsOfSong(song), catalog.drama(song.data.drama)),
      ),
    }),
  }));
  return built;
}
