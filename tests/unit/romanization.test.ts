import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  ROMANIZATION_EXCEPTIONS,
  compareRomanization,
  normalizeRomanization,
  romanizeHangul,
} from "../../src/schemas/romanization";

describe("romanizeHangul (Revised Romanization)", () => {
  test.each([
    // plain syllables, vowels and the initial/final consonant tables
    ["사랑", "sarang"],
    ["그리움", "geurium"],
    ["의사", "uisa"],
    ["꽃", "kkot"],
    ["닭", "dak"],
    ["여덟", "yeodeol"],
    ["라디오", "radio"],
    ["울산", "ulsan"],
    // liaison of a final before ㅇ (double finals split, ㅎ drops)
    ["앞으로", "apeuro"],
    ["붉은", "bulgeun"],
    ["없이", "eopsi"],
    ["좋아", "joa"],
    ["괜찮아", "gwaenchana"],
    ["있어", "isseo"],
    // palatalisation
    ["같이", "gachi"],
    ["해돋이", "haedoji"],
    // nasalisation
    ["독립문", "dongnimmun"],
    ["백마", "baengma"],
    ["첫눈", "cheonnun"],
    ["밥물", "bammul"],
    ["종로", "jongno"],
    ["왕십리", "wangsimni"],
    ["갯마을", "gaenmaeul"],
    // liquidisation and ㄹㄹ
    ["신라", "silla"],
    ["별내", "byeollae"],
    ["달랐을까", "dallasseulkka"],
    ["광한루", "gwanghallu"],
    // aspiration with ㅎ, both ways
    ["좋고", "joko"],
    ["놓다", "nota"],
    ["잡혀", "japyeo"],
    ["굳히다", "guchida"],
    ["응답하라", "eungdapara"],
    ["행복한", "haengbokan"],
    // ㅎ before ㄴ, and a final before a consonant
    ["놓는", "nonneun"],
    ["않는", "anneun"],
    ["읽다", "ikda"],
    // tense consonants are not written
    ["압구정", "apgujeong"],
  ])("%s → %s", (hangul, romanized) => {
    expect(romanizeHangul(hangul)).toBe(romanized);
  });

  test("romanizes word by word: no sound change across a space", () => {
    expect(romanizeHangul("첫 눈")).toBe("cheot nun");
    expect(romanizeHangul("잠들지 않는 별")).toBe("jamdeulji anneun byeol");
  });

  test("keeps what is not Hangul as it is", () => {
    expect(romanizeHangul("응답하라 1988")).toBe("eungdapara 1988");
    expect(romanizeHangul("SKY 캐슬")).toBe("SKY kaeseul");
    expect(romanizeHangul("말해! 뭐해?")).toBe("malhae! mwohae?");
    expect(romanizeHangul("찬란하神")).toBe("challanha神");
  });

  test("writes no hyphens", () => {
    expect(romanizeHangul("중앙")).toBe("jungang");
    expect(romanizeHangul("이상한 변호사 우영우")).not.toContain("-");
  });
});

describe("compareRomanization", () => {
  test("ignores case, spaces, hyphens and apostrophes", () => {
    expect(compareRomanization("사랑의 불시착", "Sarang-ui Bulsichak").agrees).toBe(true);
    expect(compareRomanization("이상한 변호사 우영우", "Isanghan Byeonhosa U-yeong-u").agrees).toBe(true);
    expect(compareRomanization("괜찮아, 사랑이야", "Gwaenchana, Sarangiya").agrees).toBe(true);
    expect(compareRomanization("여신강림", "yeosin gang'nim").agrees).toBe(true);
  });

  test("says when a romanization is not RR, with the expected spelling", () => {
    expect(compareRomanization("응답하라 1988", "Eungdaphara 1988")).toEqual({
      agrees: false,
      expected: "eungdapara 1988",
      found: "Eungdaphara 1988",
    });
    // McCune–Reischauer
    expect(compareRomanization("사랑의 불시착", "Sarangŭi Pulsich'ak").agrees).toBe(false);
    // ad hoc spellings
    expect(compareRomanization("슬기로운 의사생활", "Seulgiroun Euisasaenghal").agrees).toBe(false);
    expect(compareRomanization("괜찮아", "Gwaenchanha").agrees).toBe(false);
  });

  test("normalizeRomanization keeps letters with diacritics apart from plain ones", () => {
    expect(normalizeRomanization("Sarang-ui  Bul'sichak")).toBe("saranguibulsichak");
    expect(normalizeRomanization("ŏ")).not.toBe(normalizeRomanization("eo"));
  });
});

describe("ROMANIZATION_EXCEPTIONS", () => {
  test("each names an existing song or drama and gives a reason", () => {
    for (const [id, reason] of Object.entries(ROMANIZATION_EXCEPTIONS)) {
      expect(id).toMatch(/^(songs|dramas)\/[a-z0-9-]+$/);
      expect(existsSync(path.join("src", "content", `${id}.mdx`)), id).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
