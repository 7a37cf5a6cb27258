/**
 * Debian's Chromium, shared by the Playwright tests and the bench: never a downloaded browser.
 * Override the path with CHROMIUM_PATH on other machines. The background-networking flags keep it
 * from calling Google's hosts, which this machine's closed network refuses.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
