/**
 * The search page: the same reading of the words as the quiz (reading/text-reader.ts), with every
 * word required (AND): a drama, song, singer or tag is listed only when each evidence word found it.
 * Dramas rank by their text score T (the share of words they explain, with the strength of each
 * layer); songs and singers by the quality of the names that found them; tags by how exactly they
 * were read. People found by name list the dramas they are credited on.
 */
import type { MoodIndexData, TextIndexData } from "./index-format";
import { explainText, listOf, quoted } from "./explain";
import type { Evidence, TextEvidenceOf } from "./reading/text-evidence";
import type { QueryReading } from "./reading/text-reader";

export interface SearchHit {
  kind: "drama" | "song" | "artist" | "tag";
  /** Position in the index's list of that kind (dramas, songs, artists, or the tag vocabulary). */
  position: number;
  relevance: number;
  /** What matched, in words. */
  why: string;
}

const KIND_ORDER: SearchHit["kind"][] = ["tag", "drama", "song", "artist"];

export function searchCatalogue(
  reading: QueryReading,
  evidence: TextEvidenceOf,
  data: TextIndexData,
  index: MoodIndexData,
  limit: number,
): SearchHit[] {
  const words = reading.evidenceWords;
  if (words.length === 0) return [];
  const coversAll = (positions: Iterable<number>) => {
    const found = new Set(positions);
    return words.every((word) => found.has(word));
  };
  const hits: SearchHit[] = [];

  const carriers = new Map<number, number>();
  for (const tags of data.dramaTags) for (const tag of tags) carriers.set(tag, (carriers.get(tag) ?? 0) + 1);
  for (const hit of reading.tags) {
    if (!coversAll(hit.positions)) continue;
    const count = carriers.get(hit.tag) ?? 0;
    hits.push({
      kind: "tag",
      position: hit.tag,
      relevance: hit.quality,
      why: count === 0 ? "story tag, no drama yet" : `story tag · ${count} drama${count === 1 ? "" : "s"}`,
    });
  }

  for (const [position, found] of evidence.dramas) {
    if (!found.real || !coversAll(found.perWord.keys())) continue;
    hits.push({
      kind: "drama",
      position,
      relevance: found.score,
      why: shortWhy(position, found, reading, data, index),
    });
  }

  for (const [position, found] of evidence.songs) {
    const own = found.names.flatMap((hit) => hit.positions);
    if (found.names.length === 0 || !coversAll(own)) continue;
    const quality = Math.max(...found.names.map((hit) => hit.quality));
    hits.push({ kind: "song", position, relevance: quality, why: `name matches ${quoted(typedAt(reading, own))}` });
  }

  const artists = new Map<number, SearchHit>();
  for (const hit of reading.names) {
    if (!coversAll(hit.positions)) continue;
    const entity = hit.entity;
    const offer = (position: number, why: string) => {
      if (hit.quality > (artists.get(position)?.relevance ?? 0)) {
        artists.set(position, { kind: "artist", position, relevance: hit.quality, why });
      }
    };
    if (entity.kind === "artist") offer(entity.artist, `name matches ${quoted(typedAt(reading, hit.positions))}`);
    if (entity.kind === "group") for (const member of entity.artists) offer(member, `member of ${entity.name}`);
  }
  hits.push(...artists.values());

  return hits
    .sort(
      (a, b) =>
        b.relevance - a.relevance || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.position - b.position,
    )
    .slice(0, limit);
}

function typedAt(reading: QueryReading, positions: number[]): string {
  return [...new Set(positions)]
    .sort((a, b) => a - b)
    .map((position) => reading.words[position]!.typed)
    .join(" ");
}

/** The first line of the drama's explanation, without its closing full stop, for a one-line hit. */
function shortWhy(
  position: number,
  found: Evidence,
  reading: QueryReading,
  data: TextIndexData,
  index: MoodIndexData,
): string {
  const lines = explainText(position, found, reading, index, data);
  return listOf(lines.slice(0, 2).map((line) => line.replace(/\.$/, "")));
}
