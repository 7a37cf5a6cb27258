/**
 * The share page's script: reads the sharer's answers from the link, scores this drama for them and
 * shows their moods, the percentage, why it matched and the songs their results listed. Scoring is
 * src/match/matcher.ts's; this file only puts its result on the page (textContent only, never HTML).
 *
 * Mood-only answers are scored from the drama's slice of the index embedded in the page, which gives
 * the same entry as the quiz's list. Answers with free text need every name in the catalogue, so the
 * index is fetched and matched the way the quiz store does it.
 */
import { isAnswerable, type QuizAnswers } from "../../match/answers";
import { listenLinks } from "../listen-links";
import { scoreDramaForMoods, type DramaMatch } from "../../match/matcher";
import { getMood, type MoodSlug } from "../../schemas/moods";
import { decodeAnswers, encodeAnswers } from "../../match/quiz-params";
import type { ShareRecords } from "../../match/share-records";

const byId = (id: string) => document.getElementById(id);

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  properties: Partial<HTMLElementTagNameMap[Tag]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.json();
}

/** The whole-catalogue match for answers with words, loaded and checked the way the quiz store does it. */
async function matchWithText(
  answers: QuizAnswers,
  slug: string,
): Promise<{ match: DramaMatch | undefined; moods: MoodSlug[] }> {
  const location = document.querySelector<HTMLElement>("[data-search-index-moods]");
  const moodsUrl = location?.dataset.searchIndexMoods;
  const textUrl = location?.dataset.searchIndexText;
  if (!moodsUrl || !textUrl) throw new Error("this page does not say where the index is");
  const [moods, text, { createMatcher }, { decodeMoodIndex, textIndexProblem }] = await Promise.all([
    fetchJson(moodsUrl),
    fetchJson(textUrl),
    import("../../match/matcher"),
    import("../../match/index-format"),
  ]);
  const records = decodeMoodIndex(moods);
  const problem = textIndexProblem(text, /moods\.([0-9a-f]+)\.json$/.exec(moodsUrl)?.[1] ?? "");
  if (problem) throw new Error(problem);
  const matcher = createMatcher(records, text as Parameters<typeof createMatcher>[1]);
  const results = matcher.match(answers, { dramas: matcher.index.dramas.length });
  return { match: results.dramas.find((entry) => entry.drama.slug === slug), moods: results.moods };
}

function showMatch(match: DramaMatch, moods: readonly MoodSlug[], words: string) {
  byId("sharer-percent")!.textContent = `${match.percentLabel}%`;
  byId("sharer-meter")?.setAttribute("width", String(Math.max(2, Math.min(100, match.percent))));
  byId("sharer-moods")!.replaceChildren(
    ...moods.map((slug) => {
      const mood = getMood(slug);
      return element("li", {}, [
        element("a", { className: `chip mood-${slug}`, href: `/moods/${slug}/` }, [
          mood.name,
          " ",
          element("span", { className: "weight", lang: "ko" }, [mood.nameHangul]),
        ]),
      ]);
    }),
  );
  const wordsLine = byId("sharer-words");
  if (wordsLine && words) {
    wordsLine.textContent = `My words: “${words}”`;
    wordsLine.hidden = false;
  }
  byId("sharer")!.hidden = false;
  byId("drama-moods")!.hidden = true;

  const explanation = match.explanation;
  if (explanation.length > 0) {
    byId("sharer-why-list")!.replaceChildren(...explanation.map((sentence) => element("li", {}, [sentence])));
    byId("sharer-why")!.hidden = false;
  }

  // The songs the sharer's results listed for this drama, first one to start with.
  const [first, ...others] = match.songs;
  const start = byId("start-song");
  if (first && start) {
    const links = listenLinks(first.song.title, first.artistNames);
    start.replaceChildren(
      element("p", {}, [
        element("a", { href: `/songs/${first.song.slug}/` }, [first.song.title]),
        ` by ${first.artistNames.join(" & ")}`,
      ]),
      element(
        "ul",
        { className: "link-row" },
        links.map((link) =>
          element("li", {}, [
            element("a", { href: link.url, rel: "noopener noreferrer external", target: "_blank" }, [
              link.service,
              element("span", { className: "visually-hidden" }, [" (search, opens in a new tab)"]),
            ]),
          ]),
        ),
      ),
    );
    start.querySelector("ul")?.setAttribute("aria-label", `Listen to ${first.song.title}`);
  }
  const also = byId("also-songs");
  if (also && others.length > 0) {
    also.replaceChildren(
      "Also: ",
      ...others.flatMap(({ song, artistNames }, position) => [
        ...(position > 0 ? [", "] : []),
        element("a", { href: `/songs/${song.slug}/` }, [song.title]),
        ` by ${artistNames.join(" & ")}`,
      ]),
    );
    also.hidden = false;
  }
}

export async function showSharedMatch() {
  const { answers } = decodeAnswers(window.location.search);
  if (!isAnswerable(answers)) return;
  const link = byId("full-results");
  if (link instanceof HTMLAnchorElement) {
    link.href = `/quiz/?${encodeAnswers(answers)}`;
    link.hidden = false;
  }
  const records = JSON.parse(byId("share-records")?.textContent ?? "null") as ShareRecords | null;
  if (!records) return;
  try {
    const words = answers.q.trim();
    const { match, moods } = words
      ? await matchWithText(answers, records.drama.slug)
      : {
          match: scoreDramaForMoods(answers, records.drama, records.songs, records.artists),
          moods: answers.moods,
        };
    if (match && match.score > 0) showMatch(match, moods, words);
  } catch {
    // The drama's own summary stays; the full results link still works.
  }
}
