import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Collects console errors and failed requests so a test can assert there were none. */
export function watchForErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Waits for the Preact island to hydrate (Astro removes the `ssr` attribute) before interacting. */
export async function waitForIsland(page: Page) {
  await expect(page.locator("astro-island").first()).not.toHaveAttribute("ssr", { timeout: 15_000 });
}

/**
 * One axe scan with every rule axe enables by default (WCAG A/AA and best practices). A scan's time
 * grows with the page: the /songs/ list (121 songs) took 23.5 s with a cold build running alongside
 * at load average 15, against ~2 s idle, so a test that scans gets 90 s.
 */
export const AXE_TEST_TIMEOUT = 90_000;

export async function expectNoAxeViolations(page: Page, label: string) {
  test.setTimeout(AXE_TEST_TIMEOUT);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
