/**
 * The 1200 × 630 share images: layout as a satori element tree, and the title sizing that keeps any
 * title, Latin or Hangul, inside the card. Rendering (fonts, satori, resvg, the cache) lives in
 * src/integrations/og-images.ts; this module is pure so the fitting rules are unit-tested.
 */
import { coverDataUrl, type CoverInput } from "./cover";
import { getMood, type MoodSlug } from "../schemas/moods";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PADDING = 64;
const CONTENT_WIDTH = OG_WIDTH - 2 * PADDING;
/** The generated cover sits at the right, full height inside the padding. */
const COVER_SIZE = OG_HEIGHT - 2 * PADDING;
const COVER_GAP = 56;
/** Room the text has beside a cover. */
const CONTENT_WIDTH_WITH_COVER = CONTENT_WIDTH - COVER_SIZE - COVER_GAP;

/** What a share image shows; also the input its cache key is computed from. */
export interface OgCard {
  /** Small line above the title, e.g. "K-drama soundtrack match". */
  eyebrow: string;
  title: string;
  titleHangul?: string;
  /** Up to three moods, strongest first; the first one colours the card. */
  moods: MoodSlug[];
  /** One line under the moods (a mood's description, a drama's best-known song). */
  note?: string;
  /** The profile's generated cover (src/art/cover.ts), shown at the right. */
  cover?: CoverInput;
}

/** Approximate advance width of a character in ems for Noto Sans KR Bold. */
function charWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0x1100 && code <= 0xffdc && !(code >= 0x2000 && code <= 0x2bff)) return 1.0; // CJK / Hangul: full width
  if (character === " ") return 0.26;
  if (/[iljI.,:;'!|]/.test(character)) return 0.3;
  if (/[mwMW]/.test(character)) return 0.9;
  if (/[A-Z]/.test(character)) return 0.68;
  return 0.58;
}

/** Lines a text breaks into at a font size, greedily by word (Hangul words included). */
export function lineCount(text: string, fontSize: number, width = CONTENT_WIDTH): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let used = 0;
  const space = charWidth(" ") * fontSize;
  for (const word of words) {
    const wordWidth = [...word].reduce((sum, character) => sum + charWidth(character), 0) * fontSize;
    if (wordWidth > width) return Infinity; // a single word wider than the card cannot wrap: shrink instead
    if (used === 0) used = wordWidth;
    else if (used + space + wordWidth <= width) used += space + wordWidth;
    else {
      lines += 1;
      used = wordWidth;
    }
  }
  return lines;
}

/**
 * The largest font size (from `sizes`, largest first) at which the text fits in `maxLines` and, when
 * given, in `maxHeight` pixels at the title's line height.
 */
export function fitFontSize(
  text: string,
  maxLines: number,
  sizes: readonly number[],
  { width = CONTENT_WIDTH, maxHeight = Infinity } = {},
): number {
  for (const size of sizes) {
    const lines = lineCount(text, size, width);
    if (lines <= maxLines && lines * size * TITLE_LINE_HEIGHT <= maxHeight) return size;
  }
  return sizes[sizes.length - 1]!;
}

const TITLE_LINE_HEIGHT = 1.08;
const TITLE_SIZES = [96, 88, 80, 72, 64, 56, 50, 44, 40, 36] as const;
/** Height left for the title once the eyebrow, Hangul line, moods and footer have their room. */
const TITLE_MAX_HEIGHT = 220;
const HANGUL_SIZES = [52, 46, 40, 34, 30, 26] as const;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

/** The element tree satori renders. Text longer than any card allows is cut with an ellipsis. */
export function ogCardTree(card: OgCard): Node {
  const [first = "dreamy", second] = card.moods;
  const from = getMood(first).color.onLight;
  const to = getMood(second ?? first).color.onLight;
  const title = card.title.length > 120 ? `${card.title.slice(0, 117)}…` : card.title;
  const width = card.cover ? CONTENT_WIDTH_WITH_COVER : CONTENT_WIDTH;
  // Fitted a little narrower than the box beside a cover: the width estimate is approximate, and a fourth
  // line there would push the moods down.
  const titleSize = fitFontSize(title, 3, TITLE_SIZES, {
    width: card.cover ? width * 0.92 : width,
    maxHeight: TITLE_MAX_HEIGHT,
  });
  const hangul =
    card.titleHangul && card.titleHangul.length > 60 ? `${card.titleHangul.slice(0, 57)}…` : card.titleHangul;
  const hangulSize = hangul ? fitFontSize(hangul, 1, HANGUL_SIZES, { width }) : 0;
  const noteLimit = card.cover ? 60 : 70;
  const note = card.note && card.note.length > noteLimit ? `${card.note.slice(0, noteLimit - 3)}…` : (card.note ?? "");
  // satori sizes boxes without their padding, so the padding is a margin inside a full-size frame.
  const frame = {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    backgroundImage: `linear-gradient(135deg, ${from} 0%, ${to} 100%)`,
    color: "#ffffff",
    fontFamily: "Noto Sans KR",
  };
  const text = box({ flexGrow: 1, flexDirection: "column", justifyContent: "space-between", maxWidth: width }, [
    box({ flexDirection: "column", gap: 12 }, [
      box({ fontSize: 30, fontWeight: 400, opacity: 0.92 }, card.eyebrow),
      box(
        {
          fontSize: titleSize,
          fontWeight: 700,
          lineHeight: TITLE_LINE_HEIGHT,
          maxWidth: width,
          flexWrap: "wrap",
        },
        title,
      ),
      ...(hangul ? [box({ fontSize: hangulSize, fontWeight: 700, opacity: 0.95 }, hangul)] : []),
    ]),
    box({ flexDirection: "column", gap: 18 }, [
      box(
        { gap: 14, flexWrap: "wrap" },
        card.moods.slice(0, card.cover ? 2 : 3).map((slug) => {
          const mood = getMood(slug);
          return box(
            {
              padding: "6px 22px",
              borderRadius: 999,
              border: "3px solid rgba(255,255,255,0.9)",
              backgroundColor: "rgba(0,0,0,0.18)",
              fontSize: card.cover ? 26 : 30,
              fontWeight: 700,
            },
            `${mood.name} · ${mood.nameHangul}`,
          );
        }),
      ),
      box({ justifyContent: "space-between", alignItems: "flex-end", gap: 24 }, [
        box({ fontSize: 26, opacity: 0.92, maxWidth: card.cover ? width - 200 : 820 }, note),
        box({ fontSize: 30, fontWeight: 700, letterSpacing: 1 }, "Moodtrack"),
      ]),
    ]),
  ]);
  const cover = card.cover
    ? [
        {
          type: "img",
          props: {
            src: coverDataUrl(card.cover),
            width: COVER_SIZE,
            height: COVER_SIZE,
            style: { borderRadius: 28, boxShadow: "0 12px 40px rgba(0,0,0,0.35)" },
          },
        },
      ]
    : [];
  return box(frame, [box({ flexGrow: 1, margin: PADDING, gap: COVER_GAP }, [text, ...cover])]);
}
