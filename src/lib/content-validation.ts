/**
 * Validates every profile and the links between them, before Astro builds a page. Astro checks each
 * entry against its schema but not that references exist, that every drama has a song, or that
 * titles are unique; this module does all of it and reports every problem in one message.
 */
import { artistSchema, type ArtistData } from "../schemas/artist";
import { dramaSchema, type DramaData } from "../schemas/drama";
import { SLUG_PATTERN } from "../schemas/fields";
import { songSchema, type SongData } from "../schemas/song";
import { describeFound, formatCheckFailure, formatSchemaIssue, type SchemaIssue } from "./content-errors";

export const COLLECTIONS = ["dramas", "songs", "artists"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** One profile as read from disk: frontmatter already parsed from YAML. */
export interface ProfileSource {
  collection: CollectionName;
  /** Path relative to the project root, used in every message. */
  file: string;
  /** The file name without `.mdx`. */
  slug: string;
  data: unknown;
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

function knownFieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

const schemas = {
  dramas: dramaSchema as unknown as SafeParser<DramaData>,
  songs: songSchema as unknown as SafeParser<SongData>,
  artists: artistSchema as unknown as SafeParser<ArtistData>,
};

const knownFields = {
  // dramaSchema is wrapped by superRefine, so read the shape of the inner object.
  dramas: knownFieldsOf((dramaSchema as unknown as { def: { in?: unknown } }).def.in ?? dramaSchema),
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
    const result = schemas[source.collection].safeParse(source.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(
          ...formatSchemaIssue(issue, {
            file: source.file,
            data: source.data,
            knownFields: knownFields[source.collection],
          }),
        );
      }
      continue;
    }
    (catalog[source.collection] as Map<string, unknown>).set(source.slug, result.data);
  }

  // A song that failed its schema still counts as its drama's song: one mistake, one message.
  const dramasNamedBySongs = new Set(
    sources.flatMap((source) => {
      const drama = (source.data as { drama?: unknown } | null)?.drama;
      return source.collection === "songs" && typeof drama === "string" ? [drama] : [];
    }),
  );
  problems.push(...crossCheck(catalog, fileOf, dramasNamedBySongs));
  return { problems, catalog };
}

function crossCheck(catalog: ValidatedCatalog, fileOf: Map<string, string>, dramasNamedBySongs: Set<string>): string[] {
  const problems: string[] = [];
  const file = (collection: CollectionName, slug: string) =>
    fileOf.get(`${collection}/${slug}`) ?? `src/content/${collection}/${slug}.mdx`;

  for (const [slug, drama] of catalog.dramas) {
    (drama.cast ?? []).forEach((person, index) => {
      if (person.artist !== undefined && !fileOf.has(`artists/${person.artist}`)) {
        problems.push(
          formatCheckFailure(
            file("dramas", slug),
            `cast.${index}.artist`,
            describeFound(person.artist),
            `expected the slug of an existing artist (there is no src/content/artists/${person.artist}.mdx)`,
          ),
        );
      }
    });
  }

  for (const [slug, song] of catalog.songs) {
    if (!fileOf.has(`dramas/${song.drama}`)) {
      problems.push(
        formatCheckFailure(
          file("songs", slug),
          "drama",
          describeFound(song.drama),
          `expected the slug of an existing drama (there is no src/content/dramas/${song.drama}.mdx)`,
        ),
      );
    }
    song.artists.forEach((artist, index) => {
      if (!fileOf.has(`artists/${artist}`)) {
        problems.push(
          formatCheckFailure(
            file("songs", slug),
            `artists.${index}`,
            describeFound(artist),
            `expected the slug of an existing artist (there is no src/content/artists/${artist}.mdx)`,
          ),
        );
      }
    });
    if (new Set(song.artists).size !== song.artists.length) {
      problems.push(
        formatCheckFailure(file("songs", slug), "artists", "the same artist twice", "expected each artist once"),
      );
    }
  }

  for (const [slug, drama] of catalog.dramas) {
    if (!dramasNamedBySongs.has(slug)) {
      problems.push(
        formatCheckFailure(
          file("dramas", slug),
          "(songs)",
          "no song",
          `expected at least one song in src/content/songs/ with drama: ${slug}`,
        ),
      );
    }
  }

  problems.push(
    ...duplicates(
      catalog.dramas,
      (drama) => drama.title,
      "title",
      (slug) => file("dramas", slug),
    ),
    ...duplicates(
      catalog.songs,
      (song) => `${song.title}\u0000${song.drama}`,
      "title",
      (slug) => file("songs", slug),
      (song) => song.title,
    ),
    ...duplicates(
      catalog.artists,
      (artist) => artist.name,
      "name",
      (slug) => file("artists", slug),
    ),
  );
  return problems;
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
