import { cleanText, editDistance, labelKey, matchLabel, mostCommon, yearIn, type LabelVocabulary } from ".";

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
  it("ignores case, colon and surrounding punctuation", () => {
    expect(labelKey(" Toimenpide: ")).toBe("toimenpide");
    expect(labelKey("TOIMENPIDE")).toBe("toimenpide");
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
