/**
 * "Väritä tila" twice over: after the first run the workbook holds Toteuma's own "Tila" labels. They
 * must not be read back as a person's own status, and the second run must plan the same colours.
 */
import * as path from "path";
import { loadXlsxFile, snapshotOf } from "../../src/xlsx/snapshot";
import { applyEdits } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/read";
import { assessWorkbook } from "../../src/assess";
import { planClear, planColour } from "../../src/edits/colour";
import { measuresOf } from "../../src/model";

const FILE = path.join(__dirname, "../fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");

it("reads its own labels as nothing, judges the same, and clears back to the original", async () => {
  const { workbook, snapshot } = await loadXlsxFile(FILE);
  const first = readWorkbook(snapshot);
  const firstAssessments = assessWorkbook(first);
  applyEdits(workbook, planColour(first, firstAssessments, snapshot));

  const coloured = await snapshotOf(workbook, "coloured");
  const labels = coloured.sheets[0].cells.flat().filter((c) => c?.value === "Osittain toteutunut");
  expect(labels.length).toBeGreaterThan(0);

  const second = readWorkbook(coloured);
  for (const { measure } of measuresOf(second.sheets[0])) expect(measure.ownStatus).toBeNull();
  expect(second.sheets[0].ownStatusColumn).toBeNull();
  const secondAssessments = assessWorkbook(second);
  expect(secondAssessments.map((a) => [a.status, a.source])).toEqual(
    firstAssessments.map((a) => [a.status, a.source]),
  );
  applyEdits(workbook, planColour(second, secondAssessments, coloured));
  const twice = await snapshotOf(workbook, "twice");
  expect(twice.sheets[0].cells.flat().filter((c) => c?.value === "Osittain toteutunut")).toHaveLength(
    labels.length,
  );

  applyEdits(workbook, planClear(twice));
  const cleared = await snapshotOf(workbook, "cleared");
  expect(cleared.sheets.map((g) => g.sheet)).toEqual(snapshot.sheets.map((g) => g.sheet));
  expect(cleared.sheets[0].cells).toEqual(snapshot.sheets[0].cells);
});
