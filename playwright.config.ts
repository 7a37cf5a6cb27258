import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/chromium";
import { freePort } from "./tests/free-port";

process.env.MOODTRACK_E2E_PORT ??= String(await freePort());
const port = Number(process.env.MOODTRACK_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Never retries: a test that needs one is a bug. Budgets are sized from measurements taken with a
  // cold build of a copy running alongside on 2 shared cores (load average 13–15): the slowest test
  // other than an axe scan took 16.3 s (keyboard-only quiz), so 60 s per test; a web-first assertion
  // waiting for a hydrated island took up to ~6 s there, so 15 s. Axe scans get their own budget
  // (tests/e2e/helpers.ts).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // This very Node (the launcher's choice), not whatever `npx` would find first on PATH.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
