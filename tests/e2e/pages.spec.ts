import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchForErrors } from "./helpers";

test("home offers the quiz and the twelve moods", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find your first K-drama through its soundtrack.");
  await expect(page.getByRole("link", { name: "Take the mood quiz" })).toHaveAttribute("href", "/quiz/");
  const moodGrid = page.getByRole("region", { name: "Browse by mood" });
  await expect(moodGrid.getByRole("listitem")).toHaveCount(12);
  await moodGrid.getByRole("link", { name: /Longing 그리움/ }).click();
  await expect(page).toHaveURL(/\/moods\/longing\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Longing");
  expect(errors).toEqual([]);
});

test("a drama page shows its titles, facts, moods and songs", async ({ page }) => {
  await page.goto("/dramas/goblin/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goblin");
  await expect(page.locator('[lang="ko"].hangul-title')).toContainText("도깨비");
  await expect(page.getByText("tvN", { exact: true })).toBeVisible();
  const songs = page.getByRole("region", { name: "Songs from Goblin" });
  await expect(songs.getByRole("link", { name: "Stay With Me" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link").first()).toHaveAttribute(
    "href",
    /^https:\/\//,
  );
  await expect(page.locator(".credits")).toContainText("Gong Yoo");
  await expect(page.locator(".credits")).toContainText("Kim Eun-sook");
  const similar = page.getByRole("region", { name: "More like Goblin" });
  await expect(similar.getByRole("listitem")).toHaveCount(4);
  await expect(similar.getByRole("listitem").first()).toContainText(
    /^.*(Also strong in|Shares a touch of) .+; its songs are/s,
  );
  await songs.getByRole("link", { name: "Stay With Me" }).click();
  await expect(page).toHaveURL(/\/songs\/stay-with-me\/$/);
});

test("a song page names its singers, drama, moods and listen links, with spoilers hidden", async ({ page }) => {
  await page.goto("/songs/stay-with-me/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stay With Me");
  const singers = page.locator("p.singers");
  await expect(singers.getByRole("link", { name: "Chanyeol" })).toBeVisible();
  await expect(singers.getByRole("link", { name: "Punch" })).toBeVisible();
  await expect(page.getByText("idol · EXO")).toBeVisible();
  await expect(page.getByRole("link", { name: "Goblin" }).first()).toHaveAttribute("href", "/dramas/goblin/");
  await expect(page.getByRole("list", { name: "Listen to Stay With Me" }).getByRole("link")).toHaveCount(3);
  const spoilers = page.locator("details.spoiler");
  for (const spoiler of await spoilers.all()) await expect(spoiler).not.toHaveAttribute("open");
  await singers.getByRole("link", { name: "Chanyeol" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chanyeol");
  await expect(page.getByRole("region", { name: "Songs" }).getByRole("link", { name: "Stay With Me" })).toBeVisible();
});

for (const [path, heading] of [
  ["/dramas/", "Dramas"],
  ["/songs/", "Songs"],
  ["/artists/", "Artists"],
  ["/moods/", "Moods"],
  ["/tags/", "Story tags"],
] as const) {
  test(`the ${heading.toLowerCase()} list links to its profiles`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect(await page.getByRole("main").getByRole("link").count()).toBeGreaterThan(5);
  });
}

test("a mood page ranks dramas and songs by weight", async ({ page }) => {
  await page.goto("/moods/healing/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Healing");
  const dramas = page.getByRole("region", { name: /^Dramas/ }).getByRole("listitem");
  expect(await dramas.count()).toBeGreaterThan(2);
  await expect(dramas.first()).toContainText("Defining");
});

test("a drama page says what it is about, and a tag leads to every drama that carries it", async ({ page }) => {
  await page.goto("/dramas/the-glory/");
  const about = page.getByRole("region", { name: "What it is about" });
  await about.getByRole("link", { name: "Revenge" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revenge");
  const dramas = page.getByRole("region", { name: /^Dramas/ }).getByRole("listitem");
  expect(await dramas.count()).toBeGreaterThan(1);
  await expect(page.getByRole("region", { name: /^Dramas/ })).toContainText("The Glory");
});

test("about explains the formula and privacy", async ({ page }) => {
  await page.goto("/about/");
  await expect(page.getByRole("heading", { name: "How the quiz matches" })).toBeVisible();
  await expect(page.getByText(/coverage × \(½ \+ ½ × focus\) × length fit/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Privacy" })).toBeVisible();
});

test("an unknown address shows a real 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
});

// One test per page and colour scheme: a single test looping over every page could outlive any fixed
// timeout. A scan takes 1–3 s on a profile page but grows with the page: /songs/ (240 cards) took
// 9–15 s alone and 35 s with a build running beside it on 2 cores, so each scan gets 90 s.
const AXE_PAGES = [
  "/",
  "/dramas/",
  "/dramas/goblin/",
  "/songs/",
  "/songs/stay-with-me/",
  "/artists/",
  "/artists/chanyeol/",
  "/moods/",
  "/moods/longing/",
  "/tags/",
  "/tags/revenge/",
  "/match/goblin/",
  "/search/",
  "/quiz/",
  "/about/",
  "/no-such-page/",
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const path of AXE_PAGES) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    });
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations on search results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/search/?q=goblin");
    await expect(page.getByRole("link", { name: "Goblin" }).first()).toBeVisible();
    await expectNoAxeViolations(page, `search results (${scheme})`);
  });
}
