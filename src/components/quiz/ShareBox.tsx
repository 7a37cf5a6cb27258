/** The share link of a result, with Copy and (where the browser has it) Share: compact, near the top. */
import { useState } from "preact/hooks";

interface Props {
  topSlug: string;
  topTitle: string;
  query: string;
}

/** The query without the visitor's own words (`q`) and seen list (`seen`); the other answers keep their encoding. */
const withoutPersonal = (query: string) =>
  query
    .split("&")
    .filter((part) => !/^(q|seen)=/.test(part))
    .join("&");

export function ShareBox({ topSlug, topTitle, query }: Props) {
  const [status, setStatus] = useState("");
  const [leaveOut, setLeaveOut] = useState(false);
  const hasWords = /(^|&)q=[^&]/.test(query);
  const hasSeen = /(^|&)seen=[^&]/.test(query);
  const personal = [hasWords && "the words you typed", hasSeen && "the dramas you marked as seen"].filter(Boolean);
  const link = `${window.location.origin}/match/${topSlug}/?${leaveOut ? withoutPersonal(query) : query}`;
  const canShare = typeof navigator.share === "function";

  const selectLink = () => {
    const field = document.getElementById("share-link") as HTMLInputElement | null;
    field?.focus();
    field?.select();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("Link copied.");
    } catch {
      selectLink();
      setStatus("Couldn't copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: `${topTitle} — my Moodtrack match`, url: link });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  };

  return (
    <section class="share" aria-labelledby="share-heading">
      <h3 id="share-heading" class="visually-hidden">
        Share your match
      </h3>
      <p id="share-contents" class="hint">
        {personal.length > 0 && !leaveOut
          ? `Anyone with this link sees your moods and choices, plus ${personal.join(" and ")}.`
          : "Anyone with this link sees your moods and choices."}
      </p>
      {personal.length > 0 && (
        <label class="share-leave-out">
          <input type="checkbox" checked={leaveOut} onChange={(event) => setLeaveOut(event.currentTarget.checked)} />{" "}
          Leave out {personal.join(" and ")}
        </label>
      )}
      <div class="share-row">
        <label for="share-link" class="share-label">
          Share link
        </label>
        <input
          id="share-link"
          class="text-input"
          type="text"
          readOnly
          value={link}
          onFocus={selectLink}
          aria-describedby="share-contents"
        />
        <button type="button" class="button" onClick={copy}>
          Copy link
        </button>
        {canShare && (
          <button type="button" class="button secondary" onClick={share}>
            Share
          </button>
        )}
      </div>
      <p class="hint share-status" role="status">
        {status}
      </p>
    </section>
  );
}
