/**
 * The mood quiz: one question per screen, then the results. State and logic live in
 * src/stores/quiz.ts; this component renders them and forwards events.
 */
import { useStore } from "@nanostores/preact";
import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  $answers,
  $index,
  $notices,
  $step,
  QUESTION_COUNT,
  RESULTS_STEP,
  dismissNotices,
  forgetAnswers,
  loadIndex,
  prefetchWords,
  showMatchesForWords,
  syncFromLocation,
} from "../../stores/quiz";
import { QUESTIONS, Question } from "./Question";
import type { Results as ResultsView } from "./Results";

/**
 * The results view (cards, share box, charts) is fetched on demand, with the matcher: a visitor on
 * the first question downloads none of it. A failed download is said, with a retry.
 */
let resultsView: Promise<typeof ResultsView> | undefined;
function loadResultsView(): Promise<typeof ResultsView> {
  resultsView ??= import("./Results")
    .then((module) => module.Results)
    .catch((error: unknown) => {
      resultsView = undefined;
      throw error;
    });
  return resultsView;
}

function LazyResults({ announcer }: { announcer: RefObject<HTMLParagraphElement> }) {
  const [View, setView] = useState<typeof ResultsView>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (failed) return;
    let live = true;
    loadResultsView().then(
      (view) => live && setView(() => view),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [failed]);
  if (View) return <View announcer={announcer} />;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1}>
        Your matches
      </h2>
      {failed ? (
        <div class="notice" role="alert">
          <p>We couldn't load the results. Check your connection and try again.</p>
          <button type="button" class="button secondary small" onClick={() => setFailed(false)}>
            Retry
          </button>
        </div>
      ) : (
        <p class="hint">Finding your matches…</p>
      )}
    </section>
  );
}

/** The answers follow the URL: on load and on the back and forward buttons. */
function useLocationSync() {
  useEffect(() => {
    syncFromLocation(window.location);
    const onPop = () => syncFromLocation(window.location);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
}

/**
 * Each new question takes the focus and is announced to screen readers, except the first question
 * on the first render (the page has just loaded there). Also marks the page while results show: the
 * page's intro ("Six quick questions…") belongs to the questions, not to the results.
 */
function useStepFocus(step: number) {
  const heading = useRef<HTMLHeadingElement>(null);
  const announcer = useRef<HTMLParagraphElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    document.documentElement.toggleAttribute("data-quiz-results", step === RESULTS_STEP);
  }, [step]);
  useEffect(() => {
    const initial = firstRender.current && step === 1;
    firstRender.current = false;
    if (initial || step > QUESTION_COUNT) return;
    heading.current?.focus();
    if (announcer.current)
      announcer.current.textContent = `Question ${step} of ${QUESTION_COUNT}: ${QUESTIONS[step - 1]}`;
  }, [step]);
  return { heading, announcer };
}

/** What a shared link held that made no sense and was dropped. */
function LinkNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div class="notice" role="status">
      <p>
        <strong>Some of that link didn't make sense, so we left it out:</strong>
      </p>
      <ul>
        {notices.slice(0, 8).map((notice) => (
          <li>{notice}</li>
        ))}
        {notices.length > 8 && <li>…and {notices.length - 8} more.</li>}
      </ul>
      <button type="button" class="button secondary small" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}

/** The first screen's shortcut: words alone, straight to results. */
function WordsShortcut({ words, setWords }: { words: string; setWords: (words: string) => void }) {
  return (
    <form
      class="words-shortcut"
      role="search"
      aria-label="Search by words"
      onSubmit={(event) => {
        event.preventDefault();
        showMatchesForWords(words);
      }}
    >
      <label for="quiz-words" class="hint">
        Or type a song, a singer, a drama or a few words
      </label>
      <div class="words-row">
        <input
          id="quiz-words"
          class="text-input"
          type="search"
          maxLength={100}
          autoComplete="off"
          spellcheck={false}
          value={words}
          onInput={(event) => {
            setWords(event.currentTarget.value);
            prefetchWords();
          }}
        />
        <button type="submit" class="button secondary" disabled={!words.trim()}>
          Show matches
        </button>
      </div>
    </form>
  );
}

export default function QuizIsland() {
  const answers = useStore($answers);
  const step = useStore($step);
  const notices = useStore($notices);
  const index = useStore($index);
  const { heading, announcer } = useStepFocus(step);
  // Kept here, not in the shortcut, so the words survive a trip to the next question and back.
  const [words, setWords] = useState("");
  useLocationSync();

  // The index starts loading at the first sign of interest, before the last question.
  const startLoading = () => {
    if (index.status === "idle") void loadIndex();
    loadResultsView().catch(() => {
      // Said by LazyResults when the results are shown.
    });
  };

  return (
    <div class="quiz" onPointerDownCapture={startLoading} onKeyDownCapture={startLoading} onFocusCapture={startLoading}>
      <p ref={announcer} class="visually-hidden" aria-live="polite" />
      <LinkNotices notices={notices} />
      {step === RESULTS_STEP ? (
        <LazyResults announcer={announcer} />
      ) : (
        <Question step={step} answers={answers} heading={heading} />
      )}
      {step === 1 && <WordsShortcut words={words} setWords={setWords} />}
      <p class="forget">
        <button type="button" class="link-button" onClick={forgetAnswers}>
          Forget my answers
        </button>
      </p>
    </div>
  );
}
