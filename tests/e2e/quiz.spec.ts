import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, waitForIsland, watchForErrors } from "./helpers";

const question = (page: Page) => page.getByRole("group");
const results = (page: Page) => page.getByRole("region", { name: "Your matches" });
const rankedTitles = (page: Page) => results(page).locator("ol.matches > li h3 a").allTextContents();

async function openQuiz(page: Page, path = "/quiz/") {
  await page.goto(path);
  await waitForIsland(page);
}

/** Presses Tab until the named button has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp) {
  const target = page.getByRole("button", { name });
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the ${String(name)} button`);
}

test("complete the quiz with the keyboard alone", async ({ page }) => {
  const errors = watchForErrors(page);
  await openQuiz(page);
  await expect(page.getByText("Question 1 of 6", { exact: true })).toBeVisible();
  // From the top of the page, Tab to the first mood, choose it and the next one with Space.
  await page.keyboard.press("Tab");
  for (let presses = 0; presses < 30; presses++) {
    if (
      await page
        .getByRole("checkbox", { name: /Heart-fluttering/ })
        .evaluate((element) => element === document.activeElement)
    )
      break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /Heart-fluttering/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Longing/ })).toBeChecked();
  await tabTo(page, "Next");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 2 of 6", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How should the music sound?" })).toBeFocused();
  // Into the radio group (on its checked choice, "No preference"); an arrow key moves the choice round to Calm.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Calm" })).toBeChecked();
  await tabTo(page, "Next");
  await page.keyboard.press("Enter");
  for (const step of [3, 4, 5, 6]) {
    await expect(page.getByText(`Question ${step} of 6`, { exact: true })).toBeVisible();
    await tabTo(page, step === 6 ? "Show my matches" : "Next");
    await page.keyboard.press("Enter");
  }
  await expect(results(page).getByRole("heading", { name: "Your matches" })).toBeFocused();
  const list = results(page).locator("ol.matches > li");
  await expect(list).toHaveCount(5);
  await expect(list.first().getByRole("link").first()).toHaveAttribute("href", /^\/dramas\/[a-z0-9-]+\/$/);
  await expect(list.first()).toContainText("% match");
  await expect(page.locator("p[aria-live]")).toHaveText("5 matches found");
  expect(page.url()).toContain("/quiz/?moods=fluttering,longing&energy=calm&voice=any&length=any");
  expect(errors).toEqual([]);
});

test("Back, in the page and in the browser, keeps earlier answers", async ({ page }) => {
  await openQuiz(page);
  await page.getByRole("checkbox", { name: /Healing/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "Upbeat" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 3 of 6", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Upbeat" })).toBeChecked();
  await page.goBack();
  await expect(page.getByText("Question 1 of 6", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Healing/ })).toBeChecked();
  await page.goForward();
  await expect(page.getByText("Question 2 of 6", { exact: true })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Upbeat" })).toBeChecked();
});

test("a reload mid-quiz keeps the answers; Forget my answers clears them", async ({ page }) => {
  await openQuiz(page);
  await page.getByRole("checkbox", { name: /Nostalgic/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radio", { name: "In between" }).check();
  await page.reload();
  await waitForIsland(page);
  await expect(page.getByText("Question 2 of 6", { exact: true })).toBeVisible();
  await expect(page.getByRole("radio", { name: "In between" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("checkbox", { name: /Nostalgic/ })).toBeChecked();
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expect(page.getByRole("checkbox", { name: /Nostalgic/ })).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test("a results URL opened directly shows the same list as the quiz", async ({ page }) => {
  await openQuiz(page);
  await page.getByRole("checkbox", { name: /Dreamy/ }).check();
  await page.getByRole("checkbox", { name: /Bittersweet/ }).check();
  for (let step = 0; step < 6; step++) await page.getByRole("button", { name: /Next|Show my matches/ }).click();
  await expect(results(page).locator("ol.matches > li")).toHaveCount(5);
  const viaQuiz = await rankedTitles(page);
  const url = page.url();
  const fresh = await page.context().newPage();
  await openQuiz(fresh, url.replace(/^https?:\/\/[^/]+/, ""));
  await expect(results(fresh).locator("ol.matches > li")).toHaveCount(5);
  expect(await rankedTitles(fresh)).toEqual(viaQuiz);
});

test("a result card charts the asked moods with their percentages", async ({ page }) => {
  await openQuiz(page, "/quiz/?moods=longing,epic&energy=any&voice=any&length=any");
  const card = results(page).locator("ol.matches > li").first();
  const chart = card.getByRole("img", { name: /'s moods:/ });
  await expect(chart).toHaveAccessibleName(/: Longing \d+% \(you asked\), Epic \d+% \(you asked\)/);
  const rows = chart.locator(".mood-bar.asked");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator(".mood-bar-label")).toHaveText("✓ Longing");
  await expect(rows.nth(1).locator(".mood-bar-label")).toHaveText("✓ Epic");
  for (const row of [rows.nth(0), rows.nth(1)]) {
    await expect(row.locator(".mood-bar-value")).toHaveText(/^(0|33|67|100)%$/);
    await expect(row.locator(".mood-bar-value")).toBeVisible();
  }
  // The chart comes before the reasons, so the bars are read first.
  const chartBox = (await chart.boundingBox())!;
  const whyBox = (await card.locator(".why").first().boundingBox())!;
  expect(chartBox.y).toBeLessThan(whyBox.y);
});

for (const [label, words, expected] of [
  ["a misspelled title", "Hotel del Lunna", "Hotel del Luna"],
  ["a Hangul title", "사랑의 불시착", "Crash Landing on You"],
  ["a song title", "I Will Go to You Like the First Snow", "Goblin"],
] as const) {
  test(`typing ${label} puts the right drama first`, async ({ page }) => {
    await openQuiz(page);
    await page.getByRole("checkbox", { name: /Joyful/ }).check();
    await page.getByRole("button", { name: "Next" }).click();
    for (let step = 2; step <= 5; step++) await page.getByRole("button", { name: "Skip" }).click();
    await page.getByLabel(/A song, a singer, a drama/).fill(words);
    await page.getByRole("button", { name: "Show my matches" }).click();
    await expect(results(page).locator("ol.matches > li").first().getByRole("link").first()).toHaveText(expected);
  });
}

test("a link with garbage values shows a notice, runs nothing and logs no error", async ({ page }) => {
  const errors = watchForErrors(page);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const garbage =
    "/quiz/?moods=longing,%3Cscript%3Ealert(1)%3C%2Fscript%3E,sad&energy=loud&voice=%E0%A4%A&length=long&length=short&seen=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&q=" +
    "x".repeat(10_000);
  await openQuiz(page, garbage);
  const notice = page.getByRole("status").filter({ hasText: "left it out" });
  await expect(notice).toContainText('Ignored mood "<script>alert(1)</script>"');
  await expect(notice).toContainText('Ignored energy "loud"');
  await expect(notice).toContainText("Ignored a repeated length parameter.");
  await expect(results(page)).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(await page.locator("script", { hasText: "alert(1)" }).count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test("a link with nothing usable starts at question 1 with the notice", async ({ page }) => {
  await openQuiz(page, "/quiz/?moods=sad,happy&colour=blue");
  await expect(page.getByRole("status").filter({ hasText: "left it out" })).toContainText('Ignored mood "sad"');
  await expect(page.getByText("Question 1 of 6", { exact: true })).toBeVisible();
});

test("a failed index download says so and Retry recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/data/moods.*.json", (route) =>
    fail ? route.fulfill({ status: 503, body: "down" }) : route.fallback(),
  );
  await openQuiz(page, "/quiz/?moods=longing&energy=any&voice=any&length=any");
  await expect(page.getByRole("alert")).toContainText("We couldn't load the song catalogue (the server answered 503)");
  fail = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(results(page).locator("ol.matches > li")).toHaveCount(5);
});

test("a failed download of the results view says so and Retry recovers", async ({ page }) => {
  let fail = true;
  await page.route("**/_astro/Results.*.js", (route) => (fail ? route.abort("failed") : route.fallback()));
  await openQuiz(page, "/quiz/?moods=longing&energy=any&voice=any&length=any");
  await expect(page.getByRole("alert")).toContainText("We couldn't load the results.");
  fail = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(results(page).locator("ol.matches > li")).toHaveCount(5);
});

// One axe scan per quiz step and colour scheme. A step opens straight from its address
// (/quiz/#question-N) with the answers kept from choosing a mood, so each scan is its own test with
// its own budget instead of seven scans sharing one.
for (const scheme of ["light", "dark"] as const) {
  for (const step of [1, 2, 3, 4, 5, 6]) {
    test(`axe finds no violations on quiz question ${step} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openQuiz(page);
      await page.getByRole("checkbox", { name: /Epic/ }).check();
      if (step > 1) {
        await openQuiz(page, `/quiz/#question-${step}`);
        await page.reload();
        await waitForIsland(page);
      }
      await expect(page.getByText(`Question ${step} of 6`, { exact: true })).toBeVisible();
      // Question 5 lists the dramas from the index, which loads when the quiz starts.
      if (step === 5) await expect(question(page).getByRole("checkbox").first()).toBeVisible();
      if (step === 1) await expect(page.getByRole("checkbox", { name: /Epic/ })).toBeChecked();
      await expectNoAxeViolations(page, `quiz question ${step} (${scheme})`);
    });
  }
  test(`axe finds no violations on results with a notice about ignored values (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openQuiz(page, "/quiz/?moods=longing,sad&energy=loud&voice=any&length=any");
    await expect(page.getByRole("status").filter({ hasText: "left it out" })).toContainText('Ignored mood "sad"');
    await expect(results(page).locator("ol.matches > li")).toHaveCount(5);
    await expectNoAxeViolations(page, `quiz results with a notice (${scheme})`);
  });
  test(`axe finds no violations on the quiz results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openQuiz(page, "/quiz/?moods=epic&energy=any&voice=any&length=any");
    await expect(results(page).locator("ol.matches > li")).toHaveCount(5);
    await expectNoAxeViolations(page, `quiz results (${scheme})`);
  });
}

test("without JavaScript the quiz page lists the moods", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/quiz/");
  await expect(page.getByRole("link", { name: /Healing 힐링/ })).toHaveAttribute("href", "/moods/healing/");
  await context.close();
});

test.describe("words typed on the first screen", () => {
  const typeWords = async (page: Page, words: string) => {
    await openQuiz(page);
    await page.getByRole("searchbox", { name: "Or type a song, a singer, a drama or a few words" }).fill(words);
    await page.getByRole("button", { name: "Show matches" }).click();
    await expect(results(page).getByRole("heading", { name: "Your matches" })).toBeVisible();
  };

  test("a describing word finds the dramas about it, saying why", async ({ page }) => {
    await typeWords(page, "revenge");
    const first = results(page).locator("ol.matches > li").first();
    await expect(first).toContainText(/(Tagged|Genre:) revenge/);
    expect(page.url()).toContain("q=revenge");
    await expectNoAxeViolations(page, "results for a describing word");
  });

  test("a group name finds its members' songs", async ({ page }) => {
    await typeWords(page, "bts");
    const list = results(page).locator("ol.matches > li");
    await expect(list.first()).toContainText(/of BTS sings/);
    await expect(results(page)).not.toContainText("BTOB");
  });

  test("words that match nothing say so and list nothing", async ({ page }) => {
    await typeWords(page, "quokkas marzipan");
    await expect(results(page).getByText("Nothing in the catalogue matches “quokkas” and “marzipan”.")).toBeVisible();
    await expect(results(page).locator("ol.matches > li")).toHaveCount(0);
    await expectNoAxeViolations(page, "results for words that match nothing");
  });

  test("asking for dramas like one lists it first, then close ones with what they share", async ({ page }) => {
    await typeWords(page, "dramas like goblin");
    const cards = results(page).locator("ol.matches > li");
    await expect(cards.first()).toContainText("You named it: Goblin.");
    await expect(cards.nth(1)).toContainText(/Like Goblin: (both are about|also strong in)/);
  });

  test("a topic we understand but no drama carries says so, lists nothing and links to the tags", async ({ page }) => {
    await typeWords(page, "zombie apocalypse");
    await expect(results(page)).toContainText("no drama here is about that yet");
    await expect(results(page).locator("ol.matches > li")).toHaveCount(0);
    await results(page).getByRole("link", { name: "all story tags" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Story tags" })).toBeVisible();
  });
});
