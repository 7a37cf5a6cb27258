import { expect, test, type Page } from "@playwright/test";
import { waitForIsland } from "./helpers";

const PHONE = { width: 390, height: 844 };

/** The action bar's box lies fully inside the viewport. */
async function expectActionBarOnScreen(page: Page, label: string) {
  const bar = page.locator(".action-bar");
  const box = await bar.boundingBox();
  expect(box, `action bar on ${label}`).not.toBeNull();
  expect(box!.y, `action bar top on ${label}`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `action bar bottom on ${label}`).toBeLessThanOrEqual(PHONE.height + 0.5);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the quiz's words box is one tap from the first screen, above the twelve moods", async ({ page }) => {
    await page.goto("/quiz/");
    await waitForIsland(page);
    const jump = page.getByRole("link", { name: "Describe it in your own words instead" });
    const box = await jump.boundingBox();
    expect(box!.y + box!.height, "the link on the first screen").toBeLessThanOrEqual(PHONE.height);
    const firstMood = await page.locator(".mood-options li").first().boundingBox();
    expect(box!.y).toBeLessThan(firstMood!.y);
    await jump.click();
    const words = page.getByRole("searchbox", { name: "Or type a song, a singer, a drama or a few words" });
    await expect(words).toBeFocused();
    await expect(words).toBeInViewport();
    // Not hidden under the sticky action bar.
    const input = (await words.boundingBox())!;
    const bar = (await page.locator(".action-bar").boundingBox())!;
    expect(input.y >= bar.y + bar.height || input.y + input.height <= bar.y, "box and action bar do not overlap").toBe(
      true,
    );
    await words.fill("stay with me");
    await page.keyboard.press("Enter");
    await expect(page.locator("ol.matches > li").first()).toBeVisible();
  });

  test("every cover in the home page's hero links to its drama, with its English title", async ({ page }) => {
    await page.goto("/");
    const covers = page.getByRole("list", { name: "Dramas to start with" }).getByRole("link");
    await expect(covers).toHaveCount(4);
    for (const link of await covers.all()) {
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(/^\/dramas\/[a-z0-9-]+\/$/);
      const title = (await link.locator(".hero-cover-title").textContent())!.trim();
      expect(title).toMatch(/^[\x20-\x7e’‘–é]+$/);
      await expect(link).toHaveAccessibleName(title);
      await expect(link.locator(".hero-cover-title")).toBeVisible();
    }
    const first = covers.first();
    const title = (await first.locator(".hero-cover-title").textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("the quiz's action is on screen at every step, with all twelve moods in about two screens", async ({ page }) => {
    await page.goto("/quiz/");
    await waitForIsland(page);
    await expectActionBarOnScreen(page, "step 1, untouched");
    // Choosing the last mood scrolls it into view; the bar stays put.
    await page.getByRole("checkbox", { name: /Dreamy/ }).check();
    await expectActionBarOnScreen(page, "step 1 after choosing Dreamy");
    const questionHeight = await page.locator("form.question").evaluate((form) => form.getBoundingClientRect().height);
    expect(questionHeight, "question 1 with its twelve moods and the action").toBeLessThanOrEqual(2 * PHONE.height);
    for (let step = 2; step <= 6; step++) {
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByText(`Question ${step} of 6`, { exact: true })).toBeVisible();
      await expectActionBarOnScreen(page, `step ${step}`);
    }
    // Focusing the text field (which opens the keyboard on a phone) leaves the bar in view.
    await page.getByLabel(/A song, a singer, a drama/).focus();
    await expectActionBarOnScreen(page, "step 6 with the text field focused");
    // One primary action on the last step: no Skip beside "Show my matches".
    await expect(page.getByRole("button", { name: "Skip" })).toHaveCount(0);
    await expect(page.locator(".action-bar .button:not(.secondary)")).toHaveCount(1);
  });

  test("results skip the quiz intro and offer the share link before the first match", async ({ page }) => {
    await page.goto("/quiz/?moods=longing,epic&energy=any&voice=any&length=any");
    await waitForIsland(page);
    await expect(page.locator("ol.matches > li")).toHaveCount(5);
    await expect(page.getByText("Six quick questions")).toBeHidden();
    const share = await page.getByRole("button", { name: "Copy link" }).boundingBox();
    const first = await page.locator("ol.matches > li").first().boundingBox();
    expect(share!.y).toBeLessThan(first!.y);
    expect(share!.y).toBeLessThan(PHONE.height);
  });

  test("the navigation fits one row with 44 px targets, the rest behind Menu", async ({ page }) => {
    await page.goto("/dramas/");
    const targets = page.locator(".site-header .brand, .site-header .nav-row a:visible, .nav-menu summary");
    const boxes = await targets.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { top: Math.round(box.top), height: box.height, width: box.width, right: box.right };
      }),
    );
    expect(boxes.length).toBe(4);
    for (const box of boxes) {
      expect(box.top).toBe(boxes[0]!.top);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByText("Menu").click();
    await page.getByRole("link", { name: "Artists" }).click();
    await expect(page).toHaveURL(/\/artists\/$/);
  });

  test('"K-drama" never breaks across lines in a heading', async ({ page }) => {
    for (const path of ["/", "/dramas/goblin/", "/dramas/", "/quiz/"]) {
      await page.goto(path);
      const splits = await page.evaluate(() => {
        const found: string[] = [];
        for (const heading of document.querySelectorAll("h1, h2, h3, .eyebrow")) {
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf("K-drama");
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + "K-drama".length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) found.push(heading.textContent!.trim());
          }
        }
        return found;
      });
      expect(splits, `headings on ${path} that split "K-drama"`).toEqual([]);
    }
  });
});

test("every page type shows covers, and the Hanja in Goblin's title has a font that holds it", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/dramas/", "/songs/", "/moods/longing/", "/dramas/goblin/", "/songs/stay-with-me/"]) {
    await page.goto(path);
    expect(await page.locator(".cover svg").count(), `covers on ${path}`).toBeGreaterThan(0);
  }
  const css = await (await request.get("/theme.css")).text();
  const face = css.split("@font-face").find((rule) => /unicode-range:[^}]*U\+795E\b/.test(rule));
  expect(face, "a font face declared for 神 (U+795E)").toBeDefined();
  const file = /url\("([^"]+)"\)/.exec(face!)![1]!;
  const font = await request.get(file);
  expect(font.status()).toBe(200);
  expect(font.headers()["content-type"]).toContain("font/woff2");
});

test("no built page repeats an id (covers prefix their gradient ids per place on the page)", async () => {
  const { readdir, readFile } = await import("node:fs/promises");
  const path = await import("node:path");
  const dist = path.resolve(import.meta.dirname, "../../dist");
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(100);
  const repeated: string[] = [];
  for (const page of pages) {
    const html = await readFile(path.join(dist, page), "utf8");
    const seen = new Set<string>();
    for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) {
      if (seen.has(id!)) repeated.push(`${page}: ${id}`);
      seen.add(id!);
    }
  }
  expect(repeated).toEqual([]);
});
