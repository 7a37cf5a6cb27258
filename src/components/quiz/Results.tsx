/**
 * The results: a short letter with the share action beside it, then the ranked dramas as cards
 * (cover, title, percentage, why, songs), then songs that match on their own.
 */
import { useStore } from "@nanostores/preact";
import { useEffect, useRef } from "preact/hooks";
import type { RefObject } from "preact";
import { coverSvg, dramaCover } from "../../art/cover";
import ListenLinks from "../ListenLinks";
import MoodChip from "../MoodChip";
import type { DramaMatch, MatchResults } from "../../match/matcher";
import { getMood } from "../../schemas/moods";
import { $answers, $index, $results, $resultsQuery, $textIndex, retake } from "../../stores/quiz";
import { RetryNotice } from "../RetryNotice";
import { ShareBox } from "./ShareBox";

interface Props {
  announcer: RefObject<HTMLParagraphElement>;
}

/**
 * Why it is here: the matcher's plain sentences (src/match/explain.ts), then the editors' reason
 * for each asked mood once the text index has brought them.
 */
function Why({ match }: { match: DramaMatch }) {
  return (
    <>
      {match.explanation.length > 0 && (
        <ul class="why explanation">
          {match.explanation.map((sentence) => (
            <li>{sentence}</li>
          ))}
        </ul>
      )}
      {match.reasons.length > 0 && (
        <ul class="why reasons">
          {match.reasons.map((reason) => (
            <li>
              <MoodChip mood={reason.mood} link={false} compact /> {reason.why}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A song's title, with what a romanized Korean title means beside it. */
function SongTitle({ song }: { song: { slug: string; title: string; titleMeaning?: string } }) {
  return (
    <>
      <a href={`/songs/${song.slug}/`}>{song.title}</a>
      {song.titleMeaning && <span class="muted"> (“{song.titleMeaning}”)</span>}
    </>
  );
}

export function MatchCard({ match, best }: { match: DramaMatch; best: boolean }) {
  const [first, ...others] = match.songs;
  return (
    <li class="match card">
      <div
        class="cover"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: coverSvg(dramaCover(match.drama), `match-${match.drama.slug}`) }}
      />
      <div class="match-head">
        <h3>
          <a href={`/dramas/${match.drama.slug}/`}>{match.drama.title}</a>{" "}
          <span lang="ko" class="muted match-hangul">
            {match.drama.titleHangul}
          </span>
        </h3>
        <p class="percent">
          <strong>{match.percentLabel}%</strong> match · {match.drama.year} · {match.drama.episodes} episodes
          {best && <span class="badge best">Best match</span>}
        </p>
        {/* An SVG bar: its width is an attribute, which the CSP allows where an inline style is not. */}
        <svg class="meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="meter-track" width="100" height="4" rx="2" />
          <rect class="meter-fill" width={Math.max(2, Math.min(100, match.percent))} height="4" rx="2" />
        </svg>
      </div>
      <div class="match-body">
        <Why match={match} />
        <p class="more-like">
          <a href={`/dramas/${match.drama.slug}/#more-like-this`}>
            More like this<span class="visually-hidden"> ({match.drama.title})</span>
          </a>
        </p>
        {first && (
          <div class="carrying">
            <p class="songs-label">
              Start with <SongTitle song={first.song} /> <span class="muted">by {first.artistNames.join(" & ")}</span>
            </p>
            <ListenLinks title={first.song.title} artistNames={first.artistNames} />
            {others.length > 0 && (
              <p class="also">
                Also:{" "}
                {others.map(({ song, artistNames }, position) => (
                  <>
                    {position > 0 && ", "}
                    <SongTitle song={song} /> <span class="muted">by {artistNames.join(" & ")}</span>
                  </>
                ))}
              </p>
            )}
          </div>
        )}
      </div>
    </li>
  );
}

/** The letter over the results: what was asked, and where to start. */
function Letter({ moodNames, query, results }: { moodNames: string[]; query: string; results: MatchResults }) {
  const top = results.dramas[0];
  return (
    <p class="letter">
      {moodNames.length > 0 && <>You want to feel {moodNames.join(" and ").toLowerCase()}. </>}
      {query.trim() && !results.textIgnored && <>Your words: “{query.trim()}”. </>}
      {top ? (
        <>
          Start with <strong>{top.drama.title}</strong>.
        </>
      ) : results.nothingToGoOn && results.onlyAbsentTopics ? (
        <>We understood your words, but no drama here is about that yet, so we have no list to show.</>
      ) : results.nothingToGoOn ? (
        <>Nothing in your words tells us what to look for, so we have no list to show.</>
      ) : (
        <>No drama matches all of that yet.</>
      )}
    </p>
  );
}

/** No list: say so plainly and offer a way on (story tags close to the words, or the moods). */
function NothingFound({ results }: { results: MatchResults }) {
  return (
    <div class="nothing-found">
      {results.tagSuggestions.length > 0 && (
        <p>
          Story tags close to your words:{" "}
          {results.tagSuggestions.map((tag, position) => (
            <>
              {position > 0 && ", "}
              <a href={`/tags/${tag.slug}/`}>{tag.name}</a> <span class="muted">({tag.dramas})</span>
            </>
          ))}
          .
        </p>
      )}
      <p>
        Try other words (a premise, a job, a place, a song or a singer), pick moods instead, or browse{" "}
        <a href="/tags/">all story tags</a>.
      </p>
    </div>
  );
}

/** Songs that match on their own, below the dramas. */
function SongMatches({ songs }: { songs: MatchResults["songs"] }) {
  if (songs.length === 0) return null;
  return (
    <section aria-labelledby="songs-heading" class="song-matches-section">
      <h3 id="songs-heading">Songs that match on their own</h3>
      <ol class="song-matches">
        {songs.map((match) => (
          <li key={match.song.slug}>
            <SongTitle song={match.song} />{" "}
            <span class="muted">
              by {match.artistNames.join(" & ")} · from {match.drama.title} · {match.percentLabel}%
            </span>
          </li>
        ))}
      </ol>
    </section>
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
      {index.status === "error" && <RetryNotice message={index.message} />}
      {textIndex.status === "error" && answers.q.trim() && <RetryNotice message={textIndex.message} />}
      {!results && index.status !== "error" && textIndex.status !== "error" && (
        <p class="hint">Finding your matches…</p>
      )}
      {results && (
        <>
          <Letter moodNames={moodNames} query={answers.q} results={results} />
          {results.reading.map((line) => (
            <p class="hint">{line}</p>
          ))}
          {results.textIgnored && results.dramas.length > 0 && <p class="hint">We matched on your moods alone.</p>}
          {results.dramas.length === 0 && <NothingFound results={results} />}
          {/* On wide screens the share link and the songs sit in a column beside the dramas; on a phone
              the share link comes first, right under the letter. */}
          <div class="results-body">
            {top && <ShareBox topSlug={top.drama.slug} topTitle={top.drama.title} query={query} />}
            <ol class="matches">
              {results.dramas.map((match, rank) => (
                <MatchCard key={match.drama.slug} match={match} best={rank === 0 && results.bestMatch} />
              ))}
            </ol>
            <SongMatches songs={results.songs} />
          </div>
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
