import { block, measure, report, selvitys } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { measureWithoutActual } from "./measure-without-actual";

ruleTester(measureWithoutActual, {
  valid: [
    {
      name: "is quiet in a year-end report where every measure has an actual",
      report: report({ period: "year", year: 2023, hasActualColumn: true }, [
        block({ action: "A" }, [
          measure("M1", { actual: "n. 38 pv" }),
          measure("M2", { actual: "Toteutunut" }),
        ]),
      ]),
    },
    ...(["T1", "T2", "Q3"] as const).map((period) => ({
      name: `never asks a ${period} report for actuals`,
      report: report({ period, hasActualColumn: false }, [
        block({ action: "A" }, [measure("M"), measure("N")]),
      ]),
    })),
    {
      name: "does not mistake a T2 report's actions for year-end ones",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")]),
        block({ action: "B" }, [measure("N")], { reports: [selvitys("T2"), selvitys("T1")] }),
      ]),
    },
  ],
  invalid: [
    {
      name: "flags a measure with no actual when the sheet has a Toteuma column",
      report: report({ period: "year", hasActualColumn: true }, [
        block({ action: "A" }, [
          measure("M1", { actual: "9" }),
          measure("Markkinointikampanjoiden määrä", { actual: null }),
        ]),
      ]),
      findings: (r) => [
        {
          cell: r.focusAreas[0].goals[0].commitments[0].actions[0].measures[1].cell,
          message: {
            fi: "Mittarilta 'Markkinointikampanjoiden määrä' puuttuu toteuma, vaikka raportti on vuosiraportti (toimenpide 'A').",
          },
        },
      ],
    },
    {
      name: "counts a year selvitys as year-end even without a Toteuma column",
      report: report({ period: null, hasActualColumn: false }, [
        block({ action: "A" }, [measure("M")], { reports: [selvitys("year", { year: 2023 })] }),
      ]),
      findings: [{}],
    },
  ],
});
