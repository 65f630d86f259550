import { matchLabel } from "../text";
import {
  BLOCK_LABELS,
  isSelvitysHeading,
  matchProgrammeLabel,
  NUMBERED_MEASURE,
  splitNumberedMeasures,
  TABLE_HEADERS,
} from "./vocabulary";

describe("BLOCK_LABELS", () => {
  it("reads the hierarchy labels in any case, with a colon, and near-misses", () => {
    expect(matchLabel("PAINOPISTE", BLOCK_LABELS)?.kind).toBe("painopiste");
    expect(matchLabel("teema:", BLOCK_LABELS)?.kind).toBe("teema");
    expect(matchLabel("Tavoite", BLOCK_LABELS)?.kind).toBe("goal");
    expect(matchLabel("TEKO", BLOCK_LABELS)?.kind).toBe("commitment");
    expect(matchLabel("TOIMENPDE", BLOCK_LABELS)).toMatchObject({ kind: "action", nearMiss: true });
    expect(matchLabel("Mittari", BLOCK_LABELS)?.kind).toBe("measure");
    expect(matchLabel("Lähtötaso", BLOCK_LABELS)?.kind).toBe("baseline");
    expect(matchLabel("Tavoitetaso", BLOCK_LABELS)?.kind).toBe("target");
    expect(matchLabel("Toteuma", BLOCK_LABELS)?.kind).toBe("actual");
    expect(matchLabel("Arvio", BLOCK_LABELS)?.kind).toBe("ownStatus");
  });
  it("does not read ordinary text or unit headings as labels", () => {
    for (const t of ["Joukkoliikenne", "Kasvava Pori", "Työllisyydenhoito", "Tila-asiat", "Toteutunut"])
      expect(matchLabel(t, BLOCK_LABELS, { allowRest: false })).toBeNull();
  });
});

describe("selvitys headings", () => {
  it("recognises the headings of all periods by prefix", () => {
    expect(isSelvitysHeading("Selvitys tavoitteen toteutumisesta (T1): text")).toEqual({ nearMiss: false });
    expect(isSelvitysHeading("SELVITYS toimenpiteen edistymisestä (T2)")).toEqual({ nearMiss: false });
    expect(isSelvitysHeading("Selvtys toimenpiteen toteutumisesta vuonna 2023:")).toEqual({ nearMiss: true });
    expect(isSelvitysHeading("Selvityksen mukaan asia eteni")).toBeNull();
    expect(isSelvitysHeading("Kasvava Pori")).toBeNull();
  });
  it("tells a heading by its first visible letter, whatever space or case comes before it", () => {
    expect(isSelvitysHeading("\u00a0 \n selvitys (T1):")).toEqual({ nearMiss: false });
    expect(isSelvitysHeading(" Tilannekatsaus (T2)")).toEqual({ nearMiss: false });
    expect(isSelvitysHeading("\tarvio toteutumisesta:")).toEqual({ nearMiss: false });
    expect(isSelvitysHeading("(Selvtys toimenpiteen toteutumisesta)")).toEqual({ nearMiss: true });
    for (const t of [
      "2023 Selvitys (T1):",
      "Mittari 1. Selvitys (T1):",
      "Ä selvitys (T1)",
      "B Tilannekatsaus (T2)",
      "",
    ])
      expect(isSelvitysHeading(t)).toBeNull();
  });
});

describe("numbered measures", () => {
  it("splits a cell with several measures in order", () => {
    expect(splitNumberedMeasures("Mittari 1. Eka asia Mittari 2. Toka asia")).toEqual([
      { number: 1, text: "Mittari 1. Eka asia" },
      { number: 2, text: "Mittari 2. Toka asia" },
    ]);
    expect(splitNumberedMeasures("Uusi malli käytössä")).toEqual([]);
    expect(NUMBERED_MEASURE.exec("Mittari 4. Lupapalveluiden")?.[1]).toBe("4");
  });
});

describe("programme and table labels", () => {
  it("reads a year after the operational-goal label", () => {
    expect(matchProgrammeLabel("Toiminnallinen tavoite 2018")).toMatchObject({
      kind: "operationalGoal",
      year: 2018,
    });
    expect(matchProgrammeLabel("Vastuuhenkilö")).toMatchObject({ kind: "responsible", year: null });
    expect(matchProgrammeLabel("Pitkän aikavälin tavoite")?.kind).toBe("longTermGoal");
  });
  it("reads table headers", () => {
    expect(matchLabel("Painopiste", TABLE_HEADERS)?.kind).toBe("focusArea");
    expect(matchLabel("Yksikkö", TABLE_HEADERS)?.kind).toBe("unit");
    expect(matchLabel("Tavoitetaso", TABLE_HEADERS)?.kind).toBe("target");
    expect(matchLabel("Tavoite", TABLE_HEADERS)?.kind).toBe("goal");
  });
});
