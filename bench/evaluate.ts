/**
 * `npm run eval`: scores the quiz's ranking against the judged set (bench/judged-set.json) over the
 * index files of the last build (dist/data), exactly what the browser gets. Prints hit@3, mean
 * reciprocal rank and every miss. `npm run bench` runs the same scoring.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMatcher } from "../src/match/matcher";
import { decodeMoodIndex } from "../src/match/index-format";
import { evaluate, type Evaluation, type JudgedCase } from "../src/match/evaluate";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function evaluateBuild(dist = path.join(root, "dist")): Promise<Evaluation> {
  const files = await readdir(path.join(dist, "data")).catch(() => {
    throw new Error(`No index files in ${path.join(dist, "data")}: run npm run build first.`);
  });
  const read = async (prefix: string) => {
    const name = files.find((file) => file.startsWith(`${prefix}.`) && file.endsWith(".json"));
    if (!name) throw new Error(`No ${prefix}.<hash>.json in ${path.join(dist, "data")}: run npm run build first.`);
    return JSON.parse(await readFile(path.join(dist, "data", name), "utf8"));
  };
  const matcher = createMatcher(decodeMoodIndex(await read("moods")), await read("text"));
  const { cases } = JSON.parse(await readFile(path.join(root, "bench/judged-set.json"), "utf8")) as {
    cases: JudgedCase[];
  };
  return evaluate(cases, (answers) =>
    matcher.match(answers, { dramas: 20, songs: 0 }).dramas.map((match) => match.drama.slug),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await evaluateBuild();
  const misses = result.cases.filter((judged) => !judged.hitAt3);
  console.log(
    `judged set: ${result.cases.length} cases, hit@3 ${(result.hitAt3 * 100).toFixed(1)} %, MRR ${result.meanReciprocalRank.toFixed(3)}`,
  );
  for (const miss of misses) {
    console.log(`  miss ${miss.id}: first expected at ${miss.rank || "—"}; top 3: ${miss.top.join(", ") || "(empty)"}`);
  }
}
