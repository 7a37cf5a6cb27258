import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkContentAndRules } from "./content-layer";
import { isAstroHeadInjectWarning } from "../../src/integrations/content-check";
import { formatProblemList, nearestName } from "../../src/catalog/errors";
import { MOOD_SLUGS } from "../../src/schemas/moods";
import { lineOfProblem, parseProfileText } from "../../src/catalog/profile-file";
import { fixturesDir, withFixture } from "./content-fixtures";

/**
 * One broken fixture per class of mistake (tests/fixtures/content/broken/<case>/ holds only the files
 * that differ from the sound base fixture). Each message names the file, the field, what was found
 * and what is allowed; these are the exact words an editor sees when `npm run build` (content layer)
 * or `npm run check:content` (content layer, then the content rules of src/catalog/content-rules.ts)
 * stops.
 */
const expectedProblems: Record<string, string[]> = {
  "bad-url": [
    'src/content/artists/test-singer.mdx › sources.0: got "en.wikipedia.org/wiki/Test", expected a source as a full https:// URL',
  ],
  "checked-on-in-future": [
    'src/content/dramas/test-drama.mdx › watch.0.checkedOn: got "2999-01-01", expected the day this was checked as a date written YYYY-MM-DD, not in the future',
  ],
  "drama-without-songs": [
    "src/content/dramas/lonely-drama.mdx › (songs): got no song, expected at least one song in src/content/songs/ with drama: lonely-drama",
  ],
  "duplicate-slug": [
    'src/content/dramas/Test_Drama.mdx › (file name): got "Test_Drama", expected a kebab-case ASCII slug such as "hotel-del-luna.mdx"',
  ],
  "duplicate-title": [
    'src/content/dramas/test-drama.mdx › title: got "Test Drama", expected a title not already used by src/content/dramas/another-drama.mdx',
  ],
  "end-year-before-year": [
    "src/content/dramas/test-drama.mdx › endYear: got 2019, expected a year no earlier than year (2020)",
  ],
  "mdx-does-not-compile": [
    "src/content/songs/test-song.mdx › (body): got MDX that does not compile at body line 3:1 (Expected a closing tag for `<Spoiler>` (3:1-3:10) before the end of `paragraph`), expected valid MDX: close every tag and escape { } < as \\{ \\} \\<",
  ],
  "missing-artist": [
    'src/content/songs/test-song.mdx › artists.1: got "nobody-at-all", expected the slug of an existing artist (there is no src/content/artists/nobody-at-all.mdx)',
  ],
  "missing-drama": [
    'src/content/songs/test-song.mdx › drama: got "no-such-drama", expected the slug of an existing drama (there is no src/content/dramas/no-such-drama.mdx)',
    "src/content/dramas/test-drama.mdx › (songs): got no song, expected at least one song in src/content/songs/ with drama: test-drama",
  ],
  "missing-required-field": [
    "src/content/dramas/test-drama.mdx › title: missing, expected the English title (text, 1–120 characters)",
  ],
  "reason-empty": [
    'src/content/songs/test-song.mdx › moods.longing.why: got an empty text "", expected a reason of 1–140 characters in our own words',
  ],
  "reason-too-long": [
    'src/content/songs/test-song.mdx › moods.longing.why: got "This reason goes on and on well past the limit an editor …", expected a reason of 1–140 characters in our own words',
  ],
  "unknown-mood": [
    'src/content/songs/test-song.mdx › moods.sad: got "sad", expected a mood slug: one of fluttering, longing, heartbreak, healing, joyful, hopeful, tense, playful, nostalgic, bittersweet, epic, dreamy',
  ],
  "tag-mistakes": [
    'src/content/dramas/test-drama.mdx › tags.3.why: got an empty text "", expected a reason of 1–140 characters in our own words',
    'src/content/dramas/test-drama.mdx › tags.1.tag: got "contract-marrige", expected a story tag from the vocabulary (src/schemas/story-tags.ts, listed at /tags/). Did you mean "contract-marriage"?',
    'src/content/dramas/test-drama.mdx › tags.3.tag: got "first-love", expected each tag once: "first-love" is already listed above',
  ],
  "unknown-network": [
    'src/content/dramas/test-drama.mdx › network: got "HBO", expected the original network: one of KBS1, KBS2, MBC, SBS, tvN, JTBC, OCN, ENA, MBN, TV Chosun, Channel A, Netflix, Disney+, TVING, Coupang Play, Wavve',
  ],
  "near-misses": [
    'src/content/songs/test-song.mdx › moods.playfull: got "playfull", expected a mood slug: one of fluttering, longing, heartbreak, healing, joyful, hopeful, tense, playful, nostalgic, bittersweet, epic, dreamy. Did you mean "playful"?',
    'src/content/songs/test-song.mdx › drama: got "test-dramma", expected the slug of an existing drama (there is no src/content/dramas/test-dramma.mdx). Did you mean "test-drama"?',
    'src/content/songs/test-song.mdx › artists.0: got "test-singr", expected the slug of an existing artist (there is no src/content/artists/test-singr.mdx). Did you mean "test-singer"?',
  ],
  "network-near-miss": [
    'src/content/dramas/test-drama.mdx › network: got "Netflx", expected the original network: one of KBS1, KBS2, MBC, SBS, tvN, JTBC, OCN, ENA, MBN, TV Chosun, Channel A, Netflix, Disney+, TVING, Coupang Play, Wavve. Did you mean "Netflix"?',
    'src/content/dramas/test-drama.mdx › genres.1: got "melodramma", expected one of romance, romantic-comedy, comedy, melodrama, fantasy, historical, thriller, crime, mystery, legal, medical, action, family, youth, slice-of-life, music, sports, workplace, school, military, revenge, supernatural, time-travel, satire. Did you mean "melodrama"?',
  ],
  "placeholder-in-body": [
    "src/content/artists/test-singer.mdx › (body): got the template's placeholder \"TODO: one to three sentences of our own about who they are.\" on line 11, expected our own words in place of the template's placeholder",
  ],
  "placeholder-in-field": [
    'src/content/dramas/test-drama.mdx › titleRomanized: got "TODO", expected our own words in place of the template\'s placeholder',
    "src/content/dramas/test-drama.mdx › (body): got the template's placeholder \"two to four sentences of our own, spoiler-free, for someo…\" on line 31, expected our own words in place of the template's placeholder",
  ],
  "several-problems": [
    'src/content/artists/test-singer.mdx › nameHangul: got "Test", expected the Hangul stage name written in Hangul (e.g. "도깨비")',
    'src/content/artists/test-singer.mdx › idol: got "maybe", expected true or false',
    'src/content/artists/test-singer.mdx › sources.0: got "example.org", expected a source as a full https:// URL',
    "src/content/songs/test-song.mdx › energy: got 9, expected an integer 1–5 (1 calm … 5 driving)",
    'src/content/songs/test-song.mdx › voice: got "choir", expected the voice: one of female, male, duet, group',
    "src/content/songs/test-song.mdx › moods.longing.weight: got 5, expected an integer 1–3",
    'src/content/songs/test-song.mdx › moods.longing.why: got an empty text "", expected a reason of 1–140 characters in our own words',
  ],
  "yaml-unquoted-colon": [
    'src/content/dramas/test-drama.mdx › why (line 12): got an unquoted ": " inside the value of why, expected the value in double quotes: why: "Two people apart: the drama is about missing someone."',
  ],
  "source-classes": [
    "src/content/artists/test-singer.mdx › sources (line 6): got no primary source (fan wiki (fandom.com); blog (blogspot.com)), expected at least one primary source (press, broadcaster, label or agency, music service or platform, chart or awards, encyclopedia, news portal) that states the profile's facts; fan wiki, wiki mirror, forum, blog, user-edited database, scraper, shop, short link, unconfirmed outlet, bare IP address may only add to one",
    "src/content/dramas/test-drama.mdx › sources (line 35): got no primary source (bare IP address (203.0.113.7)), expected at least one primary source (press, broadcaster, label or agency, music service or platform, chart or awards, encyclopedia, news portal) that states the profile's facts; fan wiki, wiki mirror, forum, blog, user-edited database, scraper, shop, short link, unconfirmed outlet, bare IP address may only add to one",
    'src/content/songs/test-song.mdx › sources.1 (line 18): got "https://news.unknown-outlet.test/test-song" on the host "news.unknown-outlet.test", which no one has classified, expected a host listed in SOURCE_HOSTS in src/schemas/source-hosts.ts: add "news.unknown-outlet.test" there as primary (press, broadcaster, label or agency, music service or platform, chart or awards, encyclopedia, news portal) or secondary (fan wiki, wiki mirror, forum, blog, user-edited database, scraper, shop, short link, unconfirmed outlet, bare IP address), with a reason when it is not obvious',
    'src/content/songs/test-song.mdx › milestones.0.source (line 15): got "https://mydramalist.com/test-song", a user-edited database (mydramalist.com), expected a primary source for a chart or award claim (press, broadcaster, label or agency, music service or platform, chart or awards, encyclopedia, news portal): the chart, the awards, or the press reporting them',
  ],
  "romanization-mistakes": [
    'src/content/dramas/test-drama.mdx › titleRomanized (line 4): got "Siheom Drama", expected the Revised Romanization of "시험 드라마": "siheom deurama" (case, spaces, hyphens and apostrophes may differ). Respell it, or record the official spelling with its source in ROMANIZATION_EXCEPTIONS (src/schemas/romanization.ts) as "dramas/test-drama"',
    'src/content/songs/test-song.mdx › titleMeaning (line 3): got the romanized Korean title "Siheom Norae" with no titleMeaning, expected a titleMeaning: the title\'s meaning in short English (or the official English title)',
  ],
  "prose-mistakes": [
    'src/content/artists/test-singer.mdx › (body) (line 11): got "No. 1", expected a chart or award claim only with a milestone on one of this artist\'s songs; otherwise write what the song does, or add the milestone with its source',
    'src/content/songs/test-song.mdx › moods.longing.why (line 12): got "dies", expected a reason with no scene details (episode numbers ("episode 8", "ep. 3"), "the finale", "final episode", "dies", "is killed", "turns out", "reveals", "twist"); it is shown outside any spoiler',
    'src/content/songs/test-song.mdx › (body) (line 18): got "iconic", expected a fact (a sourced one in the song\'s milestones) instead of praise; not allowed: best-loved, most-loved, most beloved, best-known, iconic, legendary, rare feat, every major chart, topped every, biggest, greatest, phenomenon, masterpiece',
    'src/content/songs/test-song.mdx › (body) (line 18): got "chart-topping", expected a chart or award claim only with a milestone on this song ({ text, source } with a primary source); otherwise write what the song does, or add the milestone with its source',
    'src/content/songs/test-song.mdx › (body) (line 19): got "episode 8", expected scene details only inside <Spoiler>…</Spoiler>: episode numbers ("episode 8", "ep. 3"), "the finale", "final episode", "dies", "is killed", "turns out", "reveals", "twist"',
    'src/content/songs/test-song.mdx › (body) (line 21): got "a <Spoiler> inside another", expected each <Spoiler> closed before the next one opens (no spoiler inside another)',
  ],
  "weight-out-of-range": ["src/content/songs/test-song.mdx › moods.longing.weight: got 5, expected an integer 1–3"],
  "wrong-type": [
    'src/content/dramas/test-drama.mdx › episodes: got "sixteen", expected the number of episodes as a positive integer',
  ],
};

const problemsOf = (brokenCase?: string) => withFixture(brokenCase, (root) => checkContentAndRules(root));

describe("content check", () => {
  test("the base fixture is sound", async () => {
    expect(await problemsOf()).toEqual([]);
  });

  test("every broken fixture has its expected messages", () => {
    expect(readdirSync(path.join(fixturesDir, "broken")).sort()).toEqual(Object.keys(expectedProblems).sort());
  });

  test.each(Object.entries(expectedProblems))("%s", async (brokenCase, expected) => {
    expect(await problemsOf(brokenCase)).toEqual(expected);
  });
});

describe("message helpers", () => {
  test("a near miss names the intended name; a different name suggests nothing", () => {
    expect(nearestName("playfull", MOOD_SLUGS)).toBe("playful");
    expect(nearestName("jung-eunji", ["jung-eun-ji", "iu"])).toBe("jung-eun-ji");
    expect(nearestName("Netflix", ["netflix"])).toBe("netflix");
    expect(nearestName("HBO", ["MBC", "SBS", "KBS2"])).toBeUndefined();
    expect(nearestName("sad", MOOD_SLUGS)).toBeUndefined();
  });

  test("a YAML mistake without a known cause still names its line and the parser's reason", () => {
    const problem = parseProfileText("src/content/dramas/x.mdx", "---\ntitle: Goblin\n  year: 2016\n---\nBody.\n");
    expect(problem).toBe(
      'src/content/dramas/x.mdx › (frontmatter) (line 3): got invalid YAML (bad indentation of a mapping entry), expected "field: value" lines, values with ": " or "#" in double quotes',
    );
  });

  test("the list is numbered and says how many", () => {
    expect(formatProblemList(["a › b: got c, expected d", "e › f: got g, expected h"])).toBe(
      "Moodtrack found 2 problems in the content:\n  1. a › b: got c, expected d\n  2. e › f: got g, expected h",
    );
  });

  test("only Rolldown's warning about Astro's head-inject directive is filtered from the build log", () => {
    const directive = (name: string) => ({
      code: "MODULE_LEVEL_DIRECTIVE",
      message: `The semantics of the module level directive "${name}" in "src/content/artists/iu.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
    });
    expect(isAstroHeadInjectWarning(directive("use astro:head-inject"))).toBe(true);
    expect(isAstroHeadInjectWarning(directive("use client"))).toBe(false);
    expect(isAstroHeadInjectWarning({ code: "CIRCULAR_DEPENDENCY", message: "use astro:head-inject" })).toBe(false);
  });
});

describe("where a problem points", () => {
  const text = "---\ntitle: X\nmoods:\n  healing:\n    weight: 1\n  longing:\n    weight: 5\n---\nBody.\n";
  test.each([
    ["f.mdx › moods.longing.weight: got 5, expected an integer 1–3", 7],
    ["f.mdx › title: got …, expected …", 2],
    ["f.mdx › why (line 12): got an unquoted …", 12],
    ["f.mdx › (songs): got no song, expected …", 1],
  ])("%s → line %i", (problem, line) => {
    expect(lineOfProblem(text, problem)).toBe(line);
  });
});
