import { expect, test } from "@playwright/test";
import { waitForIsland } from "./helpers";

test("a share link reopens the same result", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/quiz/");
  await waitForIsland(page);
  await page.getByRole("checkbox", { name: /Longing/ }).check();
  await page.getByRole("checkbox", { name: /Epic/ }).check();
  for (let step = 0; step < 6; step++) await page.getByRole("button", { name: /Next|Show my matches/ }).click();
  const results = page.getByRole("region", { name: "Your matches" });
  await expect(results.locator("ol.matches > li")).toHaveCount(5);
  const ranked = await results.locator("ol.matches > li h3 a").allTextContents();
  const topHref = await results.locator("ol.matches > li h3 a").first().getAttribute("href");

  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toBe(`${baseURL}/match/${topHref!.split("/")[2]}/?moods=epic,longing&energy=any&voice=any&length=any`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ranked[0]!);
  await expect(page.getByText("My Moodtrack match")).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og\/dramas\/[a-z0-9-]+\.png$/);
  await page.getByRole("link", { name: "See the full results" }).click();
  await waitForIsland(page);
  await expect(page.getByRole("region", { name: "Your matches" }).locator("ol.matches > li")).toHaveCount(5);
  expect(
    await page.getByRole("region", { name: "Your matches" }).locator("ol.matches > li h3 a").allTextContents(),
  ).toEqual(ranked);
});

test("a match page opened without parameters offers only the quiz", async ({ page }) => {
  await page.goto("/match/goblin/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goblin");
  await expect(page.getByRole("link", { name: "Take the quiz" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the full results" })).toBeHidden();
});

test("the share box says what the link carries and can leave out the words and seen list", async ({
  page,
  baseURL,
}) => {
  await page.goto("/quiz/?moods=longing&energy=any&voice=any&length=any&seen=goblin&q=stay%20with%20me");
  await waitForIsland(page);
  const share = page.getByRole("region", { name: "Share your match" });
  await expect(share).toContainText(
    "Anyone with this link sees your moods and choices, plus the words you typed and the dramas you marked as seen.",
  );
  const link = page.getByLabel("Share link");
  await expect(link).toHaveValue(/[?&]seen=goblin(&|$)/);
  await expect(link).toHaveValue(/[?&]q=stay%20with%20me(&|$)/);
  await share
    .getByRole("checkbox", { name: "Leave out the words you typed and the dramas you marked as seen" })
    .check();
  await expect(share).toContainText("Anyone with this link sees your moods and choices.");
  const shorter = await link.inputValue();
  expect(shorter).toMatch(new RegExp(`^${baseURL}/match/[a-z0-9-]+/\\?moods=longing&energy=any&voice=any&length=any$`));
});

test("with no words or seen list the share box offers nothing to leave out", async ({ page }) => {
  await page.goto("/quiz/?moods=healing&energy=any&voice=any&length=any");
  await waitForIsland(page);
  const share = page.getByRole("region", { name: "Share your match" });
  await expect(share).toContainText("Anyone with this link sees your moods and choices.");
  await expect(share.getByRole("checkbox")).toHaveCount(0);
});
