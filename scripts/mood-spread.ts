// `npm run moods`: how the twelve moods spread over the catalogue of the last build (dist/data), per
// weight, for dramas and songs, so an editor sees at a glance which moods are thin.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { MOODS } from "../src/schemas/moods";
import { decodeMoodIndex } from "../src/match/index-format";

const dataDir = path.resolve(import.meta.dirname, "../dist/data");
const name = (await readdir(dataDir).catch(() => [] as string[])).find((file) => file.startsWith("moods."));
if (!name) {
  console.error(`No mood index in ${dataDir}: run npm run build first.`);
  process.exit(1);
}
const index = decodeMoodIndex(JSON.parse(await readFile(path.join(dataDir, name), "utf8")));
const count = (vectors: number[][], mood: number, weight: number) =>
  vectors.filter((vector) => vector[mood] === weight).length;
const dramas = index.dramas.map((drama) => drama.moods);
const songs = index.songs.map((song) => song.moods);
console.log(`${index.dramas.length} dramas, ${index.songs.length} songs\n`);
console.log("mood               dramas w3  w2  w1    songs w3  w2  w1");
MOODS.forEach((mood, position) => {
  const cells = (vectors: number[][]) =>
    [3, 2, 1].map((weight) => String(count(vectors, position, weight)).padStart(3)).join(" ");
  console.log(`${mood.name.padEnd(18)} ${cells(dramas)}      ${cells(songs)}`);
});
