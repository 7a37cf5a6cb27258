/**
 * Share images rendered on every core: a tinypool of worker threads (worker.mjs), one per core
 * available to this process, each loading the fonts once. Callers keep at most two cards per thread
 * in flight (forEachBounded), so memory stays bounded whether a build renders 10 images or 10,000.
 * The serial renderer runs the same function on the main thread: MOODTRACK_OG_THREADS=1 selects it.
 */
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { OG_HEIGHT, OG_WIDTH } from "../share-card";
import { renderTreeToPng } from "./render.mjs";

export type FontFace = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

export interface OgRenderer {
  /** How many images it renders at once. */
  threads: number;
  render(tree: unknown): Promise<Buffer>;
  close(): Promise<void>;
}

const SIZE = { width: OG_WIDTH, height: OG_HEIGHT };

/** Threads for share images: MOODTRACK_OG_THREADS when set, else every core this process may use. */
export function ogThreadCount(requested = process.env.MOODTRACK_OG_THREADS): number {
  if (requested === undefined || requested.trim() === "") return availableParallelism();
  const threads = Number(requested);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(`MOODTRACK_OG_THREADS must be a whole number of at least 1, got "${requested}"`);
  }
  return threads;
}

export function serialRenderer(fonts: FontFace[]): OgRenderer {
  return { threads: 1, render: (tree) => renderTreeToPng(tree, fonts, SIZE), close: async () => {} };
}

export function poolRenderer(fonts: FontFace[], threads: number): OgRenderer {
  const pool = new Tinypool({
    filename: new URL("./worker.mjs", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // A guard behind forEachBounded's limit: never more waiting tasks than that.
    maxQueue: threads * 2,
    workerData: { fonts, size: SIZE },
    // Idle workers then wait on their event loop instead of blocking in Atomics.wait, so the native
    // finalizers that free resvg's pixmaps get to run (with Atomics, memory grew ~3 MB an image).
    useAtomics: false,
  });
  return {
    threads,
    render: async (tree) => {
      const bytes: Uint8Array = await pool.run({ tree });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    close: () => pool.destroy(),
  };
}

/** The pool when there is more than one image to render and more than one thread to use; else serial. */
export function ogRenderer(fonts: FontFace[], images: number, threads = ogThreadCount()): OgRenderer {
  const useful = Math.min(threads, images);
  return useful > 1 ? poolRenderer(fonts, useful) : serialRenderer(fonts);
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
