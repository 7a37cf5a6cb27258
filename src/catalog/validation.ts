/**
 * Validates every profile and the links between them. The content layer's loader
 * (src/catalog/loader.ts) reads the files and hands them here; Astro alone would check each entry
 * against its schema but not that references exist, that every drama has a song, that titles are
 * unique or that no template placeholder is left, and it would stop at the first problem. This
 * module does all of it and reports every problem, each with file, field, what was found and what is
 * allowed (and the likely intended name for a near miss).
 */
import { z } from "astro/zod";
import { artistSchema, type ArtistData } from "../schemas/artist";
import type { CollectionName } from "../schemas/collections";
import { dramaSchema, type DramaData } from "../schemas/drama";
import { RESERVED_SLUGS, SLUG_PATTERN } from "../schemas/fields";
import { songSchema, type SongData } from "../schemas/song";
import {
  describeFound,
  formatCheckFailure,
  formatSchemaIssue,
  nearestName,
  suggestionFor,
  type SchemaIssue,
} from "./errors";
import { MIN_SONGS_PER_DRAMA } from "../schemas/editorial-rules";
import { findPlaceholder } from "./profile-template";

/** One profile as read from disk: frontmatter already parsed from YAML. */
export interface ProfileSource {
  collection: CollectionName;
  /** Path relative to the project root, used in every message. */
  file: string;
  /** The file name without `.mdx`. */
  slug: string;
  data: unknown;
  /** The MDX body, checked for leftover template text. */
  body?: string;
  /** The file line the body starts on. */
  bodyLine?: number;
  /**
   * The file could not be read (bad YAML; its problem is reported already). It still exists, so
   * links to it are not reported a second time.
   */
  unread?: boolean;
}

export interface ValidatedCatalog {
  dramas: Map<string, DramaData>;
  songs: Map<string, SongData>;
  artists: Map<string, ArtistData>;
}

export interface ValidationResult {
  problems: string[];
  catalog: ValidatedCatalog;
}

interface SafeParser<Output> {
  safeParse(
    data: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** The fields a profile may have: the top-level properties of the schema's input side. */
function knownFieldsOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: object };
  return Object.keys(json.properties ?? {});
}

const schemas = {
  dramas: dramaSchema as unknown as SafeParser<DramaData>,
  songs: songSchema as unknown as SafeParser<SongData>,
  artists: artistSchema as unknown as SafeParser<ArtistData>,
};

const knownFields = {
  dramas: knownFieldsOf(dramaSchema),
  songs: knownFieldsOf(songSchema),
  artists: knownFieldsOf(artistSchema),
};

export function validateCatalog(sources: readonly ProfileSource[]): ValidationResult {
  const problems: string[] = [];
  const catalog: ValidatedCatalog = { dramas: new Map(), songs: new Map(), artists: new Map() };
  const fileOf = new Map<string, string>();

  const ordered = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  for (const source of ordered) {
    if (!SLUG_PATTERN.test(source.slug)) {
      problems.push(
        formatCheckFailure(
          source.file,
          "(file name)",
          describeFound(source.slug),
          'expected a kebab-case ASCII slug such as "hotel-del-luna.mdx"',
        ),
      );
      continue;
    }
    if (RESERVED_SLUGS.includes(source.slug)) {
      problems.push(
        formatCheckFailure(
          source.file,
          "(file name)",
          describeFound(source.slug),
          `expected a slug other than ${RESERVED_SLUGS.map((slug) => `"${slug}"`).join(", ")}: /${source.collection}/page/ holds the list's later pages`,
        ),
      );
      continue;
    }
    const key = `${source.collection}/${source.slug}`;
    if (fileOf.has(key)) {
      problems.push(
        formatCheckFailure(
          source.file,
          "(file name)",
          describeFound(source.slug),
          `expected a slug not already used by ${fileOf.get(key)}`,
        ),
      );
      continue;
    }
    fileOf.set(key, source.file);
    if (source.unread) continue;
    const result = schemas[source.collection].safeParse(source.data);
    const issues = result.success ? [] : result.error.issues;
    for (const issue of issues) {
      problems.push(
        ...formatSchemaIssue(issue, {
          file: source.file,
          data: source.data,
          knownFields: knownFields[source.collection],
        }),
      );
    }
    // Placeholders in fields the schema already reported are not named twice.
    const reported = issues.map((issue) => issue.path.map(String).join("."));
    const placeholders = placeholderProblems(source, reported);
    problems.push(...placeholders);
    if (result.success && placeholders.length === 0) {
      (catalog[source.collection] as Map<string, unknown>).set(source.slug, result.data);
    }
  }

  problems.push(...crossCheck(catalog, fileOf, ordered));
  return { problems, catalog };
}

/** A song's links as written, read from its raw data so a song with another mistake is checked too. */
function linksOf(source: ProfileSource): { drama?: string; artists: (string | undefined)[] } {
  const data = (source.data ?? {}) as { drama?: unknown; artists?: unknown };
  const slug = (value: unknown) => (typeof value === "string" && SLUG_PATTERN.test(value) ? value : undefined);
  return { drama: slug(data.drama), artists: Array.isArray(data.artists) ? data.artists.map(slug) : [] };
}

const placeholderExpected = "expected our own words in place of the template's placeholder";

/** Template text left in any field or in the body: the schemas accept it as text, so look for it. */
function placeholderProblems(source: ProfileSource, reportedPaths: readonly string[]): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string[]) => {
    const at = path.join(".");
    if (reportedPaths.some((reported) => at === reported || at.startsWith(`${reported}.`))) return;
    if (typeof value === "string") {
      if (findPlaceholder(value)) {
        problems.push(formatCheckFailure(source.file, path.join("."), describeFound(value), placeholderExpected));
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  const lines = (source.body ?? "").split(/\r?\n/);
  const at = lines.findIndex((line) => findPlaceholder(line));
  if (at >= 0) {
    const where = source.bodyLine === undefined ? "" : ` on line ${source.bodyLine + at}`;
    problems.push(
      formatCheckFailure(
        source.file,
        "(body)",
        `the template's placeholder ${describeFound(lines[at]!.trim())}${where}`,
        placeholderExpected,
      ),
    );
  }
  return problems;
}

/** What the cross-checks need to know about the files that were read. */
interface Files {
  /** Whether `collection/slug` was read (valid or not). */
  has(collection: CollectionName, slug: string): boolean;
  /** The path of `collection/slug`, for messages. */
  file(collection: CollectionName, slug: string): string;
  dramaSlugs: string[];
  artistSlugs: string[];
}

function filesOf(fileOf: Map<string, string>): Files {
  const slugsOf = (collection: CollectionName) =>
    [...fileOf.keys()].filter((key) => key.startsWith(`${collection}/`)).map((key) => key.slice(collection.length + 1));
  return {
    has: (collection, slug) => fileOf.has(`${collection}/${slug}`),
    file: (collection, slug) => fileOf.get(`${collection}/${slug}`) ?? `src/content/${collection}/${slug}.mdx`,
    dramaSlugs: slugsOf("dramas"),
    artistSlugs: slugsOf("artists"),
  };
}

/** A link to a profile that does not exist, with the likely intended slug. */
function missingLink(file: string, field: string, slug: string, kind: "drama" | "artist", known: string[]): string {
  return formatCheckFailure(
    file,
    field,
    describeFound(slug),
    `expected the slug of an existing ${kind} (there is no src/content/${kind}s/${slug}.mdx)` +
      suggestionFor(slug, known),
  );
}

/** A drama's cast member who sings in the catalogue must name an existing artist. */
function castLinkProblems(catalog: ValidatedCatalog, files: Files): string[] {
  return [...catalog.dramas].flatMap(([slug, drama]) =>
    (drama.cast ?? []).flatMap((person, index) =>
      person.artist !== undefined && !files.has("artists", person.artist)
        ? [missingLink(files.file("dramas", slug), `cast.${index}.artist`, person.artist, "artist", files.artistSlugs)]
        : [],
    ),
  );
}

/**
 * A song's drama and singers must exist, each singer named once. Links are checked for every song
 * that was read, valid or not, so all problems show at once; a song that failed its schema still
 * counts as its drama's song. Returns the problems and how many songs name each drama.
 */
function songLinkProblems(sources: readonly ProfileSource[], fileOf: Map<string, string>, files: Files) {
  const problems: string[] = [];
  const songsNamingDrama = new Map<string, number>();
  for (const source of sources) {
    if (source.collection !== "songs" || source.unread || fileOf.get(`songs/${source.slug}`) !== source.file) continue;
    const { drama, artists } = linksOf(source);
    if (drama !== undefined) {
      // A near miss counts for the drama it was meant for: one mistake, one message.
      const meant = files.has("dramas", drama) ? drama : (nearestName(drama, files.dramaSlugs) ?? drama);
      songsNamingDrama.set(meant, (songsNamingDrama.get(meant) ?? 0) + 1);
      if (!files.has("dramas", drama))
        problems.push(missingLink(source.file, "drama", drama, "drama", files.dramaSlugs));
    }
    artists.forEach((artist, index) => {
      if (artist !== undefined && !files.has("artists", artist)) {
        problems.push(missingLink(source.file, `artists.${index}`, artist, "artist", files.artistSlugs));
      }
    });
    const named = artists.filter((artist) => artist !== undefined);
    if (new Set(named).size !== named.length) {
      problems.push(formatCheckFailure(source.file, "artists", "the same artist twice", "expected each artist once"));
    }
  }
  return { problems, songsNamingDrama };
}

/** Every drama needs MIN_SONGS_PER_DRAMA songs (a drama is found through its soundtrack). */
function songCountProblems(catalog: ValidatedCatalog, songsNamingDrama: Map<string, number>, files: Files): string[] {
  return [...catalog.dramas.keys()].flatMap((slug) => {
    const count = songsNamingDrama.get(slug) ?? 0;
    if (count >= MIN_SONGS_PER_DRAMA) return [];
    return [
      formatCheckFailure(
        files.file("dramas", slug),
        "(songs)",
        count === 0 ? "no song" : `${count} song${count === 1 ? "" : "s"}`,
        `expected at least ${MIN_SONGS_PER_DRAMA === 1 ? "one song" : `${MIN_SONGS_PER_DRAMA} songs`} in src/content/songs/ with drama: ${slug}`,
      ),
    ];
  });
}

/** Titles of dramas, titles of songs within a drama and names of artists are unique. */
function uniquenessProblems(catalog: ValidatedCatalog, files: Files): string[] {
  return [
    ...duplicates(
      catalog.dramas,
      (drama) => drama.title,
      "title",
      (slug) => files.file("dramas", slug),
    ),
    ...duplicates(
      catalog.songs,
      (song) => `${song.title}\u0000${song.drama}`,
      "title",
      (slug) => files.file("songs", slug),
      (song) => song.title,
    ),
    ...duplicates(
      catalog.artists,
      (artist) => artist.name,
      "name",
      (slug) => files.file("artists", slug),
    ),
  ];
}

/** The checks across profiles, in the order their problems are listed. */
function crossCheck(
  catalog: ValidatedCatalog,
  fileOf: Map<string, string>,
  sources: readonly ProfileSource[],
): string[] {
  const files = filesOf(fileOf);
  const songs = songLinkProblems(sources, fileOf, files);
  return [
    ...castLinkProblems(catalog, files),
    ...songs.problems,
    ...songCountProblems(catalog, songs.songsNamingDrama, files),
    ...uniquenessProblems(catalog, files),
  ];
}

function duplicates<Data>(
  entries: Map<string, Data>,
  keyOf: (data: Data) => string,
  field: string,
  fileOfSlug: (slug: string) => string,
  shownOf: (data: Data) => string = keyOf,
): string[] {
  const firstSlugByKey = new Map<string, string>();
  const problems: string[] = [];
  for (const slug of [...entries.keys()].sort()) {
    const data = entries.get(slug)!;
    const key = keyOf(data).toLocaleLowerCase("en");
    const first = firstSlugByKey.get(key);
    if (first === undefined) firstSlugByKey.set(key, slug);
    else {
      problems.push(
        formatCheckFailure(
          fileOfSlug(slug),
          field,
          describeFound(shownOf(data)),
          `expected a ${field} not already used by ${fileOfSlug(first)}`,
        ),
      );
    }
  }
  return problems;
}
