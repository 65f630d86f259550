import { cellRef } from "../../model/cellref";
import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { labelNearMiss } from "./label-near-miss";

ruleTester(labelNearMiss, {
  valid: [
    {
      name: "is quiet when every label was read exactly",
      report: report({}, [block({ action: "A" }, [measure("M")])]),
    },
  ],
  invalid: [
    {
      name: "warns at each misspelt label, naming what it was read as",
      report: report(
        {
          nearMisses: [
            { cell: cellRef("Raportti", 12, 1), written: "TOIMENPDE", readAs: "TOIMENPIDE" },
            { cell: cellRef("Raportti", 30, 1), written: "Vastuhenkilö", readAs: "Vastuuhenkilö" },
          ],
        },
        [block({ action: "A" }, [measure("M")])],
      ),
      findings: [
        {
          cell: "A12",
          message: {
            fi: "Otsikko 'TOIMENPDE' on kirjoitettu väärin; se luettiin otsikoksi 'TOIMENPIDE'.",
            en: "The label 'TOIMENPDE' is misspelt; it was read as 'TOIMENPIDE'.",
          },
        },
        { cell: "A30", suggestion: { fi: "Kirjoita 'Vastuuhenkilö'.", en: "Write 'Vastuuhenkilö'." } },
      ],
    },
  ],
});
