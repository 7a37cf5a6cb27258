/** The share link of a result, with Copy and (where the browser has it) Share: compact, near the top. */
import { useState } from "preact/hooks";

interface Props {
  topSlug: string;
  topTitle: string;
  query: string;
}

export function ShareBox({ topSlug, topTitle, query }: Props) {
  const [status, setStatus] = useState("");
  const link = `${window.location.origin}/match/${topSlug}/?${query}`;
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
      <div class="share-row">
        <label for="share-link" class="share-label">
          Share link
        </label>
        <input id="share-link" class="text-input" type="text" readOnly value={link} onFocus={selectLink} />
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
