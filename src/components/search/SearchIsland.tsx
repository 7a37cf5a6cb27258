/** Site search over the prebuilt index: titles, songs and singers in English, Hangul or romanized. */
import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import { $index, loadIndex } from "../../stores/quiz";

const KIND_LABELS = { drama: "Drama", song: "Song", artist: "Artist" };
const PATHS = { drama: "dramas", song: "songs", artist: "artists" };

export default function SearchIsland() {
  const index = useStore($index);
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

  const found = index.status === "ready" && text.trim() ? index.matcher.search(text, 20) : [];
  const entries = found.map(({ document }) => {
    const data = index.status === "ready" ? index.matcher.index : undefined;
    if (document.kind === "drama") {
      const drama = data!.dramas[document.position]!;
      return {
        kind: document.kind,
        slug: drama.slug,
        title: drama.title,
        hangul: drama.titleHangul,
        detail: String(drama.year),
      };
    }
    if (document.kind === "song") {
      const song = data!.songs[document.position]!;
      const singers = song.artists.map((artist) => data!.artists[artist]!.name).join(" & ");
      return {
        kind: document.kind,
        slug: song.slug,
        title: song.title,
        hangul: song.titleHangul ?? "",
        detail: `${singers} · ${data!.dramas[song.drama]!.title}`,
      };
    }
    const artist = data!.artists[document.position]!;
    return { kind: document.kind, slug: artist.slug, title: artist.name, hangul: artist.nameHangul, detail: "" };
  });

  return (
    <div class="search">
      <label for="site-search" class="search-label">
        Title, song or singer
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
      {index.status === "error" && (
        <div class="notice" role="alert">
          <p>{index.message}</p>
          <button type="button" class="button" onClick={() => void loadIndex()}>
            Retry
          </button>
        </div>
      )}
      <p class="hint" role="status">
        {index.status === "loading" && "Loading the catalogue…"}
        {index.status === "ready" && text.trim() && `${entries.length} result${entries.length === 1 ? "" : "s"}`}
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
