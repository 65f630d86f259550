/**
 * The ordered list of judges: each decides its own kind of measure and names itself in the
 * assessment's `rule`; the first that decides wins; a judge added to the list is asked in its place.
 */
import type { Status } from "../model";
import {
  assessMeasure,
  JUDGES,
  judgeInput,
  judgeMeasure,
  OWN_STATUS_RULE,
  type AssessContext,
  type Judge,
} from ".";
import { undecidedJudge } from "./judges/undecided";
import { judgedMeasure } from "../../test/support/measures";

const SHEET = "Toteutuminen 2023";
const measure = (baseline: string | null, target: string | null, actual: string | null, own?: string) =>
  judgedMeasure(SHEET, "Mittari", baseline, target, actual, own);

const ctx: AssessContext = { sheet: SHEET, ownStatusColumn: "Tila", hasActualColumn: true };

/** A T2 report's context: no Toteuma column, the measure's action with its T2 selvitys. */
const inT2 = (text: string): Partial<AssessContext> => ({
  hasActualColumn: false,
  period: "T2",
  year: 2025,
  action: {
    text: "Toimenpide",
    cell: { sheet: SHEET, row: 8, col: 2 },
    measures: [],
    reports: [
      {
        heading: "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
        cell: { sheet: SHEET, row: 12, col: 1 },
        period: "T2",
        year: null,
        text,
        parts: [],
      },
    ],
  },
});

/**
 * [judge, baseline, target, actual, status, context]: a measure only that judge (and the ones after
 * it) can decide, in the context given (default: a year-end report's).
 */
const DECIDES: [string, string | null, string | null, string | null, Status, Partial<AssessContext>?][] = [
  ["selvitys", "30", "50 / vuosi", null, "partial", inT2("Tammi–elokuussa kertyi 31 kpl.")],
  ["no-actual", "26 pv", "20 pv", null, "not-assessable"],
  ["no-target", "5", null, "7", "not-assessable"],
  ["verdict", "0 kohdetta", "8 kohdetta", "Ei toteutunut, valmiina vain 3 kohdetta", "not-achieved"],
  ["numeric", "26 pv", "20 pv", "24 pv", "partial"],
  ["deferred", "3,4", "3,6", "Kysely toteutetaan 2024", "not-assessable"],
  ["trend", "120", "Vähenee", "Laski", "achieved"],
  ["completion", "-", "Kaikki esihenkilöt koulutettu", "Toteutunut (90 %)", "partial"],
  ["words", "Ei käytössä", "Käytössä H1/2023", "Ei käytössä", "not-achieved"],
  [
    "undecided",
    "Puhelinpalaute",
    "Palautejärjestelmä käytössä",
    "Asiasta keskusteltu johtoryhmässä",
    "not-assessable",
  ],
];

/**
 * Every row with its context (a year-end report's: none added): `it.each` hands a test one argument
 * per element, and a test that takes more than its row has is taken to wait for a `done` callback.
 */
const ROWS = DECIDES.map(([name, b, t, a, status, c]) => [name, b, t, a, status, c ?? {}] as const);

describe("JUDGES", () => {
  it("has unique kebab-case names, a description in both languages, and undecided last", () => {
    const names = JUDGES.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    for (const j of JUDGES) {
      expect(j.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(j.description.fi.length).toBeGreaterThan(10);
      expect(j.description.en.length).toBeGreaterThan(10);
    }
    expect(names).not.toContain(OWN_STATUS_RULE);
    expect(JUDGES[JUDGES.length - 1]).toBe(undecidedJudge);
  });

  it("has a case below for every judge in the list, in the list's order", () => {
    expect(DECIDES.map(([name]) => name)).toEqual(JUDGES.map((j) => j.name));
  });

  it.each(ROWS)("%s decides %s | %s | %s → %s and is named as the rule", (name, b, t, a, status, c) => {
    const got = assessMeasure(measure(b, t, a), { ...ctx, ...c });
    expect([got.rule, got.status, got.source]).toEqual([
      name,
      status,
      name === "selvitys" ? "selvitys" : "computed",
    ]);
  });

  it.each(ROWS.filter(([name]) => name !== "undecided"))(
    "every judge before %s passes on its measure",
    (name, b, t, a, _, c) => {
      const input = judgeInput(measure(b, t, a), { ...ctx, ...c });
      const before = JUDGES.slice(
        0,
        JUDGES.findIndex((j) => j.name === name),
      );
      for (const j of before) expect([j.name, j.judge(input)]).toEqual([j.name, null]);
      expect(JUDGES.find((j) => j.name === name)?.judge(input)).not.toBeNull();
    },
  );
});

describe("words: a target that is itself a negation", () => {
  it.each([
    ["21,5 %", "Ei korotusta", "Ei korotettu", "words", "achieved"],
    ["4 kpl", "Ei lisäystä", "ei lisätty", "words", "achieved"],
    // Another negation does not meet it; nor does a target that is not one.
    ["21,5 %", "Ei korotusta", "Ei nostettu", "words", "not-achieved"],
    ["Ei käytössä", "Käytössä H1/2023", "Ei käytössä", "words", "not-achieved"],
  ])("%s | %s | %s → %s: %s", (b, t, a, rule, status) => {
    const got = assessMeasure(measure(b, t, a), ctx);
    expect([got.rule, got.status]).toEqual([rule, status]);
  });
});

describe("the walk", () => {
  const probe: Judge = {
    name: "probe",
    description: { fi: "Koe", en: "Probe" },
    judge: ({ actual }) =>
      actual.includes("koe") ? { status: "achieved", reason: { fi: "koe", en: "probe" } } : null,
  };

  it("asks a judge added to the list in its place: first that decides wins", () => {
    const m = measure("26 pv", "20 pv", "24 pv koe");
    expect(judgeMeasure(m, ctx, [probe, ...JUDGES])).toEqual({
      status: "achieved",
      reason: { fi: "koe", en: "probe" },
      rule: "probe",
    });
    const afterNumeric = JUDGES.findIndex((j) => j.name === "numeric") + 1;
    expect(
      judgeMeasure(m, ctx, [...JUDGES.slice(0, afterNumeric), probe, ...JUDGES.slice(afterNumeric)]).rule,
    ).toBe("numeric");
    // Passing on the measure, it leaves the list as it was.
    expect(judgeMeasure(measure("26 pv", "20 pv", "24 pv"), ctx, [probe, ...JUDGES]).rule).toBe("numeric");
  });

  it("without the numeric judge, a figure falls to the judges after it", () => {
    const m = measure("26 pv", "20 pv", "24 pv");
    const got = judgeMeasure(
      m,
      ctx,
      JUDGES.filter((j) => j.name !== "numeric"),
    );
    expect(got.rule).toBe("undecided");
    expect(got.status).toBe("not-assessable");
  });

  it("gives undecided's verdict when no judge of a list decides", () => {
    const got = judgeMeasure(measure("26 pv", "20 pv", "24 pv"), ctx, [probe]);
    expect(got.rule).toBe("undecided");
    expect(got.reason.fi).toContain('"24 pv"');
  });
});

describe("the person's own status", () => {
  it("decides before any judge and is named as the rule", () => {
    const a = assessMeasure(measure("26 pv", "20 pv", "24 pv", "Toteutunut"), ctx);
    expect([a.rule, a.status, a.source]).toEqual([OWN_STATUS_RULE, "achieved", "own"]);
    // The judges' reason is kept where they differ.
    expect(a.reason.fi).toContain("laskettu tila olisi Osittain toteutunut: Toteuma 24 pv");
  });

  it("off the scale, leaves the rule to the judge that decided", () => {
    const a = assessMeasure(measure("26 pv", "20 pv", "24 pv", "Hyvin menee"), ctx);
    expect([a.rule, a.status, a.source]).toEqual(["numeric", "partial", "computed"]);
    expect(a.reason.fi).toMatch(/^Oma arvio \(Tila\) "Hyvin menee" ei ole asteikolla/);
  });
});
