import { describe, expect, test } from "vitest";
import { PRAISE_WORDS, contentRuleProblems, type ProfileFile } from "../../src/catalog/content-rules";
import { SOURCE_HOSTS, isPrimaryClass, sourceClass, sourceHost } from "../../src/schemas/source-hosts";

const WIKI = "https://en.wikipedia.org/wiki/A";

interface SongOptions {
  body?: string;
  why?: string;
  sources?: string[];
  milestones?: { text: string; source: string }[];
  title?: string;
  titleHangul?: string;
  titleMeaning?: string;
  artists?: string[];
}

function song(slug: string, options: SongOptions = {}): ProfileFile {
  const lines = [
    "---",
    `title: "${options.title ?? "A Song"}"`,
    ...(options.titleHangul ? [`titleHangul: ${options.titleHangul}`] : []),
    ...(options.titleMeaning ? [`titleMeaning: "${options.titleMeaning}"`] : []),
    "drama: a-drama",
    `artists: [${(options.artists ?? ["a-singer"]).join(", ")}]`,
    "moods:",
    "  longing:",
    "    weight: 3",
    `    why: "${options.why ?? "Quiet longing over the years."}"`,
    ...(options.milestones
      ? ["milestones:", ...options.milestones.flatMap((m) => [`  - text: "${m.text}"`, `    source: ${m.source}`])]
      : []),
    "sources:",
    ...(options.sources ?? [WIKI]).map((url) => `  - ${url}`),
    "---",
    "",
    options.body ?? "What the song does.",
    "",
  ];
  return { file: `src/content/songs/${slug}.mdx`, text: lines.join("\n") };
}

function artist(slug: string, body: string, sources = [WIKI]): ProfileFile {
  const text = ["---", 'name: "A Singer"', "sources:", ...sources.map((url) => `  - ${url}`), "---", "", body, ""];
  return { file: `src/content/artists/${slug}.mdx`, text: text.join("\n") };
}

function drama(slug: string, titleHangul: string, titleRomanized: string, tagWhy = "Set in Seoul."): ProfileFile {
  const text = [
    "---",
    'title: "A Drama"',
    `titleHangul: ${titleHangul}`,
    `titleRomanized: "${titleRomanized}"`,
    "tags:",
    "  - tag: seoul",
    `    why: "${tagWhy}"`,
    "sources:",
    `  - ${WIKI}`,
    "---",
    "",
    "An introduction.",
    "",
  ];
  return { file: `src/content/dramas/${slug}.mdx`, text: text.join("\n") };
}

const check = (...files: ProfileFile[]) => contentRuleProblems(files, { romanizationExceptions: {} });

describe("source hosts", () => {
  test.each([
    ["https://www.soompi.com/article/1", "primary", "press"],
    ["https://forums.soompi.com/topic/1", "secondary", "forum"],
    ["https://v.daum.net/v/1", "primary", "news portal"],
    ["https://m.cafe.daum.net/x", "secondary", "forum"],
    ["https://starwars.tf.co.kr./fnnews/read/1", "primary", "press"],
    ["https://enter.etoday.co.kr:443/news/view/1", "primary", "press"],
    ["https://WWW2.Kpop.Fandom.com/wiki/X", "secondary", "fan wiki"],
    ["https://mydramalist.com/x", "secondary", "user-edited database"],
    ["http://43.201.97.224/newsView/1", "secondary", "bare IP address"],
    ["http://[2001:db8::1]/x", "secondary", "bare IP address"],
  ])("%s is %s (%s)", (url, kind, sourceClassName) => {
    const verdict = sourceClass(url);
    expect(verdict.kind).toBe(kind);
    expect("class" in verdict && verdict.class).toBe(sourceClassName);
  });

  test("a host nobody listed is unknown, never primary; a suffix must match at a dot", () => {
    expect(sourceClass("https://brand-new-outlet.kr/a")).toEqual({ kind: "unknown", host: "brand-new-outlet.kr" });
    expect(sourceClass("https://notsoompi.com/a")).toEqual({ kind: "unknown", host: "notsoompi.com" });
    expect(sourceClass("not a url").kind).toBe("unreadable");
  });

  test("hosts are listed lower case, without www., each with a known class", () => {
    for (const [host, hostClass] of Object.entries(SOURCE_HOSTS)) {
      expect(host).toBe(sourceHost(`https://${host}/`));
      expect(typeof isPrimaryClass(hostClass)).toBe("boolean");
    }
  });
});

describe("source rules", () => {
  test("a profile with only secondary sources is refused, naming each source's class", () => {
    const problems = check(artist("a-singer", "A bio.", ["https://x.fandom.com/wiki/A", "https://a.blogspot.com/b"]));
    expect(problems).toEqual([
      expect.stringContaining(
        "src/content/artists/a-singer.mdx › sources (line 3): got no primary source (fan wiki (fandom.com); blog (blogspot.com)), expected at least one primary source (press, ",
      ),
    ]);
  });

  test("one primary source is enough; secondary ones may add to it", () => {
    expect(check(artist("a-singer", "A bio.", [WIKI, "https://x.fandom.com/wiki/A"]))).toEqual([]);
  });

  test("an unknown host is reported with its line and where to classify it, and does not count as primary", () => {
    const problems = check(artist("a-singer", "A bio.", ["https://brand-new-outlet.kr/a"]));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(
      'sources.0 (line 4): got "https://brand-new-outlet.kr/a" on the host "brand-new-outlet.kr", which no one has classified, expected a host listed in SOURCE_HOSTS in src/schemas/source-hosts.ts',
    );
    expect(problems[1]).toContain("got no primary source (an unclassified host (brand-new-outlet.kr))");
  });

  test("a lyrics site is left to the schema's refusal, not asked to be classified", () => {
    const problems = check(artist("a-singer", "A bio.", [WIKI, "https://genius.com/a-song-lyrics"]));
    expect(problems.join("\n")).not.toContain("no one has classified");
  });

  test("a milestone's source must be primary", () => {
    const milestones = [{ text: "Number one on a chart.", source: "https://a.tistory.com/1" }];
    const problems = check(song("a-song", { milestones }), artist("a-singer", "A bio."));
    expect(problems).toEqual([
      expect.stringContaining(
        'songs/a-song.mdx › milestones.0.source (line 11): got "https://a.tistory.com/1", a blog (tistory.com), expected a primary source for a chart or award claim',
      ),
    ]);
  });
});

describe("romanization rules", () => {
  test("a drama's titleRomanized must be the RR of its Hangul title", () => {
    expect(check(drama("a-drama", "사랑의 불시착", "Sarang-ui Bulsichak"))).toEqual([]);
    expect(check(drama("a-drama", "사랑의 불시착", "Sarangŭi Pulsich'ak"))).toEqual([
      expect.stringContaining(
        'dramas/a-drama.mdx › titleRomanized (line 4): got "Sarangŭi Pulsich\'ak", expected the Revised Romanization of "사랑의 불시착": "sarangui bulsichak"',
      ),
    ]);
  });

  test("a recorded exception allows an official spelling, and one nobody needs is stale", () => {
    const files = [drama("a-drama", "사랑의 불시착", "Sarangŭi Pulsich'ak")];
    expect(contentRuleProblems(files, { romanizationExceptions: { "dramas/a-drama": "official" } })).toEqual([]);
    expect(
      contentRuleProblems([drama("a-drama", "사랑의 불시착", "Sarang-ui Bulsichak")], {
        romanizationExceptions: { "dramas/a-drama": "official", "songs/gone": "official" },
      }),
    ).toEqual([
      expect.stringContaining('got "dramas/a-drama", which is Revised Romanization now'),
      expect.stringContaining('got "songs/gone", which names no profile'),
    ]);
  });

  test("a romanized song title needs its meaning, and a meaning needs the Hangul", () => {
    expect(check(song("a-song", { title: "Sarang", titleHangul: "사랑" }))).toEqual([
      expect.stringContaining('titleMeaning (line 3): got the romanized Korean title "Sarang" with no titleMeaning'),
    ]);
    expect(check(song("a-song", { title: "Sarang", titleMeaning: "Love" }))).toEqual([
      expect.stringContaining("titleMeaning (line 3): got a titleMeaning without a titleHangul"),
    ]);
    expect(check(song("a-song", { title: "Sarang", titleHangul: "사랑", titleMeaning: "Love" }))).toEqual([]);
    // A note only the English title has is not compared.
    expect(check(song("a-song", { title: "Sarang (Jazz Ver.)", titleHangul: "사랑", titleMeaning: "Love" }))).toEqual(
      [],
    );
  });
});

describe("prose rules", () => {
  test("scene details outside <Spoiler> are named with their file line; inside one they are allowed", () => {
    const problems = check(song("a-song", { body: "A calm start.\nIn episode 8 it all turns. She dies." }));
    expect(problems).toEqual([
      expect.stringContaining(
        'songs/a-song.mdx › (body) (line 14): got "episode 8", expected scene details only inside <Spoiler>',
      ),
      expect.stringContaining('(body) (line 14): got "dies"'),
    ]);
    const hidden = "A calm start.\n\n<Spoiler>\nIn ep. 3 the truth is revealed, and it turns out he died.\n</Spoiler>";
    expect(check(song("a-song", { body: hidden }))).toEqual([]);
  });

  test("a <Spoiler> inside another is refused", () => {
    const body = "Start.\n<Spoiler>One <Spoiler>two</Spoiler></Spoiler>";
    expect(check(song("a-song", { body }))).toEqual([
      expect.stringContaining('(body) (line 14): got "a <Spoiler> inside another"'),
    ]);
  });

  test("reasons are shown outside any spoiler: no scene details in a mood's or a tag's why", () => {
    expect(check(song("a-song", { why: "Plays in the finale." }))).toEqual([
      expect.stringContaining('moods.longing.why (line 8): got "the finale", expected a reason with no scene details'),
    ]);
    expect(check(drama("a-drama", "사랑", "Sarang", "The twist is that he is a ghost."))).toEqual([
      expect.stringContaining('tags.0.why (line 7): got "twist"'),
    ]);
  });

  test("words that only look like scene details are not", () => {
    const body = "The ending theme of a drama about life and death; things turn out fine, and a dying man smiles.";
    expect(check(song("a-song", { body }))).toEqual([]);
  });

  test("praise words are refused in bodies and reasons; a word that only contains one is not praise", () => {
    const problems = check(song("a-song", { body: "An iconic soundtrack.", why: "The greatest ache." }));
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toContain(PRAISE_WORDS.join(", "));
    expect(check(song("a-song", { body: "The iconically named café." }))).toEqual([]);
  });

  test("a chart or award claim needs a milestone behind it: the song's own, or one of the artist's songs'", () => {
    const claim = "It went to No. 1 on Melon and won an OST award.";
    const unbacked = check(song("a-song", { body: claim }));
    expect(unbacked).toEqual([
      expect.stringContaining('got "No. 1", expected a chart or award claim only with a milestone on this song'),
      expect.stringContaining('got "won an OST award"'),
    ]);
    const milestones = [{ text: "Number one on Melon's daily chart.", source: "https://www.melon.com/chart/1" }];
    expect(check(song("a-song", { body: claim, milestones }))).toEqual([]);

    const bio = artist("a-singer", "Her song topped Genie's real-time chart.");
    expect(check(bio, song("a-song"))).toEqual([
      expect.stringContaining(
        "got \"topped Genie's real-time chart\", expected a chart or award claim only with a milestone on one of this artist's songs",
      ),
    ]);
    expect(check(bio, song("a-song", { milestones }))).toEqual([]);
    // Hiding a claim in a spoiler does not source it.
    expect(check(song("a-song", { body: "<Spoiler>It was chart-topping.</Spoiler>" }))).toHaveLength(1);
  });

  test("a file that does not parse, or is not a profile, is left to the content layer", () => {
    expect(check({ file: "src/content/songs/x.mdx", text: "no frontmatter, episode 3" })).toEqual([]);
    expect(check({ file: "README.md", text: "---\ntitle: x\n---\nepisode 3" })).toEqual([]);
  });
});
