/** Question 5: pick dramas to leave out, with a fuzzy filter over their titles. */
import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { $answers, $index, $textIndex, loadIndex, toggleSeen } from "../../stores/quiz";

const SHOWN = 12;

export function SeenPicker() {
  const answers = useStore($answers);
  const index = useStore($index);
  // Re-render when the text index lands: the filter then tolerates typos and romanized titles.
  useStore($textIndex);
  const [filter, setFilter] = useState("");

  if (index.status !== "ready") {
    return index.status === "error" ? (
      <div class="notice" role="alert">
        <p>{index.message}</p>
        <button type="button" class="button secondary" onClick={() => void loadIndex()}>
          Retry
        </button>
      </div>
    ) : (
      <p class="hint">Loading the drama list…</p>
    );
  }
  const { matcher } = index;
  const dramas = matcher.index.dramas;
  const typed = filter.trim().toLowerCase();
  const matching = !typed
    ? [...dramas].sort((a, b) => a.title.localeCompare(b.title))
    : matcher.hasText
      ? matcher
          .search(filter, 40)
          .filter((hit) => hit.kind === "drama")
          .map((hit) => dramas[hit.position]!)
      : dramas.filter((drama) => drama.title.toLowerCase().includes(typed) || drama.titleHangul.includes(typed));
  const chosen = dramas.filter((drama) => answers.seen.includes(drama.slug));

  return (
    <>
      <label for="seen-filter" class="hint">
        Type a title to find it (English, Hangul or romanized). Optional.
      </label>
      <input
        id="seen-filter"
        class="text-input"
        type="search"
        autoComplete="off"
        value={filter}
        onInput={(event) => setFilter(event.currentTarget.value)}
      />
      {chosen.length > 0 && (
        <p class="hint" aria-live="polite">
          Leaving out: {chosen.map((drama) => drama.title).join(", ")}
        </p>
      )}
      <ul class="choices seen-list">
        {matching.slice(0, SHOWN).map((drama) => (
          <li key={drama.slug}>
            <label class={`choice${answers.seen.includes(drama.slug) ? " checked" : ""}`}>
              <input
                type="checkbox"
                name="seen"
                value={drama.slug}
                checked={answers.seen.includes(drama.slug)}
                onChange={() => toggleSeen(drama.slug)}
              />
              <span>
                {drama.title}{" "}
                <span lang="ko" class="muted">
                  {drama.titleHangul}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matching.length === 0 && <p class="hint">No drama matches “{filter}”.</p>}
      {matching.length > SHOWN && (
        <p class="hint">
          Showing {SHOWN} of {matching.length}; type to narrow the list.
        </p>
      )}
    </>
  );
}
