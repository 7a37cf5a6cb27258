/**
 * Field builders shared by the profile schemas. Each profile field adds `.meta({ title, description })`:
 * its label and help text in the CMS form, which src/cms/config.ts generates from the schemas
 * (with `reference` naming the collection a slug field points to).
 * Every builder carries its own "expected …" message,
 * so a failing field always tells the editor what is allowed (see src/catalog/errors.ts, which
 * prefixes the file, the field path and what was found).
 */
import { z } from "astro/zod";
import { MIN_SOURCES } from "./editorial-rules";

/** Kebab-case ASCII: lowercase letters, digits and single hyphens. Used for file names and references. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Slugs no profile may take: the list pages keep their later pages at /dramas/page/<n>/ (likewise
 * /songs/, /artists/), so a profile named "page" would share its address's folder with them.
 */
export const RESERVED_SLUGS: readonly string[] = ["page"];

/** A reference to another profile by its slug; `example` is a real slug of that kind, shown in the message. */
export function slugField(what: string, example: string) {
  const message = `expected the slug of ${what} (kebab-case ASCII, e.g. "${example}")`;
  return z.string({ error: message }).regex(SLUG_PATTERN, { error: message });
}

export function textField(what: string, maxLength = 200) {
  const message = `expected ${what} (text, 1–${maxLength} characters)`;
  return z.string({ error: message }).trim().min(1, { error: message }).max(maxLength, { error: message });
}

/** At least one Hangul letter (jamo, compatibility jamo or syllable). */
export const HANGUL_PATTERN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

export function hangulField(what: string) {
  const message = `expected ${what} written in Hangul (e.g. "도깨비")`;
  return z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(200, { error: message })
    .regex(HANGUL_PATTERN, { error: message });
}

export function yearField(what: string) {
  const latest = new Date().getUTCFullYear() + 1;
  const message = `expected ${what} as a four-digit year between 1990 and ${latest}`;
  return z.int({ error: message }).min(1990, { error: message }).max(latest, { error: message });
}

export function urlField(what: string) {
  const message = `expected ${what} as a full https:// URL`;
  return z.url({ protocol: /^https?$/, error: message });
}

const sourcesMessage = `expected a list of at least ${MIN_SOURCES} source URL${MIN_SOURCES === 1 ? "" : "s"} (https://…)`;

/** At least MIN_SOURCES https URLs; where the profile's facts were checked. */
/**
 * Sites that host song lyrics: never a source (they copy lyrics without permission and rarely say
 * where their facts come from). Any host with "lyric" in its name counts, plus these.
 */
export const LYRIC_HOSTS = ["nomusica.com", "genius.com", "azlyrics.com", "musixmatch.com", "colorcodedlyrics.com"];

export function isLyricHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return /lyric/.test(host) || LYRIC_HOSTS.some((lyricHost) => host === lyricHost || host.endsWith(`.${lyricHost}`));
}

const lyricHostMessage = `expected a source that is not a lyrics site (any host with "lyric" in its name, or ${LYRIC_HOSTS.join(", ")}): cite a news, reference or music-service page instead`;

/** A URL where a fact was checked: any https page but a lyrics site. */
export function sourceUrlField(what: string) {
  return urlField(what).refine((url) => !isLyricHost(url), { error: lyricHostMessage });
}

export const sourcesField = z
  .array(sourceUrlField("a source"), { error: sourcesMessage })
  .min(MIN_SOURCES, { error: sourcesMessage });

function toIsoDay(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * A calendar day written YYYY-MM-DD. YAML turns unquoted dates into Date objects and quoted ones
 * into strings; both normalise to the same "YYYY-MM-DD" string so the rest of the code sees one shape.
 */
export function dayField(what: string, { notInFuture = false } = {}) {
  const message = `expected ${what} as a date written YYYY-MM-DD${notInFuture ? ", not in the future" : ""}`;
  return z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], { error: message })
    .transform(toIsoDay)
    .refine((day) => !Number.isNaN(Date.parse(day)), { error: message })
    .refine((day) => !notInFuture || day <= new Date().toISOString().slice(0, 10), {
      error: message,
    });
}

export function enumField<const Values extends readonly [string, ...string[]]>(what: string, values: Values) {
  return z.enum(values, { error: `expected ${what}: one of ${values.join(", ")}` });
}

export function enumListField<const Values extends readonly [string, ...string[]]>(
  what: string,
  values: Values,
  { min = 0, max }: { min?: number; max?: number } = {},
) {
  const message = `expected a list of ${what}${min > 0 ? ` (at least ${min})` : ""}, each one of ${values.join(", ")}`;
  const list = z
    .array(z.enum(values, { error: `expected one of ${values.join(", ")}` }), { error: message })
    .min(min, { error: message });
  return max === undefined ? list : list.max(max, { error: `expected at most ${max} ${what}` });
}
