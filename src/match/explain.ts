/**
 * Explanations: the plain sentences a result shows under "why this matches", from the same numbers
 * the score used, so what the page says and how it ranked never disagree.
 */
import type { EnergyChoice } from "./answers";
import { MOOD_SLUGS, getMood, type MoodSlug } from "../schemas/moods";
import type { ArtistRecord, DramaRecord, PersonCredit, SongRecord } from "./index-format";
import type { DramaMoodFit, MoodQuery } from "./mood-fit";
import type { DescriptionHit, FeelingHit, NameHit } from "./text-search";

const WEIGHT_WORDS = ["", "a touch of", "clearly", "defined by"] as const;

export const moodName = (mood: MoodSlug) => getMood(mood).name.toLowerCase();

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export const quoted = (text: string) => `“${text}”`;

/** What the mood part of a drama's score rests on: its own weights, its songs, what else it carries. */
export function explainMoodFit(
  query: MoodQuery,
  drama: DramaRecord,
  songs: readonly SongRecord[],
  fit: DramaMoodFit,
): string[] {
  const asked = MOOD_SLUGS.flatMap((mood, position) => (query.weights[position]! > 0 ? [{ mood, position }] : []));
  const lines: string[] = [];
  const byWeight = new Map<number, string[]>();
  for (const { mood, position } of asked) {
    const weight = drama.moods[position]!;
    if (weight > 0) byWeight.set(weight, [...(byWeight.get(weight) ?? []), moodName(mood)]);
  }
  const parts = [3, 2, 1].flatMap((weight) =>
    byWeight.has(weight) ? [`${WEIGHT_WORDS[weight]} ${listOf(byWeight.get(weight)!)}`] : [],
  );
  if (parts.length > 0) lines.push(`${capitalise(listOf(parts))}.`);

  for (const { mood, position } of asked) {
    const carrying = songs.filter((song) => song.moods[position]! > 0);
    if (carrying.length === 0) continue;
    const strongest = [...carrying].sort(
      (a, b) => b.moods[position]! - a.moods[position]! || compare(a.slug, b.slug),
    )[0]!;
    const mood_ = moodName(mood);
    if (songs.length === 1) lines.push(`Its song ${strongest.title} carries ${mood_}.`);
    else if (carrying.length === 1)
      lines.push(`One of its ${songs.length} songs carries ${mood_}: ${strongest.title}.`);
    else {
      const share =
        carrying.length === songs.length
          ? songs.length === 2
            ? "Both"
            : `All ${songs.length}`
          : `${carrying.length} of its ${songs.length}`;
      lines.push(`${share} songs carry ${mood_}, ${strongest.title} most strongly.`);
    }
    break;
  }
  if (asked.length > 0 && asked.every(({ position }) => drama.moods[position] === 0)) {
    lines.push("Only its songs carry what you asked for.");
  }

  const unasked = MOOD_SLUGS.filter((_, position) => drama.moods[position] === 3 && query.weights[position] === 0);
  if (unasked.length > 0 && fit.focus < 0.85) {
    lines.push(`It is also defined by ${listOf(unasked.map(moodName))}, which you didn't ask for.`);
  }
  if (query.energy !== "any" && songs.length > 0) {
    lines.push(energyLine(query.energy, songs));
  }
  if (fit.lengthFit < 1)
    lines.push(
      `At ${drama.episodes} episodes it is ${fit.lengthFit >= 0.75 ? "a little" : "much"} off the length you chose.`,
    );
  return lines;
}

function energyLine(preference: Exclude<EnergyChoice, "any">, songs: readonly SongRecord[]): string {
  const mean = songs.reduce((sum, song) => sum + song.energy, 0) / songs.length;
  const character = mean <= 2 ? "calm" : mean < 3.5 ? "mid-tempo" : "upbeat";
  const wanted = { calm: "calm", mid: "mid-tempo", upbeat: "upbeat" }[preference];
  return character === wanted
    ? `Its songs are ${character}, as you wanted.`
    : `Its songs are mostly ${character}, not ${wanted}.`;
}

export interface TextEvidence {
  names: NameHit[];
  description?: DescriptionHit;
}

/** What the words found in this drama, naming the field: a title, a singer, a person, a genre, a mention. */
export function explainText(
  dramaPosition: number,
  evidence: TextEvidence,
  index: { dramas: DramaRecord[]; songs: SongRecord[]; artists: ArtistRecord[]; people?: PersonCredit[][] },
): string[] {
  const lines: string[] = [];
  const singers = (song: SongRecord) => listOf(song.artists.map((artist) => index.artists[artist]!.name));
  // A singer who also acts is named once, as the singer.
  const artistsFound = new Set(
    evidence.names.flatMap((hit) => (hit.entity.kind === "artist" ? [hit.entity.artist] : [])),
  );
  for (const hit of evidence.names) {
    const entity = hit.entity;
    switch (entity.kind) {
      case "drama":
        lines.push(`Its title matches ${quoted(entity.name)}.`);
        break;
      case "song": {
        const song = index.songs[entity.song]!;
        lines.push(`Its song ${song.title} (${singers(song)}) matches ${quoted(hit.words.join(" "))}.`);
        break;
      }
      case "artist": {
        const artist = index.artists[entity.artist]!;
        const sung = index.songs.filter((song) => song.drama === dramaPosition && song.artists.includes(entity.artist));
        if (sung.length > 0) lines.push(`${artist.name} sings ${listOf(sung.map((song) => song.title))}.`);
        const acted = (index.people?.[dramaPosition] ?? []).some((person) => person.artist === entity.artist);
        if (acted) lines.push(`${artist.name} stars in it.`);
        break;
      }
      case "group": {
        for (const member of entity.artists) {
          const sung = index.songs.filter((song) => song.drama === dramaPosition && song.artists.includes(member));
          if (sung.length > 0) {
            lines.push(
              `${index.artists[member]!.name} of ${entity.name} sings ${listOf(sung.map((song) => song.title))}.`,
            );
          }
        }
        break;
      }
      case "person": {
        for (const credit of entity.credits.filter((credit) => credit.drama === dramaPosition)) {
          const person = index.people?.[dramaPosition]?.[credit.person];
          if (person?.artist !== undefined && artistsFound.has(person.artist)) continue;
          const name = person?.name ?? entity.name;
          lines.push(
            credit.role === "cast"
              ? `${name} stars in it.`
              : credit.role === "writer"
                ? `Written by ${name}.`
                : `Directed by ${name}.`,
          );
        }
        break;
      }
    }
  }
  const description = evidence.description;
  if (description) {
    if (description.genres.length > 0) {
      lines.push(`Genre: ${listOf(description.genres.map((genre) => genre.replaceAll("-", " ")))}.`);
    }
    const genreWords = new Set(description.genres.flatMap((genre) => genre.split("-")));
    const mentioned = description.words.filter((word) => !genreWords.has(word.toLowerCase()));
    if (mentioned.length > 0 || description.genres.length === 0) {
      lines.push(`Its profile mentions ${listOf((mentioned.length > 0 ? mentioned : description.words).map(quoted))}.`);
    }
  }
  return [...new Set(lines)];
}

/** How the words were read, for the top of the results: feelings turned into moods, words not found. */
export function explainReading(feelings: readonly FeelingHit[], unmatched: readonly string[]): string[] {
  const lines: string[] = [];
  if (feelings.length > 0) {
    lines.push(
      `We read ${listOf(feelings.map((feeling) => `${quoted(feeling.phrase)} as ${getMood(feeling.mood).name}`))}.`,
    );
  }
  if (unmatched.length > 0) {
    lines.push(`Nothing in the catalogue matches ${listOf(unmatched.map(quoted))}.`);
  }
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
