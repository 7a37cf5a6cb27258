// A worker thread of the share-image pool (og-pool.ts). The fonts arrive once, in workerData, when the
// thread starts (Tinypool.workerData); each task is one card's element tree and comes back as PNG bytes.
import Tinypool from "tinypool";
import { renderTreeToPng } from "./og-render.mjs";

// Structured cloning turns each Buffer into a plain Uint8Array; give satori Buffers, as on the main thread.
const { fonts: sentFonts, size } = Tinypool.workerData;
const fonts = sentFonts.map((/** @type {{ data: Uint8Array }} */ font) => ({
  ...font,
  data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
}));

/** @param {{ tree: unknown }} task */
export default async function render({ tree }) {
  return renderTreeToPng(tree, fonts, size);
}
