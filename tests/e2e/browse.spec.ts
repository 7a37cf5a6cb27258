/**
 * The list pages (/dramas/, /songs/, /artists/): pages of at most 24 cards a phone can scroll, plain
 * links between pages that work without JavaScript.
 */
import { expect, test } from "@playwright/test";

const PHONE = { width: 390, height: 844 };

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  for (const path of ["/songs/", "/dramas/", "/artists/"]) {
    test(`${path} is at most five screens tall`, async ({ page }) => {
      await page.goto(path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(5 * PHONE.height);
      expect(await page.locator("main .card").count()).toBeLessThanOrEqual(24);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page links lead through /songs/ page by page", async ({ page }) => {
    await page.goto("/songs/");
    const pages = page.getByRole("navigation", { name: "Pages of songs" });
    await expect(pages.getByRole("link", { name: "Page 1, this page" })).toHaveAttribute("aria-current", "page");
    const firstOnPage1 = await page.locator("main .card-title a").first().textContent();
    await pages.getByRole("link", { name: "Page 2", exact: true }).click();
    await expect(page).toHaveURL(/\/songs\/page\/2\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Songs");
    await expect(page.locator("main .card")).toHaveCount(24);
    expect(await page.locator("main .card-title a").first().textContent()).not.toBe(firstOnPage1);
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/songs\/page\/3\/$/);
    await page.getByRole("link", { name: "← Previous" }).click();
    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(/\/songs\/$/);
  });

  test("the last page of dramas holds the rest and has no next link", async ({ page }) => {
    await page.goto("/dramas/");
    const last = page.getByRole("navigation", { name: "Pages of dramas" }).getByRole("listitem").last();
    await last.getByRole("link").click();
    await expect(page).toHaveURL(/\/dramas\/page\/\d+\/$/);
    const cards = await page.locator("main .card").count();
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThanOrEqual(24);
    await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  });

  test("songs are listed by English title or meaning, not romanization", async ({ page }) => {
    for (const path of ["/songs/", "/songs/page/2/"]) {
      await page.goto(path);
      const cards = await page.locator("main .song-card").evaluateAll((items) =>
        items.map((card) => ({
          listed: card.getAttribute("data-list-title") ?? "",
          title: card.querySelector(".card-title a")?.textContent?.trim() ?? "",
          meaning: card.querySelector(".card-meaning")?.textContent?.trim() ?? "",
        })),
      );
      expect(cards.length).toBe(24);
      const listed = cards.map((card) => card.listed);
      expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
      // A romanized title is listed under its meaning, and the card shows that meaning.
      const translated = cards.filter((card) => card.listed !== card.title);
      expect(translated.length, path).toBeGreaterThan(0);
      for (const card of translated) expect(card.meaning).toBe(`“${card.listed}”`);
    }
  });

  test("a page past the end is not built", async ({ page }) => {
    const response = await page.goto("/songs/page/999/");
    expect(response?.status()).toBe(404);
  });
});
