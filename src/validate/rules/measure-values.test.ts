/** Baseline, target and (in year-end reports) actual of every measure. */
import { a1 } from "../../model/cellref";
import { at, block, measure, report, run, selvitys } from "../../../test/support/reports";
import { measureWithoutActual } from "./measure-without-actual";
import { measureWithoutBaseline } from "./measure-without-baseline";
import { measureWithoutTarget } from "./measure-without-target";

describe("measure-without-baseline", () => {
  it("is quiet when every measure has a baseline", () => {
    expect(
      run(
        measureWithoutBaseline,
        report({}, [block({ action: "A" }, [measure("M", { baseline: "Ei olemassa" })])]),
      ),
    ).toEqual([]);
  });

  it("warns at the measure with no baseline, or a blank one", () => {
    const r = report({}, [
      block({ action: "Lupaprosessien sujuvoittaminen" }, [
        measure("Mittari 1. Läpimenoaika", { baseline: "26 pv" }),
        measure("Mittari 2. Asiakaspalaute", { baseline: null }),
        measure("", { baseline: " \u00a0" }),
      ]),
    ]);
    const f = run(measureWithoutBaseline, r);
    const m = r.focusAreas[0].goals[0].commitments[0].actions[0].measures;
    expect(at(f)).toEqual([
      ["measure-without-baseline", a1(m[1].cell)],
      ["measure-without-baseline", a1(m[2].cell)],
    ]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.fi).toBe(
      "Mittarilla 'Mittari 2. Asiakaspalaute' ei ole lähtötasoa (toimenpide 'Lupaprosessien sujuvoittaminen').",
    );
    // A measure with no name is called by its number.
    expect(f[1].message.fi).toContain("Mittarilla 'Mittari 3'");
  });
});

describe("measure-without-target", () => {
  it("is quiet when every measure has a target", () => {
    expect(
      run(measureWithoutTarget, report({}, [block({ action: "A" }, [measure("M", { target: "> 0" })])])),
    ).toEqual([]);
  });

  it("is an error at the measure with no target", () => {
    const r = report({}, [block({ action: "A" }, [measure("Kasvutarinan näkyminen", { target: null })])]);
    const f = run(measureWithoutTarget, r);
    expect(at(f)).toEqual([
      ["measure-without-target", a1(r.focusAreas[0].goals[0].commitments[0].actions[0].measures[0].cell)],
    ]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.en).toBe("Measure 'Kasvutarinan näkyminen' has no target level (action 'A').");
  });

  it("does not ask programme measures for targets (the 2018 programme has none)", () => {
    const r = report({ layout: "programme" }, [
      block({ action: "A" }, [measure("M", { baseline: null, target: null })]),
    ]);
    expect(run(measureWithoutTarget, r)).toEqual([]);
    expect(run(measureWithoutBaseline, r)).toEqual([]);
  });
});

describe("measure-without-actual", () => {
  it("is quiet in a year-end report where every measure has an actual", () => {
    const r = report({ period: "year", year: 2023, hasActualColumn: true }, [
      block({ action: "A" }, [
        measure("M1", { actual: "n. 38 pv" }),
        measure("M2", { actual: "Toteutunut" }),
      ]),
    ]);
    expect(run(measureWithoutActual, r)).toEqual([]);
  });

  it("flags a measure with no actual when the sheet has a Toteuma column", () => {
    const r = report({ period: "year", hasActualColumn: true }, [
      block({ action: "A" }, [
        measure("M1", { actual: "9" }),
        measure("Markkinointikampanjoiden määrä", { actual: null }),
      ]),
    ]);
    const f = run(measureWithoutActual, r);
    expect(at(f)).toEqual([
      ["measure-without-actual", a1(r.focusAreas[0].goals[0].commitments[0].actions[0].measures[1].cell)],
    ]);
    expect(f[0].message.fi).toBe(
      "Mittarilta 'Markkinointikampanjoiden määrä' puuttuu toteuma, vaikka raportti on vuosiraportti (toimenpide 'A').",
    );
  });

  it("counts a year selvitys as year-end even without a Toteuma column", () => {
    const r = report({ period: null, hasActualColumn: false }, [
      block({ action: "A" }, [measure("M")], { reports: [selvitys("year", { year: 2023 })] }),
    ]);
    expect(at(run(measureWithoutActual, r)).map(([c]) => c)).toEqual(["measure-without-actual"]);
  });

  it.each(["T1", "T2", "Q3"] as const)("never asks a %s report for actuals", (period) => {
    const r = report({ period, hasActualColumn: false }, [
      block({ action: "A" }, [measure("M"), measure("N")]),
    ]);
    expect(run(measureWithoutActual, r)).toEqual([]);
  });

  it("does not mistake a T2 report's actions for year-end ones", () => {
    const r = report({ period: "T2" }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")], { reports: [selvitys("T2"), selvitys("T1")] }),
    ]);
    expect(run(measureWithoutActual, r)).toEqual([]);
  });
});
