import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  EMPTY_ANSWERS,
  ENERGY_CHOICES,
  LENGTH_CHOICES,
  MAX_QUERY_LENGTH,
  MAX_SEEN,
  VOICE_CHOICES,
  type QuizAnswers,
} from "../../src/match/answers";
import { MOOD_SLUGS } from "../../src/schemas/moods";
import { canonicalAnswers, decodeAnswers, encodeAnswers } from "../../src/match/quiz-params";

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
// Free text a person could type: any well-formed Unicode without control characters.
const freeText = fc
  .string({ unit: "grapheme", maxLength: MAX_QUERY_LENGTH })
  .map((text) => [...text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")].slice(0, MAX_QUERY_LENGTH).join(""));

const validAnswers: fc.Arbitrary<QuizAnswers> = fc.record({
  moods: fc.uniqueArray(fc.constantFrom(...MOOD_SLUGS), { minLength: 0, maxLength: 3 }),
  energy: fc.constantFrom(...ENERGY_CHOICES),
  voice: fc.constantFrom(...VOICE_CHOICES),
  length: fc.constantFrom(...LENGTH_CHOICES),
  seen: fc.uniqueArray(slug, { maxLength: MAX_SEEN }),
  q: freeText,
});

describe("share-link codec", () => {
  test("writes the canonical form: fixed order, sorted lists, percent-encoded text", () => {
    const answers: QuizAnswers = {
      moods: ["longing", "healing"],
      energy: "calm",
      voice: "any",
      length: "any",
      seen: ["reply-1988", "goblin"],
      q: "stay with me",
    };
    expect(encodeAnswers(answers)).toBe(
      "moods=healing,longing&energy=calm&voice=any&length=any&seen=goblin,reply-1988&q=stay%20with%20me",
    );
    expect(encodeAnswers(EMPTY_ANSWERS)).toBe("moods=&energy=any&voice=any&length=any");
  });

  test("decode(encode(a)) gives back every valid answer set, in canonical form", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const decoded = decodeAnswers(encodeAnswers(answers));
        expect(decoded.answers).toEqual(canonicalAnswers(answers));
        expect(decoded.ignored).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test("decode never throws and stays within bounds on any string", () => {
    const hostile = fc.oneof(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.string({ unit: "grapheme", maxLength: 400 }),
      fc
        .array(fc.constantFrom("moods=", "q=", "seen=", "&", "%", "%E0%A4%A", "=", "<script>", ",", "energy=calm"), {
          maxLength: 60,
        })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { answers, ignored } = decodeAnswers(search);
        expect([...answers.q].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(answers.seen.length).toBeLessThanOrEqual(MAX_SEEN);
        expect(answers.moods.length).toBeLessThanOrEqual(3);
        for (const mood of answers.moods) expect(MOOD_SLUGS).toContain(mood);
        expect(ENERGY_CHOICES).toContain(answers.energy);
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("drops unknown values and says what it dropped", () => {
    const { answers, ignored } = decodeAnswers("?moods=longing,sad,longing&energy=loud&colour=red&voice=duet");
    expect(answers.moods).toEqual(["longing"]);
    expect(answers.energy).toBe("any");
    expect(answers.voice).toBe("duet");
    expect(ignored).toEqual([
      'Ignored mood "sad": not one of the 12 moods.',
      'Ignored energy "loud": expected one of calm, mid, upbeat, any.',
      'Ignored unknown parameter "colour".',
    ]);
  });

  test("keeps the first of repeated parameters", () => {
    const { answers, ignored } = decodeAnswers("moods=epic&moods=dreamy&q=a&q=b");
    expect(answers.moods).toEqual(["epic"]);
    expect(answers.q).toBe("a");
    expect(ignored).toEqual(["Ignored a repeated moods parameter.", "Ignored a repeated q parameter."]);
  });

  test("bounds huge values: 10,000 characters of text, too many moods and seen dramas", () => {
    const huge = "x".repeat(10_000);
    const seen = Array.from({ length: 80 }, (_, index) => `drama-${index}`).join(",");
    const { answers, ignored } = decodeAnswers(`moods=${MOOD_SLUGS.join(",")}&seen=${seen}&q=${huge}`);
    expect(answers.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(answers.moods).toHaveLength(3);
    expect(answers.seen).toHaveLength(MAX_SEEN);
    expect(ignored).toContain(`Shortened the search words to ${MAX_QUERY_LENGTH} characters.`);
    expect(ignored).toContain(`Ignored seen dramas past the first ${MAX_SEEN}.`);
  });

  test("keeps script tags as plain text and reads bad percent-encoding without failing", () => {
    const script = decodeAnswers("moods=%3Cscript%3Ealert(1)%3C/script%3E&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    expect(script.answers.moods).toEqual([]);
    expect(script.answers.q).toBe("<img src=x onerror=alert(1)>");
    expect(script.ignored[0]).toMatch(/^Ignored mood "<script>alert\(1\)<\/script>"/);
    const broken = decodeAnswers("moods=longing&q=%E0%A4%A&seen=%ZZ");
    expect(broken.answers.moods).toEqual(["longing"]);
    expect(broken.answers.seen).toEqual([]);
  });

  test("drops seen dramas that do not exist when the catalogue is known", () => {
    const { answers, ignored } = decodeAnswers("moods=epic&seen=goblin,not-a-drama", {
      knownDramas: new Set(["goblin"]),
    });
    expect(answers.seen).toEqual(["goblin"]);
    expect(ignored).toEqual(['Ignored seen drama "not-a-drama": no drama has that name.']);
  });
});
