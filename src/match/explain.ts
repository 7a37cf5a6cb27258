/**
 * Explanations: the plain sentences a result shows under "why this matches", from the same numbers
 * the score used, so what the page says and how it ranked never disagree.
 */
import type { EnergyChoice } from "./answers";
import { MOOD_SLUGS, getMood, type MoodSlug } from "../schemas/moods";
import type { ArtistRecord, DramaRecord, PersonCredit, SongRecord, TagRecord, TextIndexData } from "./index-format";
import type { DramaMoodFit, MoodQuery } from "./mood-fit";
import type { Evidence } from "./reading/text-evidence";
import { descriptionTerm } from "./text-fields";
import { fillerKind } from "./reading/filler";
import type { NameHit, QueryReading } from "./reading/text-reader";

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

/** What the words found in this drama, naming the layer: a title, a singer, a person, a tag, a mention. */
export function explainText(
  dramaPosition: number,
  evidence: Evidence,
  reading: QueryReading,
  index: { dramas: DramaRecord[]; songs: SongRecord[]; artists: ArtistRecord[] },
  text: TextIndexData,
  /** The editor's reason for the drama's n-th tag, once its details are here. */
  tagWhy: (drama: number, nth: number) => string | undefined = () => undefined,
): string[] {
  const lines = evidence.names.flatMap((hit) => explainName(dramaPosition, hit, reading, index, text.people, evidence));
  for (const { like, reason } of evidence.alike) {
    if (like.entity.kind !== "drama") continue;
    lines.push(`Like ${index.dramas[like.entity.drama]!.title}: ${reason}`);
  }
  const tagged = text.dramaTags[dramaPosition] ?? [];
  for (const hit of evidence.tags) {
    const tag = text.tags[hit.tag]!;
    const why = tagWhy(dramaPosition, tagged.indexOf(hit.tag));
    lines.push(why ? `Tagged ${tag.name.toLowerCase()}: ${why}` : `Tagged ${tag.name.toLowerCase()}.`);
  }
  // Words already explained by a name or a tag are not repeated as mentions.
  const explained = new Set([...evidence.names, ...evidence.tags].flatMap((hit) => hit.positions));
  const unexplained = [...new Set(evidence.mentions)].filter((position) => !explained.has(position));
  const genres = (text.genres[dramaPosition] ?? []).filter((genre) =>
    unexplained.some((position) => sameTerm(reading.words[position]!.norm, genre)),
  );
  if (genres.length > 0) lines.push(`Genre: ${listOf(genres.map((genre) => genre.replaceAll("-", " ")))}.`);
  const mentioned = unexplained
    .filter((position) => !genres.some((genre) => sameTerm(reading.words[position]!.norm, genre)))
    .map((position) => {
      // A misspelt word is quoted as we read it, since the introduction has the right spelling; one
      // only the full text found, by a close spelling, is said to be close.
      const typed = reading.words[position]!.typed;
      const corrected = reading.corrections.find((correction) => correction.typed === typed)?.as;
      if (corrected) return quoted(corrected);
      return reading.nearWords.includes(position) ? `a word like ${quoted(typed)}` : quoted(typed);
    });
  if (mentioned.length > 0) lines.push(`Our introduction mentions ${listOf(mentioned)}.`);
  return [...new Set(lines)];
}

function explainName(
  dramaPosition: number,
  hit: NameHit,
  reading: QueryReading,
  index: { songs: SongRecord[]; artists: ArtistRecord[] },
  people: readonly PersonCredit[][],
  evidence: Evidence,
): string[] {
  const entity = hit.entity;
  const singers = (song: SongRecord) => listOf(song.artists.map((artist) => index.artists[artist]!.name));
  const songsBy = (artist: number) =>
    index.songs.filter((song) => song.drama === dramaPosition && song.artists.includes(artist));
  switch (entity.kind) {
    // Names are named, not quoted: a title's own small words ("The", "of") are not reasons.
    case "drama":
      return [`You named it: ${entity.name}.`];
    case "song": {
      const song = index.songs[entity.song]!;
      if (hit.quality === 1) return [`You named its song ${song.title} (${singers(song)}).`];
      const shared = hit.positions.map((position) => reading.words[position]!).filter((word) => !fillerKind(word.norm));
      return [`Its song ${song.title} (${singers(song)}) shares ${listOf(shared.map((word) => quoted(word.typed)))}.`];
    }
    case "artist": {
      const artist = index.artists[entity.artist]!;
      const sung = songsBy(entity.artist);
      const acted = (people[dramaPosition] ?? []).some((person) => person.artist === entity.artist);
      return [
        ...(sung.length > 0 ? [`${artist.name} sings ${listOf(sung.map((song) => song.title))}.`] : []),
        ...(acted ? [`${artist.name} stars in it.`] : []),
      ];
    }
    case "group":
      return entity.artists.flatMap((member) => {
        const sung = songsBy(member);
        return sung.length > 0
          ? [`${index.artists[member]!.name} of ${entity.name} sings ${listOf(sung.map((song) => song.title))}.`]
          : [];
      });
    case "person": {
      // A singer who also acts is named once, as the singer.
      const singersFound = new Set(
        evidence.names.flatMap((other) => (other.entity.kind === "artist" ? [other.entity.artist] : [])),
      );
      // Several people found by one shared name ("Hong sisters") make one line per role.
      const namesByRole = new Map<string, string[]>();
      let sharedName: string | undefined;
      for (const credit of entity.credits.filter((candidate) => candidate.drama === dramaPosition)) {
        const person = people[dramaPosition]?.[credit.person];
        if (person?.artist !== undefined && singersFound.has(person.artist)) continue;
        if (person?.alsoKnownAs?.includes(entity.name)) sharedName = entity.name;
        namesByRole.set(credit.role, [...(namesByRole.get(credit.role) ?? []), person?.name ?? entity.name]);
      }
      return [...namesByRole].map(([role, names]) => {
        const who = listOf(names) + (sharedName ? ` (${sharedName})` : "");
        return role === "cast"
          ? `${who} ${names.length > 1 ? "star" : "stars"} in it.`
          : role === "writer"
            ? `Written by ${who}.`
            : `Directed by ${who}.`;
      });
    }
  }
}

/**
 * How the words were read, for the top of the results: feelings turned into moods, typos read as
 * another word, tags recognised, filler ignored, words that matched nothing.
 */
export function explainReading(
  reading: QueryReading,
  tags: readonly TagRecord[],
  carried: ReadonlySet<number>,
): string[] {
  const lines: string[] = [];
  const tagNames = [...new Set(reading.tags.map((hit) => tags[hit.tag]!.name.toLowerCase()))];
  if (tagNames.length > 0) {
    lines.push(`We read ${listOf(tagNames.map(quoted))} as ${tagNames.length === 1 ? "a story tag" : "story tags"}.`);
  }
  const untagged = [
    ...new Set(reading.tags.filter((hit) => !carried.has(hit.tag)).map((hit) => tags[hit.tag]!.name.toLowerCase())),
  ];
  if (untagged.length > 0) lines.push(`No drama here carries ${listOf(untagged.map(quoted))} yet.`);
  if (reading.feelings.length > 0) {
    lines.push(
      `We read ${listOf(reading.feelings.map((feeling) => `${quoted(feeling.phrase)} as ${getMood(feeling.mood).name}`))}.`,
    );
  }
  if (reading.corrections.length > 0) {
    lines.push(`We took ${listOf(reading.corrections.map((fix) => `${quoted(fix.typed)} as ${quoted(fix.as)}`))}.`);
  }
  if (reading.unmatched.length > 0) {
    lines.push(`Nothing in the catalogue matches ${listOf(reading.unmatched.map(quoted))}.`);
  }
  const unique = (words: { typed: string }[]) => [...new Set(words.map((word) => word.typed.toLowerCase()))];
  const filler = unique(reading.ignored.filter((word) => word.kind !== "common"));
  if (filler.length > 0) {
    lines.push(
      `We left out ${listOf(filler.map(quoted))}: ${filler.length === 1 ? "it says" : "they say"} nothing about a story.`,
    );
  }
  const common = unique(reading.ignored.filter((word) => word.kind === "common"));
  if (common.length > 0) {
    lines.push(
      `We left out ${listOf(common.map(quoted))}: too many of our dramas share ${common.length === 1 ? "it" : "them"} to tell them apart.`,
    );
  }
  return lines;
}

/** Whether a query word names a genre, or one word of it ("romantic" of romantic-comedy), in any form. */
function sameTerm(word: string, genre: string): boolean {
  const term = descriptionTerm(word);
  return !!term && genre.split("-").some((part) => descriptionTerm(part) === term);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
