/**
 * The list cards drawn by the filter island, from the card records: the same markup and classes as
 * DramaCard.astro and SongCard.astro (without listen links, as on the static list pages).
 */
import { coverSvg, dramaCover, songCover } from "../../art/cover";
import { decodeMoods, strongestMoods, type DramaRecord, type SongRecord } from "../../browse/card-records";
import { MoodChipList } from "../MoodChip";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function DramaCardView({ drama }: { drama: DramaRecord }) {
  const cover = dramaCover({ slug: drama.slug, moods: decodeMoods(drama.moods), year: drama.year });
  return (
    <li class="card media-card drama-card">
      <div
        class="cover"
        dangerouslySetInnerHTML={{
          __html: `${coverSvg(cover, `browse-${drama.slug}`)}<span class="cover-caption" aria-hidden="true" lang="ko">${escapeHtml(drama.titleHangul)}</span>`,
        }}
      />
      <div class="media-body">
        <h2 class="card-title">
          <a href={`/dramas/${drama.slug}/`} class="card-link">
            {drama.title}
          </a>
        </h2>
        <p lang="ko" class="muted card-sub">
          {drama.titleHangul}
        </p>
        <p class="muted card-facts">
          {drama.year} · {drama.network} · {drama.episodes} ep.
        </p>
        <MoodChipList moods={strongestMoods(drama, 2)} />
      </div>
    </li>
  );
}

export function SongCardView({ song }: { song: SongRecord }) {
  const cover = songCover({ slug: song.slug, moods: decodeMoods(song.moods), energy: song.energy, year: song.year });
  return (
    <li class="card media-card song-card row" data-list-title={song.titleMeaning ?? song.title}>
      <div class="cover" dangerouslySetInnerHTML={{ __html: coverSvg(cover, `browse-song-${song.slug}`) }} />
      <div class="media-body">
        <h2 class="card-title">
          <a href={`/songs/${song.slug}/`} class="card-link">
            {song.title}
          </a>
          {song.titleHangul && (
            <span lang="ko" class="muted card-hangul">
              {" "}
              {song.titleHangul}
            </span>
          )}
          {song.titleMeaning && <span class="muted card-meaning"> “{song.titleMeaning}”</span>}
        </h2>
        <p class="card-sub">
          {song.singers.map(([slug, name], index) => (
            <>
              {index > 0 && (index === song.singers.length - 1 ? " & " : ", ")}
              <a href={`/artists/${slug}/`}>{name}</a>
            </>
          ))}
          <span class="muted"> · from {song.drama[1]}</span>
        </p>
        <MoodChipList moods={strongestMoods(song, 2)} />
      </div>
    </li>
  );
}
