/**
 * The share page's own small slice of the search index: one drama, its songs and their singers, with
 * positions renumbered so `song.drama` is 0 and `song.artists` index into the slice's `artists`. The
 * page embeds it as JSON, so the sharer's match is scored in the browser without downloading the
 * whole index.
 */
import type { ArtistRecord, DramaRecord, MoodIndexData, SongRecord } from "./index-format";

export interface ShareRecords {
  drama: DramaRecord;
  songs: SongRecord[];
  artists: ArtistRecord[];
}

export function shareRecords(index: Pick<MoodIndexData, "dramas" | "songs" | "artists">, slug: string): ShareRecords {
  const position = index.dramas.findIndex((drama) => drama.slug === slug);
  if (position === -1) throw new Error(`Share records: no drama "${slug}" in the index`);
  const songs = index.songs.filter((song) => song.drama === position);
  // Singers in order of first appearance, so the slice is the same for the same content.
  const artistPositions = [...new Set(songs.flatMap((song) => song.artists))];
  const renumbered = new Map(artistPositions.map((artist, slice) => [artist, slice]));
  return {
    drama: index.dramas[position]!,
    songs: songs.map((song) => ({ ...song, drama: 0, artists: song.artists.map((artist) => renumbered.get(artist)!) })),
    artists: artistPositions.map((artist) => index.artists[artist]!),
  };
}
