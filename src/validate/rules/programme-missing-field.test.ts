import { programmeItem as item, programmeReport as programme } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { programmeMissingField } from "./programme-missing-field";

ruleTester(programmeMissingField, {
  valid: [
    {
      name: "is quiet when every item has its five fields",
      report: programme(
        [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "Nuorisotakuun toteutuminen.")],
        [],
      ),
    },
  ],
  invalid: [
    {
      name: "is an error at the item for each missing field",
      report: programme(
        [
          item(1, "Työpaikkojen ja verotulojen kasvu."),
          item(2, "Nuorisotakuun toteutuminen.", ["measure", "responsible"]),
        ],
        [],
      ),
      findings: [
        { cell: "A11", message: { fi: "Ohjelman kohdasta 2. puuttuu 'Mittari'." } },
        {
          cell: "A11",
          message: {
            fi: "Ohjelman kohdasta 2. puuttuu 'Vastuuhenkilö'.",
            en: "Programme item 2. has no 'Vastuuhenkilö' (responsible person).",
          },
        },
      ],
    },
    {
      name: "counts a blank field as missing",
      report: programme([item(1, "   ")], []),
      findings: [{ cell: "A4" }],
    },
  ],
});
