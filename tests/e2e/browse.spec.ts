/**
 * The list pages (/dramas/, /songs/, /artists/): pages of at most 24 cards a phone can scroll, plain
 * links between pages that work without JavaScript, and the filter island of /dramas/ and /songs/
 * with its state in the URL.
 */
import { expect, test } from "@playwright/test";
import { AXE_TEST_TIMEOUT, expectNoAxeViolations, waitForIsland, watchForErrors } from "./helpers";

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

  test("instead of the filter form, the lists offer the mood pages and the tags", async ({ page }) => {
    await page.goto("/dramas/");
    await expect(page.getByText("Filter and sort")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Healing", exact: true }).first()).toHaveAttribute(
      "href",
      "/moods/healing/",
    );
    await expect(page.getByRole("link", { name: "story tags" })).toHaveAttribute("href", "/tags/");
    await page.goto("/songs/?mood=healing");
    // The query needs the island: without it the plain list shows, and the mood page is one tap away.
    await expect(page.locator("main .song-card")).toHaveCount(24);
    await page.getByRole("link", { name: "Healing", exact: true }).first().click();
    await expect(page).toHaveURL(/\/moods\/healing\/$/);
  });

  test("a page past the end is not built", async ({ page }) => {
    const response = await page.goto("/songs/page/999/");
    expect(response?.status()).toBe(404);
  });
});

test.describe("filters", () => {
  test("choosing a mood filters the songs at once, puts it in the URL, and a reload keeps it", async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto("/songs/");
    await waitForIsland(page);
    await page.getByText("Filter and sort").click();
    await page.getByLabel("Mood").selectOption("healing");
    await expect(page).toHaveURL(/\/songs\/\?mood=healing$/);
    const status = page.getByRole("status");
    await expect(status).toContainText(/^\d+ songs; page 1 of \d+\.$|^\d+ songs\.$/);
    const count = Number(/^(\d+)/.exec((await status.textContent())!.trim())![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(306);
    // The first card's own page lists the mood among its moods.
    const first = page.locator("main .song-card .card-title a").first();
    const href = await first.getAttribute("href");
    await page.getByLabel("Sort by").selectOption("mood");
    await expect(page).toHaveURL(/\/songs\/\?mood=healing&sort=mood$/);
    await page.reload();
    await waitForIsland(page);
    await expect(page.getByLabel("Mood")).toHaveValue("healing");
    await expect(page.getByLabel("Sort by")).toHaveValue("mood");
    await expect(status).toContainText(`${count} songs`);
    await page.goto(href!);
    await expect(page.getByRole("main")).toContainText("Healing");
    expect(errors).toEqual([]);
  });

  test("filters combine, sort by year, and a filtered list pages through the URL", async ({ page }) => {
    await page.goto("/dramas/?decade=2010s&sort=year");
    await waitForIsland(page);
    const years = await page.locator("main .drama-card .card-facts").allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThanOrEqual(24);
    const numbers = years.map((facts) => Number(facts.trim().slice(0, 4)));
    for (const year of numbers) (expect(year).toBeGreaterThanOrEqual(2010), expect(year).toBeLessThan(2020));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.getByLabel("Network").selectOption("tvn");
    await expect(page).toHaveURL(/\/dramas\/\?decade=2010s&network=tvn&sort=year$/);
    for (const facts of await page.locator("main .drama-card .card-facts").allTextContents()) {
      expect(facts).toContain("tvN");
    }
    // A filtered list longer than a page has its own page links, carried in the URL.
    await page.goto("/songs/?singer=solo");
    await waitForIsland(page);
    await expect(page.getByRole("status")).toContainText("page 1 of");
    const firstOnPage1 = await page.locator("main .song-card .card-title a").first().textContent();
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/songs\/\?singer=solo&page=2$/);
    await expect(page.getByRole("status")).toContainText("page 2 of");
    await page.reload();
    await waitForIsland(page);
    await expect(page.getByRole("status")).toContainText("page 2 of");
    expect(await page.locator("main .song-card .card-title a").first().textContent()).not.toBe(firstOnPage1);
  });

  test("the card data is fetched only when a list is filtered", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/data/")) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto("/songs/");
    await waitForIsland(page);
    await page.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);
    await page.getByText("Filter and sort").click();
    await page.getByLabel("Sung by").selectOption("group");
    await expect(page).toHaveURL(/\?singer=group$/);
    expect(fetched).toEqual([expect.stringMatching(/^\/data\/songs\.[0-9a-f]{10}\.json$/)]);
  });

  test("an unknown mood shows a note and the whole list", async ({ page }) => {
    await page.goto("/dramas/?mood=xyz");
    await waitForIsland(page);
    await expect(page.getByText("We don't know the mood “xyz”; showing all dramas.")).toBeVisible();
    await expect(page.locator("main .drama-card")).toHaveCount(24);
    await expect(page.getByRole("navigation", { name: "Pages of dramas" })).toBeVisible();
  });

  test("a page the island does not know is noted, and page 1 shown", async ({ page }) => {
    await page.goto("/songs/?page=abc");
    await waitForIsland(page);
    await expect(page.getByText("There is no page “abc”; showing page 1.")).toBeVisible();
    await page.goto("/songs/?mood=tense&page=99");
    await waitForIsland(page);
    await expect(page.getByText(/^This list has (one page|\d+ pages), not 99; showing page 1\.$/)).toBeVisible();
    await expect(page.locator("main .song-card").first()).toBeVisible();
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations on a filtered list with a note (${scheme})`, async ({ page }) => {
    test.setTimeout(AXE_TEST_TIMEOUT);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/songs/?mood=healing&singer=solo&sort=mood&length=xyz&page=abc");
    await waitForIsland(page);
    await expect(page.getByText("There is no page “abc”; showing page 1.")).toBeVisible();
    await expect(page.locator("main .song-card").first()).toBeVisible();
    await expectNoAxeViolations(page, `filtered /songs/ (${scheme})`);
  });
}
