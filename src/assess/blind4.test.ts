/**
 * The judge against the fourth blind batch (blind4.ts, issue 12): other cities' verdict words,
 * qualifiers, mixed results, numbers as written, the distance scale and own statuses explained by a
 * legend. Disagreements the judge is not changed for are listed in KNOWN with the argument; the test
 * fails when one of them starts to agree (remove it then).
 */
import type { Status } from "../model";
import { assessMeasure, legendsFor, parseScale, type Scale } from ".";
import { legendOf } from "../read/status-column";
import { judgedMeasure } from "../../test/support/measures";
import type { Blind3Measure } from "../../test/corpus/blind3";
import { BLIND4 } from "../../test/corpus/blind4";
import { report } from "../../test/support/reports";

const SHEET = "Toteutuminen 2024";
const DISTANCE = parseScale("distance:10") as Scale;
const DISTANCE15 = parseScale("distance:15") as Scale;

/** The legend a measure's own status comes with, as the reader finds it in a cell of the workbook. */
function legendFor(c: Blind3Measure) {
  if (!c.own?.legend) return undefined;
  const entries = legendOf(c.own.legend, { sheet: "Ohje", row: 2, col: 1 });
  expect(entries.length).toBeGreaterThanOrEqual(2);
  return legendsFor({ ...report({ sheet: "Ohje" }, []), ownStatusLegend: entries });
}

const judge = (c: Blind3Measure, withOwn = false, scale?: Scale) =>
  assessMeasure(
    judgedMeasure(SHEET, c.measure, c.baseline, c.target, c.actual, withOwn && c.own ? c.own.text : null),
    {
      sheet: SHEET,
      ownStatusColumn: withOwn && c.own ? c.own.column : null,
      hasActualColumn: !c.periodReport,
      year: 2024,
      ...(scale ? { scale } : {}),
      ...(withOwn && legendFor(c) ? { legend: legendFor(c) } : {}),
    },
  );

/**
 * Where the judge and the blind expectation differ and the judge is left as it is, keyed by measure
 * (computed status) or by "own:" and the own status text.
 */
const KNOWN: Record<string, { judge: Status; why: string }> = {};

const row = (c: Blind3Measure) => `${c.sector}: ${c.measure} | ${c.baseline} | ${c.target} | ${c.actual}`;

describe("blind batch 4", () => {
  it("is large, covers every status, and has own statuses with and without legends", () => {
    expect(BLIND4.length).toBeGreaterThanOrEqual(36);
    const counts = new Map<Status, number>();
    for (const c of BLIND4) counts.set(c.expected, (counts.get(c.expected) ?? 0) + 1);
    for (const s of ["achieved", "partial", "not-achieved", "not-assessable"] as Status[])
      expect(counts.get(s) ?? 0).toBeGreaterThanOrEqual(2);
    expect(BLIND4.filter((c) => c.own?.legend).length).toBeGreaterThanOrEqual(4);
    expect(BLIND4.filter((c) => c.distance).length).toBeGreaterThanOrEqual(6);
  });

  it.each(BLIND4.map((c) => [row(c), c] as const))("%s", (_, c) => {
    const a = judge(c);
    expect(a.source).toBe("computed");
    const want = KNOWN[c.measure]?.judge ?? c.expected;
    expect({ status: a.status, reason: a.reason.fi }).toEqual({ status: want, reason: a.reason.fi });
  });

  it.each(BLIND4.filter((c) => c.distance).map((c) => [row(c), c] as const))(
    "on the distance scale: %s",
    (_, c) => {
      const a = judge(c, false, DISTANCE);
      expect({ status: a.status, reason: a.reason.fi }).toEqual({ status: c.distance, reason: a.reason.fi });
      if (c.distance15) expect(judge(c, false, DISTANCE15).status).toBe(c.distance15);
    },
  );

  it.each(BLIND4.filter((c) => c.own).map((c) => [`${c.own?.column}: ${c.own?.text}`, c] as const))(
    "own status %s",
    (_, c) => {
      const own = c.own!;
      const a = judge(c, true);
      const want = KNOWN[`own:${own.text}`]?.judge ?? own.expected;
      if (want === null) {
        expect(a.source).toBe("computed");
        expect(a.status).toBe(judge(c).status);
        expect(a.reason.fi).toContain(`Oma arvio (${own.column}) "${own.text}" ei ole asteikolla`);
      } else {
        expect({ source: a.source, status: a.status }).toEqual({ source: "own", status: want });
        if (own.legend) expect(a.reason.fi).toContain("selite solussa Ohje!A2");
      }
    },
  );

  it("agreement: reported, and every other measure agrees", () => {
    const misses = BLIND4.filter((c) => judge(c).status !== c.expected).map((c) => c.measure);
    const distanceMisses = BLIND4.filter(
      (c) => c.distance && judge(c, false, DISTANCE).status !== c.distance,
    ).map((c) => `distance:${c.measure}`);
    const ownMisses = BLIND4.filter((c) => c.own)
      .filter((c) => {
        const a = judge(c, true);
        const want = c.own!.expected ?? judge(c).status;
        return a.status !== want || a.source !== (c.own!.expected === null ? "computed" : "own");
      })
      .map((c) => `own:${c.own!.text}`);
    expect([...misses, ...distanceMisses, ...ownMisses].sort()).toEqual(Object.keys(KNOWN).sort());
  });
});

describe("blind batch 4 reasons", () => {
  it("are in Finnish in fi and in English in en, and name the scale where a figure decided", () => {
    const unquoted = (s: string) => s.replace(/"[^"]*"/gu, '""');
    for (const c of BLIND4)
      for (const scale of [undefined, DISTANCE]) {
        const a = judge(c, false, scale);
        expect(unquoted(a.reason.fi)).not.toMatch(/\b(?:target|actual|baseline|reached|status|scale)\b/iu);
        expect(unquoted(a.reason.en)).not.toMatch(
          /\b(?:tavoite|toteuma|lähtötaso|saavutettu|tila|asteikko)\b/iu,
        );
        if (a.rule === "numeric" || a.rule === "completion")
          expect(a.reason.fi).toMatch(scale ? /asteikko: etäisyys, 10 %\)/u : /asteikko: Pori\)/u);
      }
  });
});
