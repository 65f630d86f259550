/** The level rules: focus area → goal → commitment → action → measure, with implied nodes as missing levels. */
import { a1 } from "../../model/cellref";
import {
  action,
  at,
  block,
  commitment,
  focus,
  goal,
  measure,
  nodeWithText,
  report,
  run,
} from "../../../test/support/reports";
import { actionWithoutMeasure } from "./action-without-measure";
import { commitmentWithoutAction } from "./commitment-without-action";
import { focusAreaWithoutGoal } from "./focus-area-without-goal";
import { goalWithoutCommitment } from "./goal-without-commitment";
import { goalWithoutFocusArea } from "./goal-without-focus-area";

const LEVEL_RULES = [
  focusAreaWithoutGoal,
  goalWithoutFocusArea,
  goalWithoutCommitment,
  commitmentWithoutAction,
  actionWithoutMeasure,
];

const complete = report({}, [
  block({ action: "Tehostamme viestintää" }, [measure("Suunnitelma laadittu")]),
  focus("Hyvinvoiva Pori", [
    goal("Toimivat palvelut", [
      commitment("Asiakaslähtöiset palvelut", [
        action("Yhteistoimintasopimus", [measure("Sopimus tehty"), measure("Asiakasmäärä")]),
        action("Ohjaamo", [measure("Ohjaamon asiakkaat")]),
      ]),
    ]),
  ]),
]);

describe("level rules on a complete report", () => {
  it.each(LEVEL_RULES.map((r) => [r.code, r]))("%s is quiet", (_code, rule) => {
    expect(run(rule, complete)).toEqual([]);
  });
});

describe("focus-area-without-goal", () => {
  it("flags a focus area with nothing under it", () => {
    const r = report({}, [focus("Osaava Pori", []), block({ action: "A" }, [measure("M")])]);
    const f = run(focusAreaWithoutGoal, r);
    expect(at(f)).toEqual([["focus-area-without-goal", a1(nodeWithText(r, "Osaava Pori").cell)]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.fi).toBe("Painopisteellä 'Osaava Pori' ei ole tavoitetta (TAVOITE).");
    expect(f[0].message.en).toBe("Focus area 'Osaava Pori' has no goal (TAVOITE).");
  });

  it("names a theme as a theme", () => {
    const r = report({}, [focus("Viestintä", [], "teema")]);
    expect(run(focusAreaWithoutGoal, r)[0].message.fi).toBe(
      "Teemalla 'Viestintä' ei ole tavoitetta (TAVOITE).",
    );
  });

  it("flags a TEKO straight under PAINOPISTE at the TEKO's row", () => {
    const r = report({}, [
      focus("Kasvava Pori", [
        goal(null, [commitment("Tarjoamme nopeat luvat", [action("A", [measure("M")])])]),
      ]),
    ]);
    const f = run(focusAreaWithoutGoal, r);
    expect(at(f)).toEqual([["focus-area-without-goal", a1(nodeWithText(r, "Tarjoamme nopeat luvat").cell)]]);
    expect(f[0].message.fi).toBe(
      "Teon 'Tarjoamme nopeat luvat' yläpuolelta puuttuu TAVOITE (painopiste 'Kasvava Pori').",
    );
  });
});

describe("goal-without-focus-area", () => {
  it("warns when a goal has no PAINOPISTE above it", () => {
    const r = report({}, [
      focus(null, [goal("Toimivat yhteydet", [commitment("C", [action("A", [measure("M")])])])]),
    ]);
    const f = run(goalWithoutFocusArea, r);
    expect(at(f)).toEqual([["goal-without-focus-area", a1(nodeWithText(r, "Toimivat yhteydet").cell)]]);
    expect(f[0].severity).toBe("warning");
  });
});

describe("goal-without-commitment", () => {
  it("flags a goal with no commitment", () => {
    const r = report({}, [focus("Kasvava Pori", [goal("Toimivat yhteydet", [])])]);
    const f = run(goalWithoutCommitment, r);
    expect(at(f)).toEqual([["goal-without-commitment", a1(nodeWithText(r, "Toimivat yhteydet").cell)]]);
    expect(f[0].message).toEqual({
      fi: "Tavoitteella 'Toimivat yhteydet' ei ole tekoa (TEKO).",
      en: "Goal 'Toimivat yhteydet' has no commitment (TEKO).",
    });
  });

  it("flags a TOIMENPIDE under an implied TEKO at the TOIMENPIDE's row, naming it", () => {
    const r = report({}, [
      focus("Kasvava Pori", [
        goal("Toimivat yhteydet", [commitment(null, [action("Lippujärjestelmä", [measure("M")])])]),
      ]),
    ]);
    const f = run(goalWithoutCommitment, r);
    expect(at(f)).toEqual([["goal-without-commitment", a1(nodeWithText(r, "Lippujärjestelmä").cell)]]);
    expect(f[0].message.fi).toBe(
      "Toimenpiteen 'Lippujärjestelmä' yläpuolelta puuttuu TEKO (tavoite 'Toimivat yhteydet').",
    );
    expect(f[0].message.en).toBe(
      "There is no TEKO (commitment) above action 'Lippujärjestelmä' (goal 'Toimivat yhteydet').",
    );
  });
});

describe("commitment-without-action", () => {
  it("flags a commitment with no action", () => {
    const r = report({}, [focus("Kasvava Pori", [goal("G", [commitment("Kattava joukkoliikenne", [])])])]);
    const f = run(commitmentWithoutAction, r);
    expect(at(f)).toEqual([
      ["commitment-without-action", a1(nodeWithText(r, "Kattava joukkoliikenne").cell)],
    ]);
    expect(f[0].message.fi).toBe("Teolla 'Kattava joukkoliikenne' ei ole toimenpidettä (TOIMENPIDE).");
  });

  it("flags a MITTARI under an implied TOIMENPIDE at the measure's row", () => {
    const r = report({}, [
      focus("K", [goal("G", [commitment("C", [action(null, [measure("Matkojen määrä")])])])]),
    ]);
    const f = run(commitmentWithoutAction, r);
    expect(at(f)).toEqual([["commitment-without-action", a1(nodeWithText(r, "Matkojen määrä").cell)]]);
    expect(f[0].message.fi).toBe("Mittarin 'Matkojen määrä' yläpuolelta puuttuu TOIMENPIDE (teko 'C').");
  });

  it("stays quiet where the reader already reported the missing TOIMENPIDE", () => {
    const base = report({}, [focus("K", [goal("G", [commitment("C", [action(null, [measure("M")])])])])]);
    const cell = nodeWithText(base, "M").cell;
    const r = { ...base, problems: [{ cell, code: "measure-without-action", fi: "x", en: "x" }] };
    expect(run(commitmentWithoutAction, r)).toEqual([]);
  });
});

describe("action-without-measure", () => {
  it("flags an action with no measure", () => {
    const r = report({}, [block({ action: "Kansalliseen tapahtumayhteistyöhön osallistuminen" }, [])]);
    const f = run(actionWithoutMeasure, r);
    expect(at(f)).toEqual([
      [
        "action-without-measure",
        a1(nodeWithText(r, "Kansalliseen tapahtumayhteistyöhön osallistuminen").cell),
      ],
    ]);
    expect(f[0].message).toEqual({
      fi: "Toimenpiteellä 'Kansalliseen tapahtumayhteistyöhön osallistuminen' ei ole mittaria.",
      en: "Action 'Kansalliseen tapahtumayhteistyöhön osallistuminen' has no measure.",
    });
  });

  it("truncates a long action name to about 60 characters", () => {
    const long =
      "Tausta- ja tilipohjaisen lippu- ja maksujärjestelmän käyttöönotto - ensimmäinen vaihe koko kaupungissa";
    const f = run(actionWithoutMeasure, report({}, [block({ action: long }, [])]));
    const name = /'([^']*)'/.exec(f[0].message.fi)?.[1] ?? "";
    expect(name.endsWith("…")).toBe(true);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
  });

  it("does not apply to the programme layout, whose items are checked field by field", () => {
    const r = report({ layout: "programme" }, [block({ action: "A" }, [])]);
    expect(run(actionWithoutMeasure, r)).toEqual([]);
  });
});
