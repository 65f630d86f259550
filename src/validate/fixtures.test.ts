/**
 * The rules on the real fixture workbooks, read by the reader: the shared workbooks give no error and
 * only the findings a careful controller would agree with; faults planted into them are found at
 * their blocks while the untouched blocks stay clean.
 */
import * as fs from "fs";
import { a1, parseA1 } from "../model/cellref";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { readWorkbook } from "../read";
import { FIXTURES, loadFixture } from "../../test/support/load";
import { summariseFindings, validateWorkbook } from "./index";

const found = (snapshot: WorkbookSnapshot) =>
  validateWorkbook(readWorkbook(snapshot)).map((f) => [f.code, `${f.cell.sheet}!${a1(f.cell)}`]);

/** A copy of the workbook with `edit` applied to its first sheet's cells. */
function planted(snapshot: WorkbookSnapshot, edit: (cells: Grid["cells"]) => void): WorkbookSnapshot {
  const [first, ...rest] = snapshot.sheets;
  const cells = first.cells.map((row) => row.map((c) => (c ? { ...c } : null)));
  edit(cells);
  return { ...snapshot, sheets: [{ ...first, cells }, ...rest] };
}

function set(cells: Grid["cells"], address: string, text: string | null): void {
  const at = parseA1(address);
  if (!at) throw new Error(address);
  const row = (cells[at.row - 1] ??= []);
  row[at.col - 1] = text === null ? null : { value: text, text };
}

function text(cells: Grid["cells"], address: string): string {
  const at = parseA1(address);
  return at ? (cells[at.row - 1]?.[at.col - 1]?.text ?? "") : "";
}

function clearRows(cells: Grid["cells"], from: number, to: number): void {
  for (let r = from; r <= to; r++) cells[r - 1] = [];
}

describe("the shared workbooks", () => {
  it.each(fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))("%s gives no error", async (file) => {
    const findings = validateWorkbook(readWorkbook(await loadFixture(file)));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the T1, T2, table and programme workbooks give no findings at all", async () => {
    for (const name of [
      "kasvu-ja-tyollisyys-2026-T1",
      "konsernipalvelut-2025-T2",
      "kasvu-ja-tyollisyys-2026-taulukko",
      "konsernihallinto-palveluohjelma-2018",
    ])
      expect([name, found(await loadFixture(name))]).toEqual([name, []]);
  });

  it("the year-end workbook gives one note, a target with nothing to measure against", async () => {
    // D17: "Useampivuotinen sopimus toiminnanharjoittajan kanssa." names neither a number nor a
    // state ("valmis", "hyväksytty", …): only a person can judge the actual against it. Row 43's
    // shifted "Mittari 4." is read with its actual, the TEKO "liikkumishjelma" typo is not a label,
    // and every measure has its Toteuma: no warnings.
    const findings = validateWorkbook(readWorkbook(await loadFixture("elinvoima-ja-ymparisto-2023-vuosi")));
    expect(findings.map((f) => [f.code, f.severity, a1(f.cell)])).toEqual([
      ["target-not-assessable", "info", "D17"],
    ]);
    expect(summariseFindings(findings).line).toEqual({ fi: "1 huomautus", en: "1 note" });
  });
});

describe("faults planted into the T2 workbook", () => {
  it("are each found at their block, and only there", async () => {
    const snapshot = planted(await loadFixture("konsernipalvelut-2025-T2"), (cells) => {
      clearRows(cells, 5, 5); // TEKO of the first block gone
      set(cells, "A24", "Selvitys tavoitteen toteutumisesta (T1):"); // a T1 heading in a T2 report
      set(cells, "B31", "Viestinä"); // TEEMA "Viestintä" misspelt
      set(cells, "A34", "TOIMENPDE"); // label near-miss
      set(cells, "D36", null); // target gone
      clearRows(cells, 53, 63); // the last action's selvitys gone
    });
    expect(found(snapshot)).toEqual([
      ["goal-without-commitment", "T2 2025!B7"],
      ["selvitys-period-mismatch", "T2 2025!A24"],
      ["name-spelling-variant", "T2 2025!B31"],
      ["label-near-miss", "T2 2025!A34"],
      ["measure-without-target", "T2 2025!B36"],
      ["action-without-selvitys", "T2 2025!B48"],
    ]);
  });
});

describe("faults planted into the year-end workbook", () => {
  it("are each found at their block, and only there", async () => {
    const snapshot = planted(await loadFixture("elinvoima-ja-ymparisto-2023-vuosi"), (cells) => {
      set(cells, "E41", null); // actual gone in a year-end report
      set(cells, "B42", text(cells, "B41").replace("Mittari 2.", "Mittari 3.")); // the same measure twice
      clearRows(cells, 108, 109); // the action's MITTARI and its values gone
      clearRows(cells, 156, 158); // the financial goal's "Toteutuminen" gone
    });
    expect(found(snapshot)).toEqual([
      ["target-not-assessable", "Toteutuminen 2023!D17"],
      ["measure-without-actual", "Toteutuminen 2023!B41"],
      ["duplicate-measure", "Toteutuminen 2023!B42"],
      ["action-without-measure", "Toteutuminen 2023!B107"],
      ["financial-goal-without-outcome", "Toteutuminen 2023!A154"],
    ]);
  });
});
