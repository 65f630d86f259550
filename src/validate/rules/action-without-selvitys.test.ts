import type { Action } from "../../model/report";
import { block, measure, nodeWithText, report, selvitys } from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { actionWithoutSelvitys } from "./action-without-selvitys";

const T2 = "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):";

ruleTester(actionWithoutSelvitys, {
  valid: [
    {
      name: "is quiet when every action has its period's selvitys",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")]),
        block({ action: "B" }, [measure("N")]),
      ]),
    },
    {
      // A flat table (or a budget sheet) with no selvitys anywhere is not at fault.
      name: "without a period, is quiet when no action of the sheet has a selvitys",
      report: report({ period: null, layout: "table" }, [
        block({ action: "A" }, [measure("M")]),
        block({ action: "B" }, [measure("N")]),
      ]),
    },
    {
      name: "leaves an action with another period's selvitys to selvitys-period-mismatch",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")], { reports: [selvitys("T1")] }),
      ]),
    },
    {
      name: "does not ask the programme layout for selvitys",
      report: report({ period: null, layout: "programme" }, [
        block({ action: "A" }, [measure("M")], { reports: [selvitys(null)] }),
        block({ action: "B" }, [measure("N")], { reports: [] }),
      ]),
    },
  ],
  invalid: [
    {
      name: "flags a heading of the period with nothing under it, at the heading",
      report: report({ period: "T2" }, [
        block({ action: "A" }, [measure("M")]),
        block({ action: "Kasvutarinan sisällöt" }, [measure("N")], {
          reports: [selvitys("T2", { text: "" }), selvitys("T1", { text: "Aiempi jakso." })],
        }),
      ]),
      findings: (r) => [
        {
          cell: (nodeWithText(r, "Kasvutarinan sisällöt") as Action).reports[0].cell,
          message: {
            fi: "Toimenpiteen 'Kasvutarinan sisällöt' selvitys (T2) on kirjoittamatta.",
            en: "The selvitys of action 'Kasvutarinan sisällöt' for T2 is not written.",
          },
          suggestion: { fi: "Kirjoita otsikon alle, miten toimenpide on edennyt." },
        },
      ],
    },
    {
      name: "flags sub-goals with none of their 'Raportointi' written",
      report: (() => {
        const r = report({ period: "T2" }, [
          block({ action: "A" }, [measure("M")], { reports: [selvitys("T2", { text: "" })] }),
        ]);
        const s = r.focusAreas[0].goals[0].commitments[0].actions[0].reports[0];
        s.text = "Osatavoite 1: Suunnitelma valmis\nRaportointi:";
        s.parts.push({ label: "Osatavoite 1", text: "Suunnitelma valmis", cell: s.cell, report: null });
        return r;
      })(),
      findings: (r) => [
        {
          cell: (nodeWithText(r, "A") as Action).reports[0].cell,
          suggestion: { fi: "Kirjoita jokaisen osatavoitteen Raportointi-kohtaan, miten se on edennyt." },
        },
      ],
    },
    {
      name: "flags the action with none, suggesting the heading the sheet uses",
      report: report({ period: "T2" }, [
        block({ action: "Tehostamme viestintää" }, [measure("M")]),
        block({ action: "Kasvutarinan sisällöt" }, [measure("N")], { reports: [] }),
      ]),
      findings: (r) => [
        {
          cell: nodeWithText(r, "Kasvutarinan sisällöt").cell,
          message: {
            fi: "Toimenpiteeltä 'Kasvutarinan sisällöt' puuttuu selvitys (T2).",
            en: "Action 'Kasvutarinan sisällöt' has no selvitys for T2.",
          },
          suggestion: { fi: `Lisää mittareiden alle otsikko '${T2}' ja kirjoita selvitys.` },
        },
      ],
    },
    {
      name: "without a period, flags an action only when others in the sheet have a selvitys",
      report: report({ period: null }, [
        block({ action: "A" }, [measure("M")], { reports: [selvitys(null)] }),
        block({ action: "B" }, [measure("N")], { reports: [] }),
      ]),
      findings: (r) => [{ cell: nodeWithText(r, "B").cell }],
    },
  ],
});
