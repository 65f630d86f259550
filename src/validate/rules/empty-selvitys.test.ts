import { block, measure, report, selvitys } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { emptySelvitys } from "./empty-selvitys";

/** A selvitys with no text of its own but an "Osatavoite 1" part that has some. */
function withParts() {
  const r = report({ period: "T2" }, [
    block({ action: "A" }, [measure("M")]),
    block({ action: "B" }, [measure("N")], { reports: [selvitys("T2", { text: "" })] }),
  ]);
  const part = { label: "Osatavoite 1", text: "Valmistelu käynnissä", cell: r.focusAreas[1].cell };
  r.focusAreas[1].goals[0].commitments[0].actions[0].reports[0].parts.push(part);
  return r;
}

ruleTester(emptySelvitys, {
  valid: [
    { name: "is quiet when the selvitys has text or parts", report: withParts() },
    {
      // The action then has no report at all: action-without-selvitys says so, as an error.
      name: "leaves an action whose only selvitys of the period is empty to action-without-selvitys",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")], { reports: [selvitys("T2", { text: " " })] }),
      ]),
    },
  ],
  invalid: [
    {
      name: "warns at a heading left empty beside a written selvitys of the period",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")], {
          reports: [selvitys("T2"), selvitys("T2", { text: " " })],
        }),
      ]),
      findings: (r) => [
        {
          cell: r.focusAreas[0].goals[0].commitments[0].actions[0].reports[1].cell,
          message: { fi: "Toimenpiteen 'A' selvitys on tyhjä." },
        },
      ],
    },
  ],
});
