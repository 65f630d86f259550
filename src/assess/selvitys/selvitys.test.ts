/**
 * The selvitys judge on the examples: one measure of an action whose T2 selvitys is the text
 * given, in a report without a Toteuma column. A year-end report with a Toteuma column is never its
 * business, and a person's own status still wins.
 */
import type { Action, Status } from "../../model";
import { assessMeasure, type AssessContext } from "..";
import { judgedMeasure } from "../../../test/support/measures";

const SHEET = "T2 2026";

function action(text: string, period: "T1" | "T2" = "T2"): Action {
  return {
    text: "Toimenpide",
    cell: { sheet: SHEET, row: 8, col: 2 },
    measures: [],
    reports: [
      {
        heading: `Selvitys toimenpiteen edistymisestä (${period}):`,
        cell: { sheet: SHEET, row: 12, col: 1 },
        period,
        year: 2026,
        text,
        parts: [],
      },
    ],
  };
}

const inT2 = (text: string, a = action(text)): AssessContext => ({
  sheet: SHEET,
  hasActualColumn: false,
  ownStatusColumn: "Tila",
  period: "T2",
  year: 2026,
  action: a,
});

/** [selvitys, baseline, target, status, words the reason quotes] */
const EXAMPLES: [string, string, string, Status, string][] = [
  ["Tavoite on jo saavutettu kesäkuussa.", "Ei ohjelmaa", "Ohjelma käytössä", "achieved", "saavutettu"],
  ["Työ käynnissä, valmistuu syksyllä.", "Ei ohjelmaa", "Ohjelma käytössä", "partial", "käynnissä"],
  ["Ohjelma hyväksyttiin lautakunnassa.", "Ei ohjelmaa", "Ohjelma hyväksytty", "achieved", "hyväksyttiin"],
  [
    "Hanke ei ole edennyt rahoituksen puuttuessa.",
    "Ei hanketta",
    "Hanke valmis",
    "not-achieved",
    "ei ole edennyt",
  ],
  [
    "Osuus on 31 %, joten tavoitteeseen 25 % ei vielä päästy, mutta suunta on oikea.",
    "34 %",
    "25 %",
    "partial",
    "31 %",
  ],
  ["Sopimusta ei solmita.", "Ei sopimusta", "Sopimus solmittu", "not-achieved", "Sopimusta ei solmita"],
  ["Kävijämäärä laski 12 %.", "40 000", "45 000", "not-achieved", "laski"],
  [
    "Vastuuhenkilönä toimii palvelupäällikkö.",
    "Ei järjestelmää",
    "Järjestelmä käytössä",
    "not-assessable",
    "Vastuuhenkilönä toimii",
  ],
];

describe("a T2 measure without an actual, judged from its selvitys", () => {
  it.each(EXAMPLES)("%s (%s → %s) is %s", (text, baseline, target, status, quoted) => {
    const got = assessMeasure(judgedMeasure(SHEET, "Mittari", baseline, target, null), inT2(text));
    expect([got.status, got.source, got.rule]).toEqual([status, "selvitys", "selvitys"]);
    expect(got.reason.fi).toMatch(/^T2-selvitys: "/u);
    expect(got.reason.fi).toContain(quoted);
    expect(got.reason.en).toMatch(/^T2 report: "/u);
  });

  it("reads only the selvitys of the report's period, never an older one", () => {
    const older = action("Ohjelma hyväksyttiin lautakunnassa.", "T1");
    const got = assessMeasure(
      judgedMeasure(SHEET, "Mittari", "Ei", "Ohjelma hyväksytty", null),
      inT2("", older),
    );
    expect(got.rule).not.toBe("selvitys");
    expect(got.status).toBe("not-assessable");
  });

  it("leaves the person's own status the last word, naming what the selvitys said", () => {
    const m = judgedMeasure(SHEET, "Mittari", "34 %", "25 %", null, "Toteutunut");
    const got = assessMeasure(m, inT2("Osuus on 31 %."));
    expect([got.status, got.source]).toEqual(["achieved", "own"]);
    expect(got.reason.fi).toContain('T2-selvitys: "Osuus on 31 %"');
  });

  it("does not judge a year-end report with a Toteuma column from its text", () => {
    const ctx: AssessContext = {
      ...inT2("Tavoite on jo saavutettu."),
      hasActualColumn: true,
      period: "year",
    };
    const got = assessMeasure(judgedMeasure(SHEET, "Mittari", "Ei", "Ohjelma käytössä", null), ctx);
    expect([got.status, got.source, got.rule]).toEqual(["not-assessable", "computed", "no-actual"]);
  });
});
