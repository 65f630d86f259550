import { cellRef } from "../../model/cellref";
import { block, measure, report } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { readProblem } from "./read-problem";

ruleTester(readProblem, {
  valid: [
    {
      name: "is quiet on a sheet read without problems",
      report: report({}, [block({ action: "A" }, [measure("M")])]),
    },
    {
      name: "is quiet on a sheet that is not a goal sheet",
      report: report({ layout: "none", looksLikeGoals: false }, []),
    },
  ],
  invalid: [
    {
      name: "is an error at each row where reading stopped making sense, in the reader's words",
      report: report(
        {
          problems: [
            {
              cell: cellRef("Raportti", 14, 3),
              code: "orphan-measure-values",
              fi: "Arvorivi ilman MITTARI-riviä.",
              en: "A row of values with no MITTARI row above it.",
            },
          ],
        },
        [block({ action: "A" }, [measure("M")])],
      ),
      findings: [
        {
          cell: "C14",
          message: {
            fi: "Tätä kohtaa ei voitu lukea: Arvorivi ilman MITTARI-riviä.",
            en: "Could not read this part: A row of values with no MITTARI row above it.",
          },
        },
      ],
    },
    {
      name: "is an error on a sheet that looks like a goal sheet but could not be read",
      report: report({ sheet: "T3 2025", layout: "none", looksLikeGoals: true }, []),
      findings: [
        {
          cell: "A1",
          message: {
            fi: "Välilehti 'T3 2025' näyttää tavoitetaulukolta, mutta sen rakennetta ei tunnistettu.",
          },
        },
      ],
    },
  ],
});
