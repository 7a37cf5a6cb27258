/**
 * The mood quiz: one question per screen, then the results. State and logic live in
 * src/stores/quiz.ts; this component renders them and forwards events.
 */
import { useStore } from "@nanostores/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ENERGY_CHOICES, LENGTH_CHOICES, MAX_MOODS, VOICE_CHOICES } from "../../match/answers";
import { MOODS } from "../../schemas/moods";
import {
  $answers,
  $index,
  $notices,
  $step,
  QUESTION_COUNT,
  RESULTS_STEP,
  canLeaveStep,
  dismissNotices,
  forgetAnswers,
  goBack,
  goToStep,
  loadIndex,
  setEnergy,
  setLength,
  setQuery,
  setVoice,
  showMatchesForWords,
  skipStep,
  syncFromLocation,
  toggleMood,
} from "../../stores/quiz";
import { ChoiceList } from "./ChoiceList";
import { Results } from "./Results";
import { SeenPicker } from "./SeenPicker";

const QUESTIONS = [
  "How do you want to feel?",
  "How should the music sound?",
  "Whose voices do you like?",
  "How long a drama?",
  "Anything you've already seen?",
  "Anything you remember?",
];

const ENERGY_LABELS = { calm: "Calm", mid: "In between", upbeat: "Upbeat", any: "No preference" };
const VOICE_LABELS = { female: "Female solo", male: "Male solo", duet: "Duet", group: "Group", any: "No preference" };
const LENGTH_LABELS = {
  short: "Short (12 episodes or fewer)",
  standard: "Standard (13–20 episodes)",
  long: "Long (more than 20 episodes)",
  any: "No preference",
};

export default function QuizIsland() {
  const answers = useStore($answers);
  const step = useStore($step);
  const notices = useStore($notices);
  const index = useStore($index);
  const heading = useRef<HTMLHeadingElement>(null);
  const announcer = useRef<HTMLParagraphElement>(null);
  const firstRender = useRef(true);
  const [words, setWords] = useState("");

  useEffect(() => {
    syncFromLocation(window.location);
    const onPop = () => syncFromLocation(window.location);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // The page's intro ("Six quick questions…") belongs to the questions, not to the results.
  useEffect(() => {
    document.documentElement.toggleAttribute("data-quiz-results", step === RESULTS_STEP);
  }, [step]);

  useEffect(() => {
    if (firstRender.current && step === 1) {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    if (step <= QUESTION_COUNT) {
      heading.current?.focus();
      if (announcer.current)
        announcer.current.textContent = `Question ${step} of ${QUESTION_COUNT}: ${QUESTIONS[step - 1]}`;
    }
  }, [step]);

  const startLoading = () => {
    if (index.status === "idle") void loadIndex();
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (canLeaveStep(step, answers)) goToStep(step + 1);
  };

  return (
    <div class="quiz" onPointerDownCapture={startLoading} onKeyDownCapture={startLoading} onFocusCapture={startLoading}>
      <p ref={announcer} class="visually-hidden" aria-live="polite" />
      {notices.length > 0 && (
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
      )}

      {step === RESULTS_STEP ? (
        <Results announcer={announcer} />
      ) : (
        <form onSubmit={onSubmit} class="question" noValidate>
          <p class="progress">
            Question {step} of {QUESTION_COUNT}
          </p>
          <div class="progress-bar" aria-hidden="true">
            <span class={`progress-fill progress-${step}`} />
          </div>
          <fieldset>
            <legend>
              <h2 ref={heading} tabIndex={-1}>
                {QUESTIONS[step - 1]}
              </h2>
            </legend>
            {step === 1 && (
              <>
                <p class="hint" id="moods-hint">
                  Choose 1 to {MAX_MOODS}. {answers.moods.length} chosen.
                </p>
                <ul class="mood-options">
                  {MOODS.map((mood) => {
                    const checked = answers.moods.includes(mood.slug);
                    const full = !checked && answers.moods.length >= MAX_MOODS;
                    return (
                      <li class={`mood-${mood.slug}`}>
                        <label class={`mood-option${checked ? " checked" : ""}${full ? " full" : ""}`}>
                          <input
                            type="checkbox"
                            name="moods"
                            value={mood.slug}
                            checked={checked}
                            disabled={full}
                            aria-describedby="moods-hint"
                            onChange={() => toggleMood(mood.slug)}
                          />
                          <span class="mood-text">
                            <span class="mood-name">{mood.name}</span>{" "}
                            <span lang="ko" class="mood-hangul">
                              {mood.nameHangul}
                            </span>
                            <span class="mood-description">{mood.description}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {step === 2 && (
              <ChoiceList
                name="energy"
                choices={ENERGY_CHOICES}
                labels={ENERGY_LABELS}
                value={answers.energy}
                onChange={setEnergy}
              />
            )}
            {step === 3 && (
              <ChoiceList
                name="voice"
                choices={VOICE_CHOICES}
                labels={VOICE_LABELS}
                value={answers.voice}
                onChange={setVoice}
              />
            )}
            {step === 4 && (
              <ChoiceList
                name="length"
                choices={LENGTH_CHOICES}
                labels={LENGTH_LABELS}
                value={answers.length}
                onChange={setLength}
              />
            )}
            {step === 5 && <SeenPicker />}
            {step === 6 && (
              <>
                <label for="quiz-free-text" class="hint">
                  A song, a singer, a drama, a few words — English, Hangul or romanized. Optional.
                </label>
                <input
                  id="quiz-free-text"
                  class="text-input"
                  type="text"
                  maxLength={100}
                  autoComplete="off"
                  spellcheck={false}
                  value={answers.q}
                  onInput={(event) => setQuery(event.currentTarget.value)}
                />
              </>
            )}
          </fieldset>
          {/* One primary action per step, always in reach: the bar sticks to the bottom of the screen
              (above the keyboard and the home indicator) while the choices scroll under it. */}
          <div class="actions action-bar">
            {step === 1 && answers.moods.length === 0 && (
              <p class="hint action-hint">Pick at least one mood to continue.</p>
            )}
            {step === 1 && answers.moods.length > 0 && (
              <p class="hint action-hint" aria-hidden="true">
                {answers.moods.length} of {MAX_MOODS} chosen
              </p>
            )}
            {step > 1 && (
              <button type="button" class="button secondary" onClick={goBack}>
                Back
              </button>
            )}
            {step > 1 && step < QUESTION_COUNT && (
              <button type="button" class="link-button skip" onClick={() => skipStep(step)}>
                Skip
              </button>
            )}
            <button type="submit" class="button" disabled={!canLeaveStep(step, answers)}>
              {step === QUESTION_COUNT ? "Show my matches" : "Next"}
            </button>
          </div>
        </form>
      )}
      {step === 1 && (
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
              onInput={(event) => setWords(event.currentTarget.value)}
            />
            <button type="submit" class="button secondary" disabled={!words.trim()}>
              Show matches
            </button>
          </div>
        </form>
      )}
      <p class="forget">
        <button type="button" class="link-button" onClick={forgetAnswers}>
          Forget my answers
        </button>
      </p>
    </div>
  );
}
