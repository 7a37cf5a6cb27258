/**
 * The search index files of this build, built once from the collections and named by their content
 * hash (src/match/index-format.ts says what each holds). Pages read the URLs from here, the endpoint
 * src/pages/data/[file].ts writes the files, so the two always agree.
 */
import { passingCollections } from "../../catalog/load-catalog";
import { createHash } from "node:crypto";
import { similarDramas } from "../similar";
import { decodeMoodIndex, encodeMoodIndex } from "../index-format";
import { buildSearchIndex } from "./search-index";

export interface SearchDataFile {
  /** File name under /data/, e.g. "moods.3f9a1c02b7.json". */
  name: string;
  json: string;
}

export interface SearchData {
  moods: SearchDataFile;
  text: SearchDataFile;
  /** One file per block of DETAILS_BLOCK_SIZE dramas, in block order. */
  details: SearchDataFile[];
}

const hashOf = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 10);

let built: Promise<SearchData> | undefined;

export function loadSearchData(): Promise<SearchData> {
  // In dev the content changes under a running server (and a broken profile is left out until it is
  // fixed): built afresh for every page, like the catalogue.
  if (import.meta.env.DEV) built = undefined;
  built ??= passingCollections().then(({ dramas, songs, artists }) => {
    const files = buildSearchIndex({ dramas, songs, artists }, hashOf);
    const moods = JSON.stringify(encodeMoodIndex(files.moods));
    const text = JSON.stringify(files.text);
    return {
      moods: { name: `moods.${hashOf(moods)}.json`, json: moods },
      text: { name: `text.${hashOf(text)}.json`, json: text },
      details: files.details.map((block) => {
        const json = JSON.stringify(block);
        return { name: `details-${block.block}.${hashOf(json)}.json`, json };
      }),
    };
  });
  return built;
}

/** The URLs the islands fetch. */
export async function searchDataUrls(): Promise<{ moods: string; text: string; details: string[] }> {
  const data = await loadSearchData();
  return {
    moods: `/data/${data.moods.name}`,
    text: `/data/${data.text.name}`,
    details: data.details.map((file) => `/data/${file.name}`),
  };
}

export interface SimilarDramaLink {
  slug: string;
  title: string;
  year: number;
  network: string;
  reason: string;
}

let similar: Promise<Map<string, SimilarDramaLink[]>> | undefined;

/** "More like this" for every drama, by slug: computed once per build from the mood index. */
export function loadSimilarDramas(): Promise<Map<string, SimilarDramaLink[]>> {
  similar ??= loadSearchData().then((data) => {
    const index = decodeMoodIndex(JSON.parse(data.moods.json));
    const lists = similarDramas(index, 4);
    return new Map(
      index.dramas.map((drama, position) => [
        drama.slug,
        lists[position]!.map((item) => {
          const other = index.dramas[item.drama]!;
          return {
            slug: other.slug,
            title: other.title,
            year: other.year,
            network: other.network,
            reason: item.reason,
          };
        }),
      ]),
    );
  });
  return similar;
}
