/** One question of the quiz: its heading, its choices and the bar of actions under them. */
import type { RefObject } from "preact";
import { ENERGY_CHOICES, LENGTH_CHOICES, MAX_MOODS, VOICE_CHOICES, type QuizAnswers } from "../../match/answers";
import { MOODS } from "../../schemas/moods";
import {
  QUESTION_COUNT,
  canLeaveStep,
  goBack,
  goToStep,
  prefetchWords,
  setEnergy,
  setLength,
  setQuery,
  setVoice,
  skipStep,
  toggleMood,
} from "../../stores/quiz";
import { ChoiceList } from "./ChoiceList";
import { SeenPicker } from "./SeenPicker";

export const QUESTIONS = [
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

/** Focuses the words box under the moods, centred so the sticky action bar never covers it. */
function jumpToWords(event: MouseEvent) {
  const input = document.getElementById("quiz-words");
  if (!input) return;
  event.preventDefault();
  input.focus({ preventScroll: true });
  input.scrollIntoView({ block: "center" });
}

function MoodQuestion({ chosen }: { chosen: QuizAnswers["moods"] }) {
  return (
    <>
      <p class="hint" id="moods-hint">
        Choose 1 to {MAX_MOODS}. {chosen.length} chosen.
      </p>
      {/* On a phone the words box sits below twelve mood cards: this reaches it from the first screen. */}
      <p class="words-jump">
        <a href="#quiz-words" onClick={jumpToWords}>
          Describe it in your own words instead
        </a>
      </p>
      <ul class="mood-options">
        {MOODS.map((mood) => {
          const checked = chosen.includes(mood.slug);
          const full = !checked && chosen.length >= MAX_MOODS;
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
  );
}

function WordsQuestion({ value }: { value: string }) {
  return (
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
        value={value}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          prefetchWords();
        }}
      />
    </>
  );
}

/** The choices of question `step`. */
function QuestionChoices({ step, answers }: { step: number; answers: QuizAnswers }) {
  switch (step) {
    case 1:
      return <MoodQuestion chosen={answers.moods} />;
    case 2:
      return (
        <ChoiceList
          name="energy"
          choices={ENERGY_CHOICES}
          labels={ENERGY_LABELS}
          value={answers.energy}
          onChange={setEnergy}
        />
      );
    case 3:
      return (
        <ChoiceList
          name="voice"
          choices={VOICE_CHOICES}
          labels={VOICE_LABELS}
          value={answers.voice}
          onChange={setVoice}
        />
      );
    case 4:
      return (
        <ChoiceList
          name="length"
          choices={LENGTH_CHOICES}
          labels={LENGTH_LABELS}
          value={answers.length}
          onChange={setLength}
        />
      );
    case 5:
      return <SeenPicker />;
    default:
      return <WordsQuestion value={answers.q} />;
  }
}

/**
 * One primary action per step, always in reach: the bar sticks to the bottom of the screen (above
 * the keyboard and the home indicator) while the choices scroll under it.
 */
function QuestionActions({ step, answers }: { step: number; answers: QuizAnswers }) {
  const moods = answers.moods.length;
  return (
    <div class="actions action-bar">
      {step === 1 && moods === 0 && <p class="hint action-hint">Pick at least one mood to continue.</p>}
      {step === 1 && moods > 0 && (
        <p class="hint action-hint" aria-hidden="true">
          {moods} of {MAX_MOODS} chosen
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
  );
}

export function Question(props: { step: number; answers: QuizAnswers; heading: RefObject<HTMLHeadingElement> }) {
  const { step, answers, heading } = props;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (canLeaveStep(step, answers)) goToStep(step + 1);
  };
  return (
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
        <QuestionChoices step={step} answers={answers} />
      </fieldset>
      <QuestionActions step={step} answers={answers} />
    </form>
  );
}
