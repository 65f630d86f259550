import {
  cleanKeyLength,
  cleanText,
  editDistance,
  firstVisible,
  labelKey,
  matchLabel,
  mostCommon,
  visibleExceeds,
  yearIn,
  type LabelVocabulary,
} from ".";

const vocab: LabelVocabulary<"action" | "responsible" | "goal"> = {
  entries: {
    action: ["TOIMENPIDE", "Toimenpiteet"],
    responsible: ["Vastuuhenkilö", "Vastuuhenkilöt"],
    goal: ["TAVOITE"],
  },
};

describe("cleanText / labelKey", () => {
  it("collapses no-break and thin spaces", () => {
    expect(cleanText("  10\u00a0900\u202fkpl \n")).toBe("10 900 kpl");
  });
  it("cleans every kind of unclean text and leaves clean ones as they are", () => {
    const cases: [string, string][] = [
      [" a", "a"],
      ["a ", "a"],
      ["a  b", "a b"],
      ["a\tb", "a b"],
      ["a\u00a0b", "a b"],
      ["a\u200bb", "a b"],
      ["\u200ba", "a"],
      ["a \u3000 b\ufeff", "a b"],
      ["a\r\n\nb", "a b"],
      [" \u2007 ", ""],
      ["a b c", "a b c"],
      ["x", "x"],
      ["", ""],
    ];
    for (const [raw, clean] of cases) expect({ raw, out: cleanText(raw) }).toEqual({ raw, out: clean });
  });
  it("cleans exactly as the whitespace pattern it stands for, for every code unit at the start, inside and at the end", () => {
    const reference = (s: string): string => s.replace(/[\s\u200b]+/g, " ").trim();
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const raw of [`${ch}a`, `a${ch}`, `a${ch}b`, `a ${ch}b`, ch])
        if (cleanText(raw) !== reference(raw)) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(raw)}`);
    }
    expect(wrong).toEqual([]);
  });
  it("keeps the single spaces between words of a long text and collapses only the runs among them", () => {
    const words = Array.from({ length: 200 }, (_, i) => `sana${i}`);
    const raw = `${words.slice(0, 100).join(" ")}  \n\t${words.slice(100).join(" ")}\u00a0`;
    expect(cleanText(raw)).toBe(words.join(" "));
  });
  it("ignores case, colon and surrounding punctuation", () => {
    expect(labelKey(" Toimenpide: ")).toBe("toimenpide");
    expect(labelKey("TOIMENPIDE")).toBe("toimenpide");
    expect(labelKey(" – Strateginen\u00a0 TAVOITE  : ")).toBe("strateginen tavoite");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("toimenpide", "toimenpde")).toBe(1);
    expect(editDistance("vastuuhenkilö", "vastuhenkilö")).toBe(1);
    expect(editDistance("tavoite", "tavotie")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
  });
  it("stops early beyond the cap", () => {
    expect(editDistance("toimenpide", "painopiste", 2)).toBe(3);
  });
});

describe("matchLabel", () => {
  it("matches exact labels in any case with or without a colon", () => {
    expect(matchLabel("toimenpide:", vocab)).toMatchObject({ kind: "action", nearMiss: false });
    expect(matchLabel("\u00a0TOIMENPIDE ", vocab)).toMatchObject({ kind: "action", nearMiss: false });
  });
  it("accepts near-misses and says so", () => {
    expect(matchLabel("TOIMENPDE", vocab)).toMatchObject({
      kind: "action",
      canonical: "TOIMENPIDE",
      nearMiss: true,
    });
    expect(matchLabel("Vastuhenkilö", vocab)).toMatchObject({ kind: "responsible", nearMiss: true });
  });
  it("returns the text after the label in the same cell", () => {
    expect(matchLabel("TAVOITE: Kasvava Pori", vocab)).toMatchObject({ kind: "goal", rest: "Kasvava Pori" });
  });
  it("does not take ordinary text for a label", () => {
    expect(matchLabel("Toimenpiteiden määrittely työstövaiheessa", vocab)).toBeNull();
    expect(matchLabel("Kasvava Pori", vocab)).toBeNull();
    expect(matchLabel("", vocab)).toBeNull();
  });
  it("can be told not to guess", () => {
    expect(matchLabel("TOIMENPDE", vocab, { fuzzy: false })).toBeNull();
  });
  it("finds every near-miss of two edits, whatever letters they bring (the letter bound before the distance)", () => {
    // Substitutions bringing new letters, a transposition, an insertion and a deletion.
    for (const text of ["TOIMEXPIDQ", "TOIMENPIED", "TOIMENNPIDEX", "TOIMNPID", "VASTUUHENKILÖÄÄ"])
      expect({ text, m: matchLabel(text, vocab) }).toMatchObject({ text, m: { nearMiss: true } });
    // Three new letters: too far.
    expect(matchLabel("TOIMXPIDQZ", vocab)).toBeNull();
  });
  it("gives the same answer the second time, and a change to one answer does not reach the next", () => {
    const first = matchLabel("TAVOITE: Kasvava Pori", vocab);
    expect(first).toMatchObject({ kind: "goal", rest: "Kasvava Pori" });
    if (first) first.rest = "muutettu";
    expect(matchLabel("TAVOITE: Kasvava Pori", vocab)).toMatchObject({ kind: "goal", rest: "Kasvava Pori" });
    expect(matchLabel("TAVOITE: Kasvava Pori", vocab, { allowRest: false })).toBeNull();
    expect(matchLabel("TOIMENPDE", vocab)).toMatchObject({ nearMiss: true });
    expect(matchLabel("TOIMENPDE", vocab, { fuzzy: false })).toBeNull();
  });
  it("turns away a long cell without cleaning it, and still reads a label before a colon in a long one", () => {
    expect(matchLabel(`TOIMENPIDE ${"x".repeat(300)}`, vocab)).toBeNull();
    // 200 letters and many spaces clean to 200 letters and single spaces: too long either way.
    expect(matchLabel(`${"a ".repeat(100)}${" ".repeat(500)}`, vocab)).toBeNull();
    expect(matchLabel(`  TAVOITE:${" ".repeat(300)}Kasvava Pori`, vocab)).toMatchObject({
      kind: "goal",
      rest: "Kasvava Pori",
    });
  });
});

describe("cleanKeyLength", () => {
  it("is never more than the length of the label key of a clean text or its start", () => {
    for (const t of [
      "TOIMENPIDE:",
      "• Tavoite 1.",
      "(Mittari) –",
      "Toimenpiteiden määrittely",
      "İİ",
      "- ",
      "",
    ]) {
      expect({ t, ok: cleanKeyLength(t) <= labelKey(t).length }).toEqual({ t, ok: true });
      const colon = t.indexOf(" ");
      if (colon > 0) expect(cleanKeyLength(t, colon)).toBeLessThanOrEqual(labelKey(t.slice(0, colon)).length);
    }
    expect(cleanKeyLength("  * Tavoite :")).toBe(7);
  });
});

describe("firstVisible / visibleExceeds", () => {
  it("finds the first character cleanText keeps", () => {
    expect(String.fromCharCode(firstVisible("\u00a0\u200b \n Selvitys"))).toBe("S");
    expect(firstVisible(" \t\u3000")).toBeNaN();
  });
  it("counts only what is not whitespace", () => {
    expect(visibleExceeds("abc", 2)).toBe(true);
    expect(visibleExceeds("abc", 3)).toBe(false);
    expect(visibleExceeds(`a${" \n\u00a0".repeat(100)}b`, 2)).toBe(false);
    expect(visibleExceeds(`a${" ".repeat(100)}bc`, 2)).toBe(true);
  });
});

describe("mostCommon / yearIn", () => {
  it("counts by key, keeps the first spelling, skips nulls and gives ties to the first seen", () => {
    expect(mostCommon(["T2", null, "T1", "T2"])).toBe("T2");
    expect(mostCommon(["Konsernipalvelut", "KONSERNIPALVELUT", "Tekninen"], labelKey)).toBe(
      "Konsernipalvelut",
    );
    expect(mostCommon([2024, 2025])).toBe(2024);
    expect(mostCommon<string>([null, null])).toBeNull();
  });
  it("finds a year standing on its own, not inside a longer number", () => {
    expect(yearIn("Toiminnallinen tavoite 2018")).toBe(2018);
    expect(yearIn("T2/2025")).toBe(2025);
    expect(yearIn("120189 kpl")).toBeNull();
    expect(yearIn("1850")).toBeNull();
  });
});
