/**
 * Our addition to the editor, loaded by src/cms/index.html as a module (the dev server compiles it):
 * before a profile is saved, fields left empty are removed (see empty-fields.ts).
 */
import { emptyPaths, type EntryPath } from "./empty-fields";

/** The part of Decap CMS's entry data (an Immutable.js map) this step uses. */
interface EntryData {
  toJS(): unknown;
  deleteIn(path: EntryPath): EntryData;
}

interface DecapCms {
  registerEventListener(listener: {
    name: "preSave";
    handler: (event: { entry: { get(key: "data"): EntryData } }) => EntryData;
  }): void;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;

cms.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    let data = entry.get("data");
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    return data;
  },
});
