/**
 * Site search over the prebuilt index: dramas, songs, singers, the people in each drama and story tags,
 * in English, Hangul or romanized; every word must match (src/match/search.ts).
 */
import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import { $index, $textIndex, loadIndex } from "../../stores/quiz";

const KIND_LABELS = { drama: "Drama", song: "Song", artist: "Artist", tag: "Story tag" };
const PATHS = { drama: "dramas", song: "songs", artist: "artists", tag: "tags" };

export default function SearchIsland() {
  const index = useStore($index);
  const textIndex = useStore($textIndex);
  const [text, setText] = useState("");

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    if (initial) {
      setText(initial.slice(0, 100));
      void loadIndex();
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
  const found = ready && text.trim() ? index.matcher.search(text, 20) : [];
  const entries = found.map((hit) => {
    const data = index.status === "ready" ? index.matcher.index : undefined;
    if (hit.kind === "drama") {
      const drama = data!.dramas[hit.position]!;
      return {
        kind: hit.kind,
        slug: drama.slug,
        title: drama.title,
        hangul: drama.titleHangul,
        detail: `${drama.year} · ${hit.why}`,
      };
    }
    if (hit.kind === "tag") {
      const tag = index.status === "ready" ? index.matcher.text?.tags[hit.position] : undefined;
      return { kind: hit.kind, slug: tag?.slug ?? "", title: tag?.name ?? "", hangul: "", detail: hit.why };
    }
    if (hit.kind === "song") {
      const song = data!.songs[hit.position]!;
      const singers = song.artists.map((artist) => data!.artists[artist]!.name).join(" & ");
      return {
        kind: hit.kind,
        slug: song.slug,
        title: song.titleMeaning ? `${song.title} (“${song.titleMeaning}”)` : song.title,
        hangul: index.status === "ready" ? (index.matcher.songTitleHangul(hit.position) ?? "") : "",
        detail: `${singers} · ${data!.dramas[song.drama]!.title}`,
      };
    }
    const artist = data!.artists[hit.position]!;
    return {
      kind: hit.kind,
      slug: artist.slug,
      title: artist.name,
      hangul: artist.nameHangul,
      detail: artist.group ? `${artist.group}` : "",
    };
  });

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
        onFocus={() => void loadIndex()}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {(index.status === "error" || textIndex.status === "error") && (
        <div class="notice" role="alert">
          <p>{index.status === "error" ? index.message : textIndex.status === "error" ? textIndex.message : ""}</p>
          <button type="button" class="button" onClick={() => void loadIndex()}>
            Retry
          </button>
        </div>
      )}
      <p class="hint" role="status">
        {(index.status === "loading" || textIndex.status === "loading") && "Loading the catalogue…"}
        {ready && text.trim() && `${entries.length} result${entries.length === 1 ? "" : "s"}`}
      </p>
      {entries.length > 0 && (
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
      )}
    </div>
  );
}
