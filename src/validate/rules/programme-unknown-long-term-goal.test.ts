import {
  longTermGoalList as list,
  programmeItem as item,
  programmeReport as programme,
} from "../../../test/support/reports";
import { ruleTester } from "../../../test/support/rule-tester";
import { programmeUnknownLongTermGoal } from "./programme-unknown-long-term-goal";

const goals = list(
  "Työpaikkojen ja verotulojen kasvu",
  "Pitkäaikaistyöttömyyden väheneminen",
  "Nuorisotakuun toteutuminen",
);

ruleTester(programmeUnknownLongTermGoal, {
  valid: [
    {
      name: "is quiet when each goal is on the list, ignoring case, spaces and the trailing full stop",
      report: programme(
        [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "NUORISOTAKUUN  toteutuminen")],
        goals,
      ),
    },
    {
      name: "stays quiet when the workbook has no list",
      report: programme([item(1, "Mikä tahansa tavoite.")], []),
    },
  ],
  invalid: [
    {
      name: "warns at a goal not on the list, suggesting the closest listed one",
      report: programme(
        [item(1, "Työpaikkojen ja verotulojen kasvu."), item(2, "Pitkäaikaistyöttömyyden vähentäminen.")],
        goals,
      ),
      findings: [
        {
          cell: "B12",
          message: {
            fi: "Pitkän aikavälin tavoite 'Pitkäaikaistyöttömyyden vähentäminen.' ei ole työkirjan pitkän aikavälin tavoitteiden listalla.",
          },
          suggestion: { fi: "Tarkoititko 'Pitkäaikaistyöttömyyden väheneminen'?" },
        },
      ],
    },
    {
      name: "takes the list from another sheet of the workbook",
      report: programme([item(1, "Turvallinen Pori.")], []),
      others: [programme([], goals)],
      findings: [
        {
          cell: "B5",
          suggestion: { fi: "Kirjoita tavoite täsmälleen kuten listalla tai lisää se listalle." },
        },
      ],
    },
  ],
});
