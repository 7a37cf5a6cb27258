/** The results: a short letter, the ranked dramas with reasons and songs, songs on their own, sharing. */
import { useStore } from "@nanostores/preact";
import { useEffect, useRef } from "preact/hooks";
import type { RefObject } from "preact";
import { listenLinks } from "../../lib/listen-links";
import { getMood } from "../../lib/moods";
import { $answers, $index, $results, $resultsQuery, $textIndex, loadIndex, retake } from "../../stores/quiz";
import { ShareBox } from "./ShareBox";

interface Props {
  announcer: RefObject<HTMLParagraphElement>;
}

function ListenRow({ title, artistNames }: { title: string; artistNames: string[] }) {
  return (
    <ul class="link-row" aria-label={`Listen to ${title}`}>
      {listenLinks(title, artistNames).map((link) => (
        <li>
          <a href={link.url} rel="noopener noreferrer external" target="_blank">
            {link.service}
            <span class="visually-hidden"> (search, opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Results({ announcer }: Props) {
  const answers = useStore($answers);
  const index = useStore($index);
  const textIndex = useStore($textIndex);
  const results = useStore($results);
  const query = useStore($resultsQuery);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    if (!results || !announcer.current) return;
    const count = results.dramas.length;
    announcer.current.textContent = `${count} match${count === 1 ? "" : "es"} found`;
  }, [results, announcer]);

  const moodNames = (results?.moods ?? answers.moods).map((mood) => getMood(mood).name);
  const top = results?.dramas[0];

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={heading} tabIndex={-1}>
        Your matches
      </h2>
      {index.status === "error" && (
        <div class="notice" role="alert">
          <p>{index.message}</p>
          <button type="button" class="button" onClick={() => void loadIndex()}>
            Retry
          </button>
        </div>
      )}
      {textIndex.status === "error" && answers.q.trim() && (
        <div class="notice" role="alert">
          <p>{textIndex.message}</p>
          <button type="button" class="button" onClick={() => void loadIndex()}>
            Retry
          </button>
        </div>
      )}
      {!results && index.status !== "error" && textIndex.status !== "error" && (
        <p class="hint">Finding your matches…</p>
      )}
      {results && (
        <>
          <p class="letter">
            {moodNames.length > 0 && <>Your moods: {moodNames.join(" · ")}. </>}
            {answers.q.trim() && !results.textIgnored && <>Your words: “{answers.q.trim()}”. </>}
            {top ? (
              <>
                Start with <strong>{top.drama.title}</strong>.
              </>
            ) : results.reading.length > 0 ? null : (
              <>No drama matches all of that yet.</>
            )}
          </p>
          {results.reading.map((line) => (
            <p class="hint">{line}</p>
          ))}
          {results.textIgnored && results.dramas.length > 0 && <p class="hint">We matched on your moods alone.</p>}
          {results.dramas.length === 0 && <p>Try other words or moods, or leave fewer dramas out as already seen.</p>}
          <ol class="matches">
            {results.dramas.map((match) => (
              <li key={match.drama.slug} class="match card">
                <h3>
                  <a href={`/dramas/${match.drama.slug}/`}>{match.drama.title}</a>{" "}
                  <span lang="ko" class="muted">
                    {match.drama.titleHangul}
                  </span>
                </h3>
                <p class="percent">
                  <strong>{match.percentLabel}%</strong> match · {match.drama.year} · {match.drama.episodes} episodes
                </p>
                {match.explanation.length > 0 && (
                  <ul class="explanation">
                    {match.explanation.map((line) => (
                      <li>{line}</li>
                    ))}
                  </ul>
                )}
                <p class="more-like">
                  <a href={`/dramas/${match.drama.slug}/#more-like-this`}>
                    More like this<span class="visually-hidden"> ({match.drama.title})</span>
                  </a>
                </p>
                {match.reasons.length > 0 && (
                  <ul class="reasons">
                    {match.reasons.map((reason) => (
                      <li>
                        <span class={`chip mood-${reason.mood}`}>{getMood(reason.mood).name}</span> {reason.why}
                      </li>
                    ))}
                  </ul>
                )}
                {match.songs.length > 0 && (
                  <>
                    <p class="songs-label">Songs that carry it:</p>
                    <ul class="carrying">
                      {match.songs.map(({ song, artistNames, moods }) => (
                        <li key={song.slug}>
                          <a href={`/songs/${song.slug}/`}>{song.title}</a>{" "}
                          <span class="muted">by {artistNames.join(" & ")}</span>
                          {moods.length > 0 && (
                            <p class="song-reason">
                              Carries {moods.map((mood) => getMood(mood).name.toLowerCase()).join(" and ")}
                            </p>
                          )}
                          <ListenRow title={song.title} artistNames={artistNames} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
          {results.songs.length > 0 && (
            <section aria-labelledby="songs-heading">
              <h3 id="songs-heading">Songs that match on their own</h3>
              <ol class="song-matches">
                {results.songs.map((match) => (
                  <li key={match.song.slug}>
                    <a href={`/songs/${match.song.slug}/`}>{match.song.title}</a>{" "}
                    <span class="muted">
                      by {match.artistNames.join(" & ")} · from {match.drama.title} · {match.percentLabel}%
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {top && <ShareBox topSlug={top.drama.slug} topTitle={top.drama.title} query={query} />}
        </>
      )}
      <div class="actions">
        <button type="button" class="button secondary" onClick={retake}>
          Retake the quiz
        </button>
      </div>
    </section>
  );
}
