import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { duplicateMeasure, measureKey } from "./duplicate-measure";

describe("measureKey", () => {
  it("compares without the measure number, case, spaces or trailing punctuation", () => {
    expect(measureKey("Mittari 2.  Asiakasmäärä  KUUKAUSITTAIN.")).toBe(
      measureKey("asiakasmäärä kuukausittain"),
    );
    expect(measureKey("Mittari 1. Sopimus tehty")).not.toBe(measureKey("Mittari 2. Asiakasmäärä"));
  });
});

ruleTester(duplicateMeasure, {
  valid: [
    {
      name: "is quiet for different measures and for the same measure under different actions",
      report: report({}, [
        block({ action: "A" }, [measure("Mittari 1. Sopimus tehty"), measure("Mittari 2. Asiakasmäärä")]),
        block({ action: "B" }, [measure("Mittari 1. Sopimus tehty")]),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at the repeated measure",
      report: report({}, [
        block({ action: "Kasvutarinan sisällöt" }, [
          measure("Mittari 1. Sisältöjä julkaistu"),
          measure("Mittari 2. Näkyvyys mediassa"),
          measure("Mittari 3. Sisältöjä  julkaistu."),
        ]),
      ]),
      findings: (r) => {
        const ms = r.focusAreas[0].goals[0].commitments[0].actions[0].measures;
        return [
          {
            cell: ms[2].cell,
            message: {
              en: `Measure 'Mittari 3. Sisältöjä julkaistu.' appears twice under action 'Kasvutarinan sisällöt' (first on row ${ms[0].cell.row}).`,
            },
          },
        ];
      },
    },
  ],
});
