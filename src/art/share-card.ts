/**
 * The 1200 × 630 share images: the layout as a Takumi node tree, and the fitting that keeps every text,
 * Latin or Hangul, inside the card. Sizes are chosen with the renderer's own layout (a `Measure`
 * function, Takumi's `Renderer.measure` in the build), never with estimated glyph widths, so what is
 * measured is exactly what is drawn. Pure: rendering, fonts and the cache live in src/art/share-images/.
 */
import type { MeasuredNode, Node } from "@takumi-rs/core";

/** A node's CSS, as Takumi types it. */
type Style = NonNullable<Node["style"]>;
import { coverDataUrl, type CoverInput } from "./cover";
import { getMood, type MoodSlug } from "../schemas/moods";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PADDING = 64;
const CONTENT_WIDTH = OG_WIDTH - 2 * PADDING;
const CONTENT_HEIGHT = OG_HEIGHT - 2 * PADDING;
/** The generated cover sits at the right, full height inside the padding. */
const COVER_SIZE = CONTENT_HEIGHT;
const COVER_GAP = 56;
/** Room the text has beside a cover. */
const CONTENT_WIDTH_WITH_COVER = CONTENT_WIDTH - COVER_SIZE - COVER_GAP;
/** The space between the eyebrow, the title and the Hangul title. */
const TOP_GAP = 12;
/** The least space kept between the title block and the moods below it. */
const MIN_GAP = 16;
const ELLIPSIS = "…";

/** What a share image shows; also the input its cache key is computed from. */
export interface OgCard {
  /** Small line above the title, e.g. "K-drama · 2016 · tvN". */
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

/** Lays out a node tree as the renderer would draw it: Takumi's `Renderer.measure`. */
export type Measure = (node: Node) => Promise<MeasuredNode>;

/** How one text may be set: sizes to try (largest first), at most `maxLines` lines, `width` wide. */
export interface FitRule {
  sizes: readonly number[];
  maxLines: number;
  width: number;
  /** The text's height may not pass this (the title shares the card's height with the rest). */
  maxHeight?: number;
  weight: 400 | 700;
  lineHeight: number;
}

/** A text as it will be drawn: its (possibly shortened) words and its size. */
export interface FittedText {
  text: string;
  size: number;
  /** True when even the smallest size could not hold the whole text, so it ends with "…". */
  truncated: boolean;
}

/** How a text sits at a size: its lines, its height, and whether any word runs past the width. */
export interface TextLayout {
  lines: number;
  height: number;
  overflows: boolean;
}
export type LayoutText = (text: string, size: number) => Promise<TextLayout>;

const fits = (layout: TextLayout, rule: FitRule) =>
  !layout.overflows && layout.lines <= rule.maxLines && layout.height <= (rule.maxHeight ?? Infinity) + 0.5;

/**
 * The largest size in `rule.sizes` at which all of `text` fits. When none does, the smallest size and
 * the longest start of the text that fits with "…" after it: cut after a whole word when the first
 * word fits, else inside the first word. Longer starts never take fewer lines, so a binary search
 * over the cut points finds the longest.
 */
export async function fitText(text: string, rule: FitRule, layout: LayoutText): Promise<FittedText> {
  const whole = text.trim().replace(/\s+/g, " ");
  for (const size of rule.sizes) {
    if (fits(await layout(whole, size), rule)) return { text: whole, size, truncated: false };
  }
  const size = rule.sizes[rule.sizes.length - 1]!;
  const shortened = (cut: string) => `${cut.replace(/[\s,.:;·–—-]+$/u, "")}${ELLIPSIS}`;
  const longestFitting = async (cuts: string[]) => {
    let low = 0;
    let high = cuts.length - 1;
    let best: string | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (fits(await layout(shortened(cuts[middle]!), size), rule)) {
        best = cuts[middle];
        low = middle + 1;
      } else high = middle - 1;
    }
    return best;
  };
  const words = whole.split(" ");
  // Starts that end after a whole word: "Goblin", "Goblin (Guardian:", …, all but the last word.
  const wordCuts = words.slice(0, -1).map((_, index) => words.slice(0, index + 1).join(" "));
  const byWord = await longestFitting(wordCuts);
  if (byWord !== undefined) return { text: shortened(byWord), size, truncated: true };
  const characters = [...words[0]!];
  const characterCuts = characters.slice(0, -1).map((_, index) => characters.slice(0, index + 1).join(""));
  const byCharacter = await longestFitting(characterCuts);
  return { text: shortened(byCharacter ?? ""), size, truncated: true };
}

/** One text node's style: shared by the measuring and the drawing, so both see the same box. */
function textStyle(rule: FitRule, size: number): Style {
  return {
    width: rule.width,
    fontSize: size,
    fontWeight: rule.weight,
    lineHeight: rule.lineHeight,
    // Korean words stay whole, as a Korean reader expects; lines break between words only.
    wordBreak: "keep-all",
  };
}

const textNode = (text: string, style: Style): Node => ({ type: "text", text, style });
const spaceWidthsOf = new WeakMap<Measure, Map<string, Promise<number>>>();

/**
 * A `LayoutText` from the renderer's own layout. A word wider than the box does not wrap (Korean words
 * included, `keep-all`): it shows as a run whose right edge passes the width, not counting the one
 * trailing space a line may hang past its edge.
 */
export function layoutWith(measure: Measure, rule: FitRule, fontFamily: string): LayoutText {
  // A space's width per font, weight and size, measured once for all the cards a renderer fits.
  const known = spaceWidthsOf.get(measure) ?? new Map<string, Promise<number>>();
  spaceWidthsOf.set(measure, known);
  const spaceWidth = (size: number) => {
    const key = `${fontFamily}/${rule.weight}/${size}`;
    if (!known.has(key)) {
      const style = { fontFamily, fontSize: size, fontWeight: rule.weight, whiteSpace: "nowrap" };
      known.set(
        key,
        Promise.all([measure(textNode("x x", style)), measure(textNode("xx", style))]).then(
          ([spaced, joined]) => spaced.width - joined.width,
        ),
      );
    }
    return known.get(key)!;
  };
  return async (text, size) => {
    const measured = await measure(textNode(text, { fontFamily, ...textStyle(rule, size) }));
    const space = await spaceWidth(size);
    const overflows = measured.runs.some((run) => {
      const trailing = /\s+$/.exec(run.text)?.[0].length ?? 0;
      return run.x + run.width - trailing * space > rule.width + 0.5;
    });
    return { lines: Math.round(measured.height / (size * rule.lineHeight)), height: measured.height, overflows };
  };
}

const FONT_FAMILY = "Noto Sans KR";
const TITLE_LINE_HEIGHT = 1.08;
const TITLE_SIZES = [96, 88, 80, 72, 64, 56, 50, 44, 40, 36] as const;
/** The tallest a title may be, even when the rest of the card leaves more room. */
const TITLE_MAX_HEIGHT = 220;
const HANGUL_SIZES = [52, 46, 40, 34, 30, 26] as const;
const EYEBROW_SIZE = 30;
const NOTE_SIZE = 26;
const LINE_HEIGHT = 1.3;

/** Every text of a card as it will be drawn. */
export interface FittedCard {
  eyebrow: FittedText;
  title: FittedText;
  titleHangul?: FittedText;
  note?: FittedText;
}

/** The rules a card's texts are fitted by; the title's height is settled in fitCard. */
function rulesFor(card: OgCard) {
  const width = card.cover ? CONTENT_WIDTH_WITH_COVER : CONTENT_WIDTH;
  const oneLine = (size: number, lineWidth: number, weight: 400 | 700): FitRule => ({
    sizes: [size],
    maxLines: 1,
    width: lineWidth,
    weight,
    lineHeight: LINE_HEIGHT,
  });
  return {
    width,
    eyebrow: oneLine(EYEBROW_SIZE, width, 400),
    title: {
      sizes: TITLE_SIZES,
      maxLines: 3,
      width,
      maxHeight: TITLE_MAX_HEIGHT,
      weight: 700,
      lineHeight: TITLE_LINE_HEIGHT,
    } satisfies FitRule,
    titleHangul: { ...oneLine(HANGUL_SIZES[0], width, 700), sizes: HANGUL_SIZES },
    // The note shares its row with the "Moodtrack" name at the right: two lines where a cover narrows it.
    note: { ...oneLine(NOTE_SIZE, width - 200, 400), maxLines: card.cover ? 2 : 1 },
  };
}

/**
 * Fits every text of a card with the renderer's layout: the eyebrow and Hangul title on one line each,
 * the note on one (two beside a cover), then the title in up to three lines in the height the rest of the card leaves it (measured
 * from the card drawn without a title). `truncated` on a result means the build should say so.
 */
export async function fitCard(card: OgCard, measure: Measure): Promise<FittedCard> {
  const rules = rulesFor(card);
  const fit = (text: string, rule: FitRule) => fitText(text, rule, layoutWith(measure, rule, FONT_FAMILY));
  const [eyebrow, titleHangul, note] = await Promise.all([
    fit(card.eyebrow, rules.eyebrow),
    card.titleHangul ? fit(card.titleHangul, rules.titleHangul) : undefined,
    card.note ? fit(card.note, rules.note) : undefined,
  ]);
  const rest = { eyebrow, ...(titleHangul ? { titleHangul } : {}), ...(note ? { note } : {}) };
  // The card without its title: the title will add itself and one more gap to the top block.
  const { top, bottom } = columnParts(await measure(ogCardTree(card, rest, { forLayout: true })));
  const room = CONTENT_HEIGHT - top.height - TOP_GAP - bottom.height - MIN_GAP;
  const title = await fit(card.title, { ...rules.title, maxHeight: Math.min(TITLE_MAX_HEIGHT, room) });
  return { ...rest, title };
}

/** The text column's two blocks in a measured card: title block on top, moods and note below. */
function columnParts(card: MeasuredNode) {
  const column = card.children[0]!.children[0]!;
  return { top: column.children[0]!, bottom: column.children[1]! };
}

/** True when the measured card's text column holds more than the card's height (a layout bug, not content). */
export function columnOverflows(card: MeasuredNode): boolean {
  const { top, bottom } = columnParts(card);
  return top.height + bottom.height > CONTENT_HEIGHT + 0.5;
}

const box = (style: Style, children: Node[]): Node => ({
  type: "container",
  style: { display: "flex", ...style },
  children,
});

/** The node tree Takumi draws, with the texts as `fitCard` set them (without a title while fitting it). */
export function ogCardTree(
  card: OgCard,
  fitted: Omit<FittedCard, "title"> & { title?: FittedText },
  /** For measuring only: the cover as an empty box of its size, so no SVG is decoded to lay out text. */
  { forLayout = false } = {},
): Node {
  const rules = rulesFor(card);
  const [first = "dreamy", second] = card.moods;
  const from = getMood(first).color.onLight;
  const to = getMood(second ?? first).color.onLight;
  const fittedText = (text: FittedText, rule: FitRule, style: Style = {}) =>
    textNode(text.text, { ...textStyle(rule, text.size), ...style });
  const chips = card.moods.slice(0, card.cover ? 2 : 3).map((slug) => {
    const mood = getMood(slug);
    return box(
      {
        padding: "6px 22px",
        borderRadius: 999,
        border: "3px solid rgba(255,255,255,0.9)",
        backgroundColor: "rgba(0,0,0,0.18)",
      },
      [
        textNode(`${mood.name} · ${mood.nameHangul}`, {
          fontSize: card.cover ? 26 : 30,
          fontWeight: 700,
          lineHeight: LINE_HEIGHT,
        }),
      ],
    );
  });
  const text = box({ flexGrow: 1, flexDirection: "column", justifyContent: "space-between", width: rules.width }, [
    box({ flexDirection: "column", gap: TOP_GAP }, [
      fittedText(fitted.eyebrow, rules.eyebrow, { opacity: 0.92 }),
      ...(fitted.title ? [fittedText(fitted.title, rules.title)] : []),
      ...(fitted.titleHangul ? [fittedText(fitted.titleHangul, rules.titleHangul, { opacity: 0.95 })] : []),
    ]),
    box({ flexDirection: "column", gap: 18 }, [
      box({ gap: 14, flexWrap: "wrap" }, chips),
      box({ justifyContent: "space-between", alignItems: "flex-end", gap: 24 }, [
        fitted.note ? fittedText(fitted.note, rules.note, { opacity: 0.92 }) : box({}, []),
        textNode("Moodtrack", { fontSize: 30, fontWeight: 700, letterSpacing: 1, lineHeight: LINE_HEIGHT }),
      ]),
    ]),
  ]);
  const coverStyle = { width: COVER_SIZE, height: COVER_SIZE, flexShrink: 0 };
  const cover: Node[] = !card.cover
    ? []
    : forLayout
      ? [box(coverStyle, [])]
      : [
          {
            type: "image",
            src: coverDataUrl(card.cover),
            width: COVER_SIZE,
            height: COVER_SIZE,
            style: { ...coverStyle, borderRadius: 28, boxShadow: "0 12px 40px rgba(0,0,0,0.35)" },
          },
        ];
  // The padding is a margin inside a full-size frame, so the inner box is exactly the content area.
  return box(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundImage: `linear-gradient(135deg, ${from} 0%, ${to} 100%)`,
      color: "#ffffff",
      fontFamily: FONT_FAMILY,
    },
    [box({ flexGrow: 1, margin: PADDING, gap: COVER_GAP }, [text, ...cover])],
  );
}
