/** Builds a throwaway project tree from the base fixture plus one broken case's files. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const fixturesDir = fileURLToPath(new URL("../fixtures/content/", import.meta.url));

export async function withFixture<Result>(
  brokenCase: string | undefined,
  run: (projectRoot: string) => Promise<Result>,
): Promise<Result> {
  const root = await mkdtemp(path.join(tmpdir(), "moodtrack-fixture-"));
  try {
    await cp(path.join(fixturesDir, "base"), path.join(root, "src/content"), { recursive: true });
    if (brokenCase) {
      await cp(path.join(fixturesDir, "broken", brokenCase), path.join(root, "src/content"), { recursive: true });
    }
    return await run(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
