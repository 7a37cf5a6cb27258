import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";
import { sourceClass } from "./src/schemas/source-hosts";
const unknown = new Set<string>(); const noPrimary: string[] = []; const badMilestone: string[] = [];
for (const c of ["dramas","songs","artists"]) for (const f of readdirSync(`src/content/${c}`).sort()) {
  const d = load(readFileSync(`src/content/${c}/${f}`, "utf8").split(/^---$/m)[1]!) as any;
  const v = (d.sources ?? []).map((u: string) => sourceClass(u));
  for (const x of v) if (x.kind === "unknown") unknown.add(x.host);
  if (!v.some((x: any) => x.kind === "primary")) noPrimary.push(`${c}/${f}\n    ${(d.sources??[]).map((u:string)=>u+"  "+JSON.stringify(sourceClass(u))).join("\n    ")}`);
  for (const m of d.milestones ?? []) { const x = sourceClass(m.source); if (x.kind !== "primary") badMilestone.push(`${c}/${f} ${m.source} ${JSON.stringify(x)}`); }
}
console.log("unknown", [...unknown]); console.log("noPrimary", noPrimary.length); console.log(noPrimary.join("\n")); console.log("milestones", badMilestone.join("\n"));
