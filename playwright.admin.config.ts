/**
 * The content editor's browser test (tests/admin/): it runs `npm run edit` in a throwaway copy of the
 * project, so it starts its own servers and never touches the public site's tests or budgets.
 */
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/chromium";

export default defineConfig({
  testDir: "tests/admin",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure", actionTimeout: 15_000 },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
});
