/**
 * Site search over the prebuilt index: dramas, songs, singers, the people in each drama and story tags,
 * in English, Hangul or romanized; every word must match (src/match/search.ts).
 */
import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import type { Matcher } from "../../match/matcher";
import { $index, $textIndex, loadIndex } from "../../stores/quiz";
import { RetryNotice } from "../RetryNotice";

const KIND_LABELS = { drama: "Drama", song: "Song", artist: "Artist", tag: "Story tag" };
const PATHS = { drama: "dramas", song: "songs", artist: "artists", tag: "tags" };

interface SearchEntry {
  kind: keyof typeof KIND_LABELS;
  slug: string;
  title: string;
  hangul: string;
  detail: string;
}

/** The first 20 hits for `text`, each with what the list shows. */
function searchEntries(matcher: Matcher, text: string): SearchEntry[] {
  const data = matcher.index;
  return matcher.search(text, 20).map((hit) => {
    if (hit.kind === "drama") {
      const drama = data.dramas[hit.position]!;
      const detail = `${drama.year} · ${hit.why}`;
      return { kind: hit.kind, slug: drama.slug, title: drama.title, hangul: drama.titleHangul, detail };
    }
    if (hit.kind === "tag") {
      const tag = matcher.text?.tags[hit.position];
      return { kind: hit.kind, slug: tag?.slug ?? "", title: tag?.name ?? "", hangul: "", detail: hit.why };
    }
    if (hit.kind === "song") {
      const song = data.songs[hit.position]!;
      const singers = song.artists.map((artist) => data.artists[artist]!.name).join(" & ");
      const hangul = matcher.songTitleHangul(hit.position) ?? "";
      const detail = `${singers} · ${data.dramas[song.drama]!.title}`;
      const title = song.titleMeaning ? `${song.title} (“${song.titleMeaning}”)` : song.title;
      return { kind: hit.kind, slug: song.slug, title, hangul, detail };
    }
    const artist = data.artists[hit.position]!;
    return {
      kind: hit.kind,
      slug: artist.slug,
      title: artist.name,
      hangul: artist.nameHangul,
      detail: artist.group ?? "",
    };
  });
}

function SearchResults({ entries }: { entries: SearchEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul class="search-results">
      {entries.map((entry) => (
        <li key={`${entry.kind}/${entry.slug}`}>
          <span class="badge">{KIND_LABELS[entry.kind]}</span>{" "}
          <a href={`/${PATHS[entry.kind]}/${entry.slug}/`}>{entry.title}</a>{" "}
          {entry.hangul && (
            <span lang="ko" class="muted">
              {entry.hangul}
            </span>
          )}
          {entry.detail && <span class="muted"> · {entry.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

export default function SearchIsland() {
  const index = useStore($index);
  const textIndex = useStore($textIndex);
  const [text, setText] = useState("");

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    if (initial) {
      setText(initial.slice(0, 100));
      void loadIndex({ words: true });
    }
  }, []);

  const onInput = (value: string) => {
    setText(value);
    if (typeof history !== "undefined") {
      history.replaceState(
        null,
        "",
        value ? `?q=${encodeURIComponent(value.toWellFormed())}` : window.location.pathname,
      );
    }
  };

  const ready = index.status === "ready" && textIndex.status === "ready";
  const entries = ready && text.trim() ? searchEntries(index.matcher, text) : [];

  return (
    <div class="search">
      <label for="site-search" class="search-label">
        Title, song, singer, person or a few words
      </label>
      <input
        id="site-search"
        class="text-input"
        type="search"
        autoComplete="off"
        maxLength={100}
        value={text}
        onFocus={() => void loadIndex({ words: true })}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {index.status === "error" ? (
        <RetryNotice message={index.message} />
      ) : (
        textIndex.status === "error" && <RetryNotice message={textIndex.message} />
      )}
      <p class="hint" role="status">
        {(index.status === "loading" || textIndex.status === "loading") && "Loading the catalogue…"}
        {ready && text.trim() && `${entries.length} result${entries.length === 1 ? "" : "s"}`}
      </p>
      <SearchResults entries={entries} />
    </div>
  );
}
