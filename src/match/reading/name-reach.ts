/**
 * What a name reaches: the dramas and songs a title, a singer, a group or a person leads to.
 * A singer reaches the songs they sing and the dramas they act in; a group reaches its members' songs.
 */
import type { MoodIndexData, PersonCredit } from "../index-format";
import type { Reach } from "./text-evidence";
import type { NameHit } from "./text-reader";

export function nameReach(index: MoodIndexData, people: readonly PersonCredit[][]): (hit: NameHit) => Reach {
  const songsOfDrama: number[][] = index.dramas.map(() => []);
  const songsOfArtist: number[][] = index.artists.map(() => []);
  index.songs.forEach((song, position) => {
    songsOfDrama[song.drama]!.push(position);
    for (const artist of song.artists) songsOfArtist[artist]!.push(position);
  });
  const actedIn = new Map<number, number[]>();
  people.forEach((credits, drama) => {
    for (const credit of credits) {
      if (credit.artist === undefined) continue;
      actedIn.set(credit.artist, [...(actedIn.get(credit.artist) ?? []), drama]);
    }
  });
  const dramasOf = (songs: number[]) => [...new Set(songs.map((song) => index.songs[song]!.drama))];

  return (hit) => {
    const entity = hit.entity;
    switch (entity.kind) {
      case "drama":
        return { dramas: [entity.drama], songs: songsOfDrama[entity.drama]! };
      case "song":
        return { dramas: [index.songs[entity.song]!.drama], songs: [entity.song] };
      case "artist": {
        const songs = songsOfArtist[entity.artist]!;
        return { dramas: [...new Set([...dramasOf(songs), ...(actedIn.get(entity.artist) ?? [])])], songs };
      }
      case "group": {
        const songs = entity.artists.flatMap((artist) => songsOfArtist[artist]!);
        return { dramas: dramasOf(songs), songs };
      }
      case "person":
        return { dramas: [...new Set(entity.credits.map((credit) => credit.drama))], songs: [] };
    }
  };
}
