import {
  action,
  block,
  commitment,
  focus,
  goal,
  measure,
  report,
  selvitys,
} from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { selvitysPeriodMismatch } from "./selvitys-period-mismatch";

const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";

/** A T2 sheet whose third action, "Viestintästrategia", has the given reports. */
const sheet = (reports: ReturnType<typeof selvitys>[], year = 2025) =>
  report({ period: "T2", year }, [
    block({ action: "A" }, [measure("M")]),
    block({ action: "B" }, [measure("N")]),
    block({ action: "Viestintästrategia" }, [measure("O")], { reports }),
  ]);

ruleTester(selvitysPeriodMismatch, {
  valid: [
    { name: "is quiet when every heading is of the report's period", report: sheet([selvitys("T2")]) },
    {
      name: "is quiet about an earlier period's selvitys kept beside this period's",
      report: sheet([selvitys("T1"), selvitys("T2")]),
    },
    {
      name: "says nothing when the report's period is unknown",
      report: report({ period: null }, [
        focus("K", [
          goal("G", [commitment("C", [action("A", [measure("M")], { reports: [selvitys("T1")] })])]),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at a T1 heading in a T2 report",
      report: sheet([selvitys("T1")]),
      findings: (r) => [
        {
          cell: r.focusAreas[2].goals[0].commitments[0].actions[0].reports[0].cell,
          message: {
            fi: "Toimenpiteen 'Viestintästrategia' selvityksen otsikko on jaksolta T1, mutta raportti on jaksolta T2.",
            en: "The selvitys heading of action 'Viestintästrategia' names T1, but the report is for T2.",
          },
          suggestion: { fi: `Jos teksti kertoo tästä jaksosta, korjaa otsikoksi '${T2}'.` },
        },
      ],
    },
    {
      name: "warns at last year's heading in this year's report",
      report: report({ period: "year", year: 2023 }, [
        block({ action: "A" }, [measure("M")]),
        block({ action: "B" }, [measure("N")], { reports: [selvitys("year", { year: 2022 })] }),
      ]),
      findings: [
        {
          message: {
            fi: "Toimenpiteen 'B' selvityksen otsikossa on vuosi 2022, mutta raportti on vuodelta 2023.",
          },
        },
      ],
    },
  ],
});
