/**
 * The quiz's state and every action on it. Components only read these stores with `useStore` and
 * call the actions. The answers persist in localStorage (in their share-link encoding, so a tampered
 * value decodes safely); the URL mirrors where the visitor is: `#question-N` while answering,
 * `?<answers>` on the results, so Back, reload and shared links all work.
 */
import { atom, computed } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import { EMPTY_ANSWERS, MAX_MOODS, MAX_SEEN, isAnswerable, type QuizAnswers } from "../match/answers";
import type { MatchResults, Matcher } from "../match/matcher";
import type { MoodSlug } from "../schemas/moods";
import { canonicalAnswers, decodeAnswers, encodeAnswers } from "../match/quiz-params";

export const QUESTION_COUNT = 6;
/** Steps 1–6 are the questions; this one is the results. */
export const RESULTS_STEP = QUESTION_COUNT + 1;
export const STORAGE_KEY = "moodtrack:answers";

const isEmpty = (answers: QuizAnswers) => encodeAnswers(answers) === encodeAnswers(EMPTY_ANSWERS);

export const $answers = persistentAtom<QuizAnswers>(STORAGE_KEY, EMPTY_ANSWERS, {
  encode: (answers) => (isEmpty(answers) ? undefined : encodeAnswers(answers)),
  decode: (stored) => decodeAnswers(stored).answers,
});

export const $step = atom<number>(1);

/** Things dropped from a link or stored answers, shown to the visitor as plain text. */
export const $notices = atom<string[]>([]);

export type IndexState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; matcher: Matcher }
  | { status: "error"; message: string };

/** The mood index: enough for mood results. */
export const $index = atom<IndexState>({ status: "idle" });

/**
 * The text index: free text and the editors' reasons. Fetched right after the mood index; answers
 * with words wait for it, mood results show without it and gain the reasons when it lands.
 */
export const $textIndex = atom<{ status: "idle" | "loading" | "ready" } | { status: "error"; message: string }>({
  status: "idle",
});

/**
 * Bumped each time a block of reasons arrives (index-format.ts, DetailsBlock), so the results gain
 * the editors' reasons for the dramas they show; the order never changes with it.
 */
export const $detailsVersion = atom(0);

/** The ranked matches, once the answers are complete and the index they need is here. */
export const $results = computed(
  [$answers, $index, $textIndex, $step, $detailsVersion],
  (answers, index, _text, step): MatchResults | undefined =>
    step === RESULTS_STEP && index.status === "ready" && isAnswerable(answers) && !index.matcher.needsText(answers)
      ? index.matcher.match(answers)
      : undefined,
);

/** The URL the results live at; also what a share link carries. */
export const $resultsQuery = computed($answers, (answers) => encodeAnswers(answers));

// ---- the index ------------------------------------------------------------------------------

interface IndexUrls {
  moods: string;
  text: string;
  /** One per block of dramas, in block order. */
  details: string[];
}

/** The index files this page was built with (SearchIndexLocation.astro), named by content hash. */
function indexUrls(): IndexUrls | undefined {
  if (typeof document === "undefined") return undefined;
  const element = document.querySelector<HTMLElement>("[data-search-index-moods]");
  const moods = element?.dataset.searchIndexMoods;
  const text = element?.dataset.searchIndexText;
  const details = (element?.dataset.searchIndexDetails ?? "").split(" ").filter(Boolean);
  return moods && text ? { moods, text, details } : undefined;
}

const moodIndexHashOf = (urls: IndexUrls) => /moods\.([0-9a-f]+)\.json$/.exec(urls.moods)?.[1] ?? "";

let loading: Promise<void> | undefined;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.json();
}

/**
 * Fetches the prebuilt mood index and builds the matcher; safe to call repeatedly. The text index
 * (what words need) follows only when words are asked for: `words: true`, or answers with words.
 */
export function loadIndex({ words = $answers.get().q.trim() !== "" } = {}): Promise<void> {
  const state = $index.get();
  if (state.status === "ready") return words ? loadTextIndex(state.matcher) : Promise.resolve();
  if (loading) return loading.then(() => (words ? loadIndex({ words }) : undefined));
  $index.set({ status: "loading" });
  loading = (async () => {
    try {
      const urls = indexUrls();
      if (!urls) throw new Error("this page does not say where the index is");
      const [data, { createMatcher }, { decodeMoodIndex }] = await Promise.all([
        fetchJson(urls.moods),
        import("../match/matcher"),
        import("../match/index-format"),
      ]);
      const matcher = createMatcher(decodeMoodIndex(data));
      $index.set({ status: "ready", matcher });
      dropUnknownSeen(matcher);
      if (words) void loadTextIndex(matcher);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      $index.set({ status: "error", message: `We couldn't load the song catalogue (${reason}).` });
    } finally {
      loading = undefined;
    }
  })();
  return loading;
}

/** Starts fetching what words need, as soon as a person starts typing. */
export const prefetchWords = () => void loadIndex({ words: true });

let loadingText: Promise<void> | undefined;

function loadTextIndex(matcher: Matcher): Promise<void> {
  if (matcher.hasText) return Promise.resolve();
  if (loadingText) return loadingText;
  $textIndex.set({ status: "loading" });
  loadingText = (async () => {
    try {
      const urls = indexUrls()!;
      const [data, { textIndexProblem }] = await Promise.all([fetchJson(urls.text), import("../match/index-format")]);
      const problem = textIndexProblem(data, moodIndexHashOf(urls));
      if (problem) throw new Error(problem);
      matcher.attachText(data as Parameters<Matcher["attachText"]>[0]);
      $textIndex.set({ status: "ready" });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      $textIndex.set({ status: "error", message: `We couldn't load the word search (${reason}).` });
    } finally {
      loadingText = undefined;
    }
  })();
  return loadingText;
}

const loadingDetails = new Set<number>();

/**
 * Fetches the reasons of the dramas the results show, block by block. A block that fails is left
 * out: the results keep their order and explanations, without the editors' reasons.
 */
async function loadDetailsFor(results: MatchResults | undefined) {
  const state = $index.get();
  const urls = indexUrls();
  if (!results || state.status !== "ready" || !urls) return;
  const { detailsBlockProblem } = await import("../match/index-format");
  const wanted = state.matcher.missingDetails(results).filter((block) => !loadingDetails.has(block));
  await Promise.all(
    wanted.map(async (block) => {
      const url = urls.details[block];
      if (!url) return;
      loadingDetails.add(block);
      try {
        const data = await fetchJson(url);
        if (detailsBlockProblem(data, moodIndexHashOf(urls), block)) return;
        state.matcher.attachDetails(data as Parameters<Matcher["attachDetails"]>[0]);
        $detailsVersion.set($detailsVersion.get() + 1);
      } catch {
        // The reasons are extra: the list stands without them.
      } finally {
        loadingDetails.delete(block);
      }
    }),
  );
}

if (typeof window !== "undefined") $results.subscribe((results) => void loadDetailsFor(results));

function dropUnknownSeen(matcher: Matcher) {
  const known = new Set(matcher.index.dramas.map((drama) => drama.slug));
  const answers = $answers.get();
  const unknown = answers.seen.filter((slug) => !known.has(slug));
  if (unknown.length === 0) return;
  $answers.set({ ...answers, seen: answers.seen.filter((slug) => known.has(slug)) });
  $notices.set([...$notices.get(), ...unknown.map((slug) => `Ignored seen drama "${slug}": no drama has that name.`)]);
}

// ---- answering --------------------------------------------------------------------------------

function update(change: Partial<QuizAnswers>) {
  $answers.set({ ...$answers.get(), ...change });
}

export function toggleMood(mood: MoodSlug) {
  const { moods } = $answers.get();
  if (moods.includes(mood)) update({ moods: moods.filter((item) => item !== mood) });
  else if (moods.length < MAX_MOODS) update({ moods: [...moods, mood] });
}

export const setEnergy = (energy: QuizAnswers["energy"]) => update({ energy });
export const setVoice = (voice: QuizAnswers["voice"]) => update({ voice });
export const setLength = (length: QuizAnswers["length"]) => update({ length });
export const setQuery = (q: string) => update({ q: [...q].slice(0, 100).join("") });

export function toggleSeen(slug: string) {
  const { seen } = $answers.get();
  if (seen.includes(slug)) update({ seen: seen.filter((item) => item !== slug) });
  else if (seen.length < MAX_SEEN) update({ seen: [...seen, slug] });
}

/** Question 1 needs a mood; the rest are optional. */
export function canLeaveStep(step: number, answers: QuizAnswers): boolean {
  return step !== 1 || answers.moods.length > 0;
}

/** Skipping an optional question resets it to "no preference". */
export function skipStep(step: number) {
  if (step === 2) setEnergy("any");
  if (step === 3) setVoice("any");
  if (step === 4) setLength("any");
  if (step === 5) update({ seen: [] });
  if (step === 6) setQuery("");
  goToStep(step + 1);
}

// ---- navigation and the URL -------------------------------------------------------------------

function urlFor(step: number): string {
  return step === RESULTS_STEP ? `/quiz/?${encodeAnswers($answers.get())}` : `/quiz/#question-${step}`;
}

/** Moves to a step and records it in the browser history, so Back returns here. */
export function goToStep(step: number, { replace = false } = {}) {
  const target = Math.min(Math.max(1, step), RESULTS_STEP);
  const previous = $step.get();
  if (target === RESULTS_STEP) void loadIndex();
  $step.set(target);
  if (typeof history === "undefined") return;
  const url = urlFor(target);
  if (replace) history.replaceState({ step: target }, "", url);
  else history.pushState({ step: target, previous }, "", url);
}

/**
 * The in-page Back button: when the previous history entry is the previous question, go back in
 * history, so the page's Back and the browser's Back walk the same path.
 */
export function goBack() {
  const step = $step.get();
  const state = typeof history === "undefined" ? null : (history.state as { previous?: number } | null);
  if (state?.previous === step - 1) history.back();
  else goToStep(step - 1, { replace: true });
}

/** The first screen's shortcut: words alone (moods stay as chosen) lead straight to the results. */
export function showMatchesForWords(text: string) {
  setQuery(text.trim());
  if (isAnswerable($answers.get())) goToStep(RESULTS_STEP);
}

export function retake() {
  $notices.set([]);
  goToStep(1);
}

/** Clears the stored answers and starts again. */
export function forgetAnswers() {
  $answers.set(EMPTY_ANSWERS);
  $notices.set([]);
  goToStep(1, { replace: true });
}

export function dismissNotices() {
  $notices.set([]);
}

/**
 * Reads where the visitor is from the address: `?<answers>` opens the results (unanswered questions
 * count as no preference), `#question-N` a question with the stored answers, anything else question 1.
 */
export function syncFromLocation(location: { search: string; hash: string }) {
  const question = /^#question-([1-6])$/.exec(location.hash);
  if (location.search.length > 1) {
    const { answers, ignored } = decodeAnswers(location.search);
    $notices.set(ignored);
    if (isAnswerable(answers)) {
      $answers.set(canonicalAnswers(answers));
      $step.set(RESULTS_STEP);
      void loadIndex();
      return;
    }
    $step.set(1);
    if (typeof history !== "undefined") history.replaceState({ step: 1 }, "", urlFor(1));
    return;
  }
  $step.set(question ? Number(question[1]) : 1);
}
