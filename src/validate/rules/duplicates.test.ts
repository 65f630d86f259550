/** The same action twice under one commitment; the same measure twice under one action. */
import { a1 } from "../../model/cellref";
import {
  action,
  at,
  block,
  commitment,
  focus,
  goal,
  measure,
  report,
  run,
} from "../../../test/support/reports";
import { duplicateAction } from "./duplicate-action";
import { duplicateMeasure, measureKey } from "./duplicate-measure";

const actions = (r: ReturnType<typeof report>) =>
  r.focusAreas.flatMap((f) => f.goals.flatMap((g) => g.commitments.flatMap((c) => c.actions)));

describe("duplicate-action", () => {
  it("is quiet for different actions, and for one action under two different commitments", () => {
    const r = report({}, [
      focus("Kasvava Pori", [
        goal("Pori mahdollistaa yritystoiminnan kasvun", [
          commitment("Tarjoamme nopeat luvat", [action("Lupaprosessien sujuvoittaminen", [measure("M")])]),
          commitment("Huomioimme vaikutukset", [action("Lupaprosessien sujuvoittaminen", [measure("M")])]),
        ]),
      ]),
      block({ action: "Yritysvaikutusten arviointi" }, [measure("M")]),
    ]);
    expect(run(duplicateAction, r)).toEqual([]);
  });

  it("warns at the second of two same actions in one commitment", () => {
    const r = report({}, [
      focus("K", [
        goal("G", [
          commitment("C", [action("Nuorisotakuu", [measure("M")]), action("nuorisotakuu.", [measure("N")])]),
        ]),
      ]),
    ]);
    const f = run(duplicateAction, r);
    const [first, second] = actions(r);
    expect(at(f)).toEqual([["duplicate-action", a1(second.cell)]]);
    expect(f[0].message.fi).toBe(
      `Toimenpide 'nuorisotakuu.' on kahdesti saman teon 'C' alla (ensimmäinen rivillä ${first.cell.row}).`,
    );
  });

  it("finds a copied block: the same goal, commitment and action written again further down", () => {
    const copy = () =>
      block(
        {
          goal: "OSAAVAN TYÖVOIMAN SAATAVUUS",
          commitment: "TE24-uudistus",
          action: "Palvelumallin valmistelu",
        },
        [measure("M")],
      );
    const r = report({}, [copy(), block({ action: "Muu" }, [measure("M")]), copy()]);
    r.focusAreas[2].goals[0].text = "Osaavan työvoiman saatavuus";
    const f = run(duplicateAction, r);
    expect(at(f)).toEqual([["duplicate-action", a1(actions(r)[2].cell)]]);
  });
});

describe("duplicate-measure", () => {
  it("compares without the measure number, case, spaces or trailing punctuation", () => {
    expect(measureKey("Mittari 2.  Asiakasmäärä  KUUKAUSITTAIN.")).toBe(
      measureKey("asiakasmäärä kuukausittain"),
    );
    expect(measureKey("Mittari 1. Sopimus tehty")).not.toBe(measureKey("Mittari 2. Asiakasmäärä"));
  });

  it("is quiet for different measures and for the same measure under different actions", () => {
    const r = report({}, [
      block({ action: "A" }, [measure("Mittari 1. Sopimus tehty"), measure("Mittari 2. Asiakasmäärä")]),
      block({ action: "B" }, [measure("Mittari 1. Sopimus tehty")]),
    ]);
    expect(run(duplicateMeasure, r)).toEqual([]);
  });

  it("warns at the repeated measure", () => {
    const r = report({}, [
      block({ action: "Kasvutarinan sisällöt" }, [
        measure("Mittari 1. Sisältöjä julkaistu"),
        measure("Mittari 2. Näkyvyys mediassa"),
        measure("Mittari 3. Sisältöjä  julkaistu."),
      ]),
    ]);
    const f = run(duplicateMeasure, r);
    const ms = actions(r)[0].measures;
    expect(at(f)).toEqual([["duplicate-measure", a1(ms[2].cell)]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.en).toBe(
      `Measure 'Mittari 3. Sisältöjä julkaistu.' appears twice under action 'Kasvutarinan sisällöt' (first on row ${ms[0].cell.row}).`,
    );
  });
});
