/** The period reports (selvitys) of actions: present, written, and of the report's period. */
import { a1 } from "../../model/cellref";
import {
  action,
  at,
  block,
  commitment,
  focus,
  goal,
  measure,
  nodeWithText,
  report,
  run,
  selvitys,
} from "../../../test/support/reports";
import { actionWithoutSelvitys } from "./action-without-selvitys";
import { emptySelvitys } from "./empty-selvitys";
import { selvitysPeriodMismatch } from "./selvitys-period-mismatch";

const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";

describe("action-without-selvitys", () => {
  it("is quiet when every action has its period's selvitys", () => {
    const r = report({ period: "T2" }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")]),
    ]);
    expect(run(actionWithoutSelvitys, r)).toEqual([]);
  });

  it("flags the action with none, suggesting the heading the sheet uses", () => {
    const r = report({ period: "T2" }, [
      block({ action: "Tehostamme viestintää" }, [measure("M")]),
      block({ action: "Kasvutarinan sisällöt" }, [measure("N")], { reports: [] }),
    ]);
    const f = run(actionWithoutSelvitys, r);
    expect(at(f)).toEqual([["action-without-selvitys", a1(nodeWithText(r, "Kasvutarinan sisällöt").cell)]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toEqual({
      fi: "Toimenpiteeltä 'Kasvutarinan sisällöt' puuttuu selvitys (T2).",
      en: "Action 'Kasvutarinan sisällöt' has no selvitys for T2.",
    });
    expect(f[0].suggestion?.fi).toBe(`Lisää mittareiden alle otsikko '${T2}' ja kirjoita selvitys.`);
  });

  it("without a period, flags an action only when others in the sheet have a selvitys", () => {
    const withSome = report({ period: null }, [
      block({ action: "A" }, [measure("M")], { reports: [selvitys(null)] }),
      block({ action: "B" }, [measure("N")], { reports: [] }),
    ]);
    expect(at(run(actionWithoutSelvitys, withSome))).toEqual([
      ["action-without-selvitys", a1(nodeWithText(withSome, "B").cell)],
    ]);
    // A flat table (or a budget sheet) with no selvitys anywhere is not at fault.
    const none = report({ period: null, layout: "table" }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")]),
    ]);
    expect(run(actionWithoutSelvitys, none)).toEqual([]);
  });

  it("leaves an action with another period's selvitys to selvitys-period-mismatch", () => {
    const r = report({ period: "T2" }, [
      block({ action: "A" }, [measure("M")], { reports: [selvitys("T1")] }),
    ]);
    expect(run(actionWithoutSelvitys, r)).toEqual([]);
  });

  it("does not ask the programme layout for selvitys", () => {
    const r = report({ period: null, layout: "programme" }, [
      block({ action: "A" }, [measure("M")], { reports: [selvitys(null)] }),
      block({ action: "B" }, [measure("N")], { reports: [] }),
    ]);
    expect(run(actionWithoutSelvitys, r)).toEqual([]);
  });
});

describe("empty-selvitys", () => {
  it("is quiet when the selvitys has text or parts", () => {
    const r = report({ period: "T2" }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")], { reports: [selvitys("T2", { text: "" })] }),
    ]);
    const part = { label: "Osatavoite 1", text: "Valmistelu käynnissä", cell: r.focusAreas[1].cell };
    r.focusAreas[1].goals[0].commitments[0].actions[0].reports[0].parts.push(part);
    expect(run(emptySelvitys, r)).toEqual([]);
  });

  it("warns at a heading with nothing under it", () => {
    const r = report({ period: "T2" }, [
      block({ action: "A" }, [measure("M")], { reports: [selvitys("T2", { text: " " })] }),
    ]);
    const f = run(emptySelvitys, r);
    const heading = r.focusAreas[0].goals[0].commitments[0].actions[0].reports[0];
    expect(at(f)).toEqual([["empty-selvitys", a1(heading.cell)]]);
    expect(f[0].message.fi).toBe("Toimenpiteen 'A' selvitys on tyhjä.");
  });
});

describe("selvitys-period-mismatch", () => {
  const sheet = (reports: ReturnType<typeof selvitys>[], year = 2025) =>
    report({ period: "T2", year }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")]),
      block({ action: "Viestintästrategia" }, [measure("O")], { reports }),
    ]);

  it("is quiet when every heading is of the report's period", () => {
    expect(run(selvitysPeriodMismatch, sheet([selvitys("T2")]))).toEqual([]);
  });

  it("warns at a T1 heading in a T2 report", () => {
    const r = sheet([selvitys("T1")]);
    const f = run(selvitysPeriodMismatch, r);
    const heading = r.focusAreas[2].goals[0].commitments[0].actions[0].reports[0];
    expect(at(f)).toEqual([["selvitys-period-mismatch", a1(heading.cell)]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toEqual({
      fi: "Toimenpiteen 'Viestintästrategia' selvityksen otsikko on jaksolta T1, mutta raportti on jaksolta T2.",
      en: "The selvitys heading of action 'Viestintästrategia' names T1, but the report is for T2.",
    });
    expect(f[0].suggestion?.fi).toBe(`Jos teksti kertoo tästä jaksosta, korjaa otsikoksi '${T2}'.`);
  });

  it("is quiet about an earlier period's selvitys kept beside this period's", () => {
    expect(run(selvitysPeriodMismatch, sheet([selvitys("T1"), selvitys("T2")]))).toEqual([]);
  });

  it("warns at last year's heading in this year's report", () => {
    const r = report({ period: "year", year: 2023 }, [
      block({ action: "A" }, [measure("M")]),
      block({ action: "B" }, [measure("N")], { reports: [selvitys("year", { year: 2022 })] }),
    ]);
    const f = run(selvitysPeriodMismatch, r);
    expect(f.map((x) => x.message.fi)).toEqual([
      "Toimenpiteen 'B' selvityksen otsikossa on vuosi 2022, mutta raportti on vuodelta 2023.",
    ]);
  });

  it("says nothing when the report's period is unknown", () => {
    const r = report({ period: null }, [
      focus("K", [
        goal("G", [commitment("C", [action("A", [measure("M")], { reports: [selvitys("T1")] })])]),
      ]),
    ]);
    expect(run(selvitysPeriodMismatch, r)).toEqual([]);
  });
});
