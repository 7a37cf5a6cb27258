/**
 * The share-image renderer: Takumi (@takumi-rs/core), a native renderer that lays out and draws a node
 * tree and encodes it, with no SVG step in between. One `Renderer` holds the fonts; its `render` and
 * `measure` run on libuv's thread pool, off the JavaScript thread, so keeping `concurrency` renders in
 * flight uses that many cores with no worker threads of our own (measured: two renders in flight took
 * 17 ms an image against 32 ms one at a time on 2 cores). libuv's pool has 4 threads unless
 * UV_THREADPOOL_SIZE says otherwise, so more than 4 in flight only queue.
 */
import { availableParallelism } from "node:os";
import { Renderer } from "@takumi-rs/core";
import { OG_HEIGHT, OG_WIDTH, type Measure } from "../share-card";
import type { Node } from "@takumi-rs/core";

/** One font file, registered under the card's family name for the code points it serves. */
export interface FontFace {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  unicodeRange: [number, number][];
}

/** Every image must stay under this many bytes (docs/deploy.md); quality steps down until it does. */
export const MAX_IMAGE_BYTES = 120 * 1024;
/** Qualities tried in turn; 85 holds every card of the catalogue today (56–97 KB). */
export const JPEG_QUALITIES = [85, 78, 70, 60] as const;

export interface OgRenderer {
  /** How many renders it keeps in flight. */
  concurrency: number;
  measure: Measure;
  /** The card as JPEG, at the highest of JPEG_QUALITIES that stays within MAX_IMAGE_BYTES. */
  render(tree: Node): Promise<Buffer>;
}

/** Renders in flight: MOODTRACK_OG_THREADS when set, else every core this process may use. */
export function ogThreadCount(requested = process.env.MOODTRACK_OG_THREADS): number {
  if (requested === undefined || requested.trim() === "") return availableParallelism();
  const threads = Number(requested);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(`MOODTRACK_OG_THREADS must be a whole number of at least 1, got "${requested}"`);
  }
  return threads;
}

export async function createOgRenderer(fonts: FontFace[], concurrency = ogThreadCount()): Promise<OgRenderer> {
  const renderer = new Renderer();
  for (const font of fonts) {
    await renderer.registerFont({
      name: font.name,
      data: font.data,
      weight: font.weight,
      style: "normal",
      unicodeRange: font.unicodeRange,
    });
  }
  const size = { width: OG_WIDTH, height: OG_HEIGHT };
  return {
    concurrency,
    measure: (node) => renderer.measure(node, size),
    render: async (tree) => {
      let image: Buffer | undefined;
      for (const quality of JPEG_QUALITIES) {
        image = await renderer.render(tree, { ...size, format: "jpeg", quality });
        if (image.length <= MAX_IMAGE_BYTES) return image;
      }
      throw new Error(
        `the image is ${Math.round(image!.length / 1024)} KB even at JPEG quality ${JPEG_QUALITIES.at(-1)}, ` +
          `over the ${MAX_IMAGE_BYTES / 1024} KB limit`,
      );
    },
  };
}

/** Runs `work` on every item with at most `limit` running at once; rejects with the first failure. */
export async function forEachBounded<Item>(items: Item[], limit: number, work: (item: Item) => Promise<void>) {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failed = true; // the other lanes finish what they hold and take nothing new
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
