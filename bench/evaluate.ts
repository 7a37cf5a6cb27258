/**
 * `npm run eval`: scores the quiz's ranking against the judged set over the index files of the last
 * build (dist/data), exactly what the browser gets. The set has two halves (bench/judged/):
 * tuning.json, which the matching was tuned with, and held-out.json, written before tuning by someone
 * who never saw the matching code; nobody tunes on it. fresh-tuning.json and fresh-held-out.json are a
 * second such pair (45 cases each, 2026-12-05) in words that do not repeat the first pair's premises. Prints hit@3, mean reciprocal rank, the cases
 * whose explanations quote a filler word, and every miss, per half. `npm run bench` runs the same.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMatcher, type Matcher } from "../src/match/matcher";
import { decodeMoodIndex } from "../src/match/index-format";
import { evaluate, type Evaluation, type JudgedCase } from "../src/match/evaluate";

const root = fileURLToPath(new URL("..", import.meta.url));

export const JUDGED_HALVES = ["tuning", "held-out", "fresh-tuning", "fresh-held-out"] as const;
/** Halves nobody tunes on: their hit@3 is the figure that says how the matching does on unseen words. */
export const HELD_OUT_HALVES: readonly JudgedHalf[] = ["held-out", "fresh-held-out"];
export type JudgedHalf = (typeof JUDGED_HALVES)[number];

async function matcherOfBuild(dist: string): Promise<Matcher> {
  const files = await readdir(path.join(dist, "data")).catch(() => {
    throw new Error(`No index files in ${path.join(dist, "data")}: run npm run build first.`);
  });
  const read = async (prefix: string) => {
    const name = files.find((file) => file.startsWith(`${prefix}.`) && file.endsWith(".json"));
    if (!name) throw new Error(`No ${prefix}.<hash>.json in ${path.join(dist, "data")}: run npm run build first.`);
    return JSON.parse(await readFile(path.join(dist, "data", name), "utf8"));
  };
  return createMatcher(decodeMoodIndex(await read("moods")), await read("text"));
}

export async function evaluateBuild(dist = path.join(root, "dist")): Promise<Record<JudgedHalf, Evaluation>> {
  const matcher = await matcherOfBuild(dist);
  const results = {} as Record<JudgedHalf, Evaluation>;
  for (const half of JUDGED_HALVES) {
    const { cases } = JSON.parse(await readFile(path.join(root, `bench/judged/${half}.json`), "utf8")) as {
      cases: JudgedCase[];
    };
    results[half] = evaluate(cases, (answers) => {
      const result = matcher.match(answers, { dramas: 20, songs: 0 });
      return {
        slugs: result.dramas.map((match) => match.drama.slug),
        explanations: result.dramas.slice(0, 5).flatMap((match) => match.explanation),
      };
    });
  }
  return results;
}

export function summary(half: JudgedHalf, result: Evaluation): string {
  return (
    `${half}: ${result.cases.length} cases, hit@3 ${(result.hitAt3 * 100).toFixed(1)} %, ` +
    `MRR ${result.meanReciprocalRank.toFixed(3)}, filler quoted as a reason in ${result.casesWithFillerReasons} cases`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await evaluateBuild();
  for (const half of JUDGED_HALVES) {
    const result = results[half];
    console.log(summary(half, result));
    for (const judged of result.cases) {
      if (!judged.hitAt3) {
        console.log(
          `  miss ${judged.id}: first expected at ${judged.rank || "—"}; top 3: ${judged.top.join(", ") || "(empty)"}`,
        );
      }
      if (judged.fillerReasons.length > 0) console.log(`  filler in ${judged.id}: ${judged.fillerReasons.join(", ")}`);
    }
  }
}
