import { readdirSync, readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { createMatcher } from "../src/match/matcher";
import { decodeMoodIndex } from "../src/match/index-format";
import { nameSearchOptions, descriptionSearchOptions, descriptionQueryOptions, nameQueryOptions } from "../src/match/text-fields";
const dir = "dist/data";
const files = readdirSync(dir);
const read = (p: string) => JSON.parse(readFileSync(`${dir}/${files.find((f) => f.startsWith(p + "."))}`, "utf8"));
const text = read("text");
const names = MiniSearch.loadJS(text.nameSearch, nameSearchOptions());
const desc = MiniSearch.loadJS(text.descriptionSearch, descriptionSearchOptions());
for (const q of ["cowboys", "cowboys", "dinosaurs", "cowboi"]) {
  let t = performance.now(); names.search(q, nameQueryOptions()); const a = performance.now() - t;
  t = performance.now(); desc.search("cowboy", descriptionQueryOptions()); const b = performance.now() - t;
  console.log(q, "names", a.toFixed(1), "desc", b.toFixed(1));
}
const m = createMatcher(decodeMoodIndex(read("moods")), text);
for (const q of ["cowboys", "cowboys"]) { const t = performance.now(); const r = m.match({ moods: [], energy: "any", voice: "any", length: "any", seen: [], q }); console.log(q, (performance.now() - t).toFixed(1), r.tagSuggestions.length); }
