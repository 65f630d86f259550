import { statusLabel } from "../model/status";
import { languageOf, languageOfEnvironment, layoutName, periodName, STRINGS } from "./strings";

describe("pane strings", () => {
  it("has the same keys in Finnish and English, none empty, functions of the same arity", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.fi).sort());
    for (const key of Object.keys(STRINGS.fi) as (keyof typeof STRINGS.fi)[]) {
      const fi = STRINGS.fi[key];
      const en = STRINGS.en[key];
      expect(typeof en).toBe(typeof fi);
      if (typeof fi === "string") expect(fi.trim()).not.toBe("");
      else expect((en as (...a: never[]) => string).length).toBe(fi.length);
    }
  });

  it("counts in Finnish with the right forms", () => {
    expect(STRINGS.fi.actionsCount(1)).toBe("1 toimenpide");
    expect(STRINGS.fi.actionsCount(16)).toBe("16 toimenpidettä");
    expect(STRINGS.fi.measuresCount(25)).toBe("25 mittaria");
    expect(STRINGS.en.measuresCount(1)).toBe("1 measure");
  });

  it("is Finnish for Finnish display languages and English for the rest", () => {
    expect(languageOf("fi-FI")).toBe("fi");
    expect(languageOf("fi")).toBe("fi");
    expect(languageOf("FI-fi")).toBe("fi");
    expect(languageOf("sv-FI")).toBe("en");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("reads TOTEUMA_LANG in any case, Finnish when unset or anything else", () => {
    expect(languageOfEnvironment({})).toBe("fi");
    expect(languageOfEnvironment({ TOTEUMA_LANG: "en" })).toBe("en");
    expect(languageOfEnvironment({ TOTEUMA_LANG: "EN" })).toBe("en");
    expect(languageOfEnvironment({ TOTEUMA_LANG: "en_US.UTF-8" })).toBe("en");
    expect(languageOfEnvironment({ TOTEUMA_LANG: "fi" })).toBe("fi");
    expect(languageOfEnvironment({ TOTEUMA_LANG: "sv" })).toBe("fi");
  });

  it("names layouts, periods and statuses", () => {
    expect(layoutName("programme", "fi")).toBe("Palveluohjelma");
    expect(periodName("T2", 2025, "fi")).toBe("2. vuosikolmannes (T2) 2025");
    expect(periodName("year", 2023, "en")).toBe("Whole year 2023");
    expect(periodName(null, null, "fi")).toBeNull();
    expect(statusLabel("partial", "fi")).toBe("Osittain toteutunut");
    expect(statusLabel("not-assessable", "en")).toBe("Not assessable");
  });
});
