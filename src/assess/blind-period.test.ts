/**
 * The selvitys judge against the blind batches of period reports: each composed report is written as
 * a sheet (test/support/period-sheets.ts), read with the product's own readers and assessed; every
 * measure's status is compared with the one written down before the judge was run on it.
 * - test/corpus/blind-period.ts (55 measures): written before the judge existed, then in view while
 *   it was written, so agreement there is no longer a blind measure;
 * - test/corpus/blind-period-2.ts (18 measures): written and committed before the judge was first run
 *   on it; its first-run agreement is in the commit that added this test.
 * Disagreements the judge is not changed for are listed in KNOWN with the argument; the test fails
 * when one of them starts to agree (remove it then). The expectations are never edited to fit.
 */
import type { Status } from "../model";
import { measuresOf } from "../model";
import { readSheet } from "../read";
import { assessReport } from ".";
import { BLIND_PERIOD, type PeriodMeasure, type PeriodReportCase } from "../../test/corpus/blind-period";
import { BLIND_PERIOD_2 } from "../../test/corpus/blind-period-2";
import { periodSheet } from "../../test/support/period-sheets";

/** Where the judge and the blind expectation differ and the judge is left as it is, keyed by measure. */
const KNOWN: Record<string, { judge: Status; why: string }> = {
  "Luovutetut tarpeettomat kiinteistöt": {
    judge: "not-assessable",
    why:
      '"Kaksi kiinteistöä on myyty ja kolmas on myynnissä" (target 5): a count written as a word ("Kaksi") ' +
      'is not read as a figure, and "myyty"/"myynnissä" are not state words. Expected Osittain. Reading ' +
      "number words is a change to the shared quantity reader, left for later rather than fitted here.",
  },
  "Nuorisovaltuuston aloitteisiin vastattu": {
    judge: "not-assessable",
    why:
      '"Kaikkiin … aloitteeseen on vastattu määräajassa": "vastattu" is no state word of the vocabulary. ' +
      "Expected Toteutunut. Adding the one verb would fit this case, not cure the gap (any done verb).",
  },
};

function rowsOf(batch: PeriodReportCase[]) {
  return batch.flatMap((c) => {
    const report = readSheet(periodSheet(c));
    const assessments = assessReport(report);
    const measures = c.actions.flatMap((a) => a.measures);
    return [...measuresOf(report)].map(({ measure, ordinal }) => ({
      name: `${c.name}: ${measure.text}`,
      expected: measures[ordinal] as PeriodMeasure,
      assessment: assessments[ordinal],
    }));
  });
}

describe.each([
  ["first", BLIND_PERIOD],
  ["second", BLIND_PERIOD_2],
] as const)("%s blind batch of period reports", (_, batch) => {
  const rows = rowsOf(batch);

  it("reads every composed measure", () => {
    expect(rows.length).toBe(batch.flatMap((c) => c.actions.flatMap((a) => a.measures)).length);
  });

  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, r) => {
    const known = KNOWN[r.expected.text];
    const want = known ? known.judge : r.expected.expected;
    const a = r.assessment;
    expect({ status: a.status, reason: a.reason.fi }).toEqual({ status: want, reason: a.reason.fi });
  });
});
