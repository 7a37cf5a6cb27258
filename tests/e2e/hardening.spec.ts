import { expect, test, type Page } from "@playwright/test";
import { waitForIsland } from "./helpers";

/** Records CSP violations, console errors and any request to a host other than the preview server. */
async function guard(page: Page, baseURL: string) {
  const problems: string[] = [];
  const ownHost = new URL(baseURL).host;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== ownHost) problems.push(`third-party request: ${request.url()}`);
  });
  page.on("console", (message) => {
    // The one expected error: the browser reporting the 404 status of the not-found page we visit on purpose.
    const notFoundVisit = new URL(message.location().url || page.url()).pathname === "/no-such-page/";
    if (message.type() === "error" && !notFoundVisit) problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

// One test per page: each visit waits for the network to go idle, which on a busy 2-core machine can
// take seconds, so a loop over every page in one test could outlive any fixed timeout.
for (const path of [
  "/",
  "/dramas/",
  "/dramas/hotel-del-luna/",
  "/songs/",
  "/songs/page/2/",
  "/songs/stay-with-me/",
  "/artists/",
  "/artists/iu/",
  "/moods/",
  "/moods/dreamy/",
  "/tags/",
  "/tags/revenge/",
  "/match/goblin/?moods=longing&energy=any&voice=any&length=any",
  "/about/",
  "/no-such-page/",
]) {
  test(`${path} loads with no CSP violation, console error or third-party request`, async ({ page, baseURL }) => {
    const problems = await guard(page, baseURL!);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
}

test("search finds a title with no CSP violation, console error or third-party request", async ({ page, baseURL }) => {
  const problems = await guard(page, baseURL!);
  await page.goto("/search/");
  await waitForIsland(page);
  await page.getByLabel("Title, song, singer, person or a few words").fill("도깨비");
  await expect(page.getByRole("link", { name: "Goblin" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("the quiz runs to its results, index download included, with no CSP violation, console error or third-party request", async ({
  page,
  baseURL,
}) => {
  const problems = await guard(page, baseURL!);
  await page.goto("/quiz/");
  await waitForIsland(page);
  await page.getByRole("checkbox", { name: /Healing/ }).check();
  for (let step = 0; step < 6; step++) await page.getByRole("button", { name: /Next|Show my matches/ }).click();
  await expect(page.getByRole("region", { name: "Your matches" }).locator("ol.matches > li")).toHaveCount(5);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("listen and watch links are plain links to the services, never embeds", async ({ page }) => {
  await page.goto("/songs/stay-with-me/");
  const links = page.getByRole("list", { name: "Listen to Stay With Me" }).getByRole("link");
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("rel", /noopener/);
    await expect(link).toHaveAttribute(
      "href",
      /^https:\/\/(open\.spotify\.com\/search|music\.apple\.com\/us\/search|www\.youtube\.com\/results)/,
    );
  }
  expect(await page.locator("iframe, embed, object").count()).toBe(0);
});

test("the quiz page loads no index until the quiz starts, and the text index only for words", async ({ page }) => {
  const indexRequests: string[] = [];
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/data/")) indexRequests.push(new URL(request.url()).pathname);
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/quiz/");
  await waitForIsland(page);
  await page.waitForLoadState("networkidle");
  expect(indexRequests).toEqual([]);
  // Nor the matcher or the results view: they come with the first answer.
  expect(scripts.filter((file) => /\/(matcher|Results)\./.test(file))).toEqual([]);
  await page.getByRole("checkbox", { name: /Playful/ }).check();
  await expect.poll(() => indexRequests.length).toBeGreaterThan(0);
  expect(indexRequests[0]).toMatch(/^\/data\/moods\.[0-9a-f]{10}\.json$/);
  await page.waitForLoadState("networkidle");
  // A visit with moods only never pays for the text index.
  expect(indexRequests.filter((file) => file.startsWith("/data/text."))).toEqual([]);
  await page.getByRole("searchbox", { name: "Or type a song, a singer, a drama or a few words" }).fill("revenge");
  await expect
    .poll(() => indexRequests.filter((file) => /^\/data\/text\.[0-9a-f]{10}\.json$/.test(file)).length)
    .toBe(1);
});

test("the site sets no cookies and stores only the quiz answers", async ({ page, context }) => {
  await page.goto("/");
  await page.goto("/quiz/");
  await waitForIsland(page);
  await page.getByRole("checkbox", { name: /Tense/ }).check();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["moodtrack:answers"]);
  await page.getByRole("button", { name: "Forget my answers" }).click();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
