/**
 * The networks a drama can premiere on, in a module of its own without Zod: the list pages' filter
 * island offers them, and importing them from drama.ts would ship Zod (and its eval probe, which the
 * CSP blocks) to the browser.
 */

/** Original broadcasters and platforms a drama can premiere on. */
export const NETWORKS = [
  "KBS1",
  "KBS2",
  "MBC",
  "SBS",
  "tvN",
  "JTBC",
  "OCN",
  "ENA",
  "MBN",
  "TV Chosun",
  "Channel A",
  "Netflix",
  "Disney+",
  "TVING",
  "Coupang Play",
  "Wavve",
] as const;
