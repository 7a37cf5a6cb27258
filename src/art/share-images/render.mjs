// One share image from its satori element tree: satori lays it out as SVG, resvg rasterizes it to
// PNG. Plain JavaScript with no project imports, so the worker threads of pool.ts load it as is
// (a worker starts outside Vite and cannot read the project's TypeScript); the serial path in
// og-images.ts calls the very same function, which is why both give the same bytes.
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

/**
 * @param {unknown} tree the element tree from ogCardTree()
 * @param {{ name: string; data: Buffer | ArrayBuffer; weight: 400 | 700; style: "normal" }[]} fonts
 * @param {{ width: number; height: number }} size OG_WIDTH and OG_HEIGHT from src/art/share-card.ts
 * @returns {Promise<Buffer>}
 */
export async function renderTreeToPng(tree, fonts, { width, height }) {
  const svg = await satori(/** @type {any} */ (tree), { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
