/**
 * The corpus of issue 11 (test/fixtures/corpus, made by test/fixtures/make-corpus.sh with openpyxl
 * and LibreOffice): every workbook Excel opens is read, every file that is not one is refused with
 * its sentence, and writing from an input keeps every part it did not mean to change.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import { main } from "../cli/main";
import { planClear } from "../edits/colour";
import { readState } from "../edits/state";
import { applyEdits, workbookBytes } from "./core";
import { loadXlsxFile, readXlsxFile, WorkbookReadError, type WorkbookReadProblem } from "./snapshot";
import { cellsOf, partsOf, sameBytes, textOf, withoutCells } from "../../test/support/parts";

const CORPUS = path.join(__dirname, "../../test/fixtures/corpus");
const corpus = (name: string) => path.join(CORPUS, name);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-corpus-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function at(snap: WorkbookSnapshot, sheet: string, a1: string) {
  const grid = snap.sheets.find((g) => g.sheet === sheet) as Grid;
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return grid.cells[Number(m[2]) - 1]?.[col - 1] ?? null;
}

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} });
  return { code, stdout, stderr };
}

describe("every workbook is read", () => {
  it.each([
    ["rich-openpyxl.xlsx", ["Toteutuminen 2023"]],
    ["rich-libreoffice.xlsx", ["Toteutuminen 2023", "Kaavio"]],
    ["chart-image-openpyxl.xlsx", ["Mittarit"]],
    ["chart-image-libreoffice.xlsx", ["Mittarit"]],
    ["settings-openpyxl.xlsx", ["Raportti", "Piilotettu", "Syvällä"]],
    ["settings-libreoffice.xlsx", ["Raportti", "Piilotettu", "Syvällä"]],
    ["date1904-openpyxl.xlsx", ["Päivät"]],
    ["date1904-libreoffice.xlsx", ["Päivät"]],
    ["macro.xlsm", ["Makrot"]],
    ["google-sheets-style.xlsx", ["Taulukko1"]],
    ["excel-parts.xlsx", ["Tiedot", "Pivot"]],
  ])("%s", async (name, sheets) => {
    const snap = await readXlsxFile(corpus(name));
    expect(snap.sheets.map((g) => g.sheet)).toEqual(sheets);
    const r = await cli(["read", corpus(name), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("the rich year-end workbook, from openpyxl (with its chart) and from LibreOffice, reads as the original", async () => {
    const original = await cli([
      "status",
      path.join(__dirname, "../../test/fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx"),
      "--json",
    ]);
    const strip = (out: string) =>
      JSON.parse(out).files[0].measures.map((m: Record<string, unknown>) => ({ ...m, sheet: null }));
    for (const name of ["rich-openpyxl.xlsx", "rich-libreoffice.xlsx"]) {
      const r = await cli(["status", corpus(name), "--json"]);
      expect(r.code).toBe(0);
      expect(strip(r.stdout)).toEqual(strip(original.stdout));
    }
  });

  it("hidden and very hidden sheets are flagged", async () => {
    for (const name of ["settings-openpyxl.xlsx", "settings-libreoffice.xlsx"]) {
      const snap = await readXlsxFile(corpus(name));
      expect(snap.sheets.map((g) => g.hidden === true)).toEqual([false, true, true]);
    }
  });

  it("dates of the 1904 date system show their own day", async () => {
    for (const name of ["date1904-openpyxl.xlsx", "date1904-libreoffice.xlsx"]) {
      const snap = await readXlsxFile(corpus(name));
      expect(at(snap, "Päivät", "B1")?.text).toBe("26.6.2023");
      expect(at(snap, "Päivät", "B2")?.text).toBe("31.1.2024");
    }
  });

  it("Google-Sheets-style inline strings and a date by the built-in format", async () => {
    const snap = await readXlsxFile(corpus("google-sheets-style.xlsx"));
    expect(at(snap, "Taulukko1", "B2")?.value).toBe("Osaava Pori");
    expect(at(snap, "Taulukko1", "C7")?.value).toBe(120);
    expect(at(snap, "Taulukko1", "B8")?.text).toMatch(/2023/);
  });

  it("Excel's parts: rich and phonetic text, shared and array formulas' results, string, error and boolean results", async () => {
    const snap = await readXlsxFile(corpus("excel-parts.xlsx"));
    expect(at(snap, "Tiedot", "A2")).toEqual({ value: "Mittari 1.", text: "Mittari 1." });
    expect(at(snap, "Tiedot", "E1")?.value).toBe("Pori");
    expect(["E3", "E4", "E5"].map((a) => at(snap, "Tiedot", a))).toEqual([
      { value: 25, text: "25", formula: true },
      { value: 27, text: "27", formula: true },
      { value: 29, text: "29", formula: true },
    ]);
    expect(at(snap, "Tiedot", "B6")).toMatchObject({ value: 66, formula: true });
    expect(at(snap, "Tiedot", "C6")).toMatchObject({ value: "TOIMENPIDE ok", formula: true });
    expect(at(snap, "Tiedot", "D6")).toMatchObject({ value: { error: "#DIV/0!" }, formula: true });
    expect(at(snap, "Tiedot", "E6")).toMatchObject({ value: true, formula: true });
    expect(at(snap, "Tiedot", "A7")).toMatchObject({ value: 7, formula: true });
    expect(at(snap, "Tiedot", "B7")?.value).toBe("rikas teksti");
    expect(at(snap, "Pivot", "B4")?.value).toBe(48);
  });
});

describe("every file that is not a readable workbook gets its sentence", () => {
  it.each([
    ["empty.xlsx", "empty", /tyhjä \(0 tavua\)/, /empty \(0 bytes\)/],
    ["old.xls", "old-xls", /tallenna se Excelissä \.xlsx/, /save it in Excel as an \.xlsx/],
    ["encrypted.xlsx", "encrypted", /poista salaus/, /remove the encryption/],
    ["raportti.csv", "csv", /CSV.*tallenna \.xlsx-muodossa/, /CSV.*save it as \.xlsx/],
    ["bomb.xlsx", "too-large", /purkautuisi yli/, /would unpack to more than/],
    ["truncated.xlsx", "damaged", /vioittunut tai vajaa/, /damaged or incomplete/],
    ["sheet.ods", "ods", /OpenDocument.*\.xlsx/, /OpenDocument.*\.xlsx/],
    ["binary.xlsb", "xlsb", /\.xlsb.*\.xlsx/, /\.xlsb.*\.xlsx/],
    ["muistio.docx", "not-a-workbook", /ei ole Excel-työkirja/, /not an Excel workbook/],
  ] as [string, WorkbookReadProblem, RegExp, RegExp][])("%s", async (name, problem, fi, en) => {
    const e = await readXlsxFile(corpus(name)).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    expect(err.problem).toBe(problem);
    expect(err.fi).toMatch(fi);
    expect(err.en).toMatch(en);
    for (const s of [err.fi, err.en]) {
      expect(s).toContain(`"${name}"`);
      expect(s).toMatch(/^[A-ZÄÖ].*\.$/);
      expect(s.split(/\.\s/)).toHaveLength(1);
    }
    const r = await cli(["validate", corpus(name)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\s+at\s|Error/);
  });

  it("the zip bomb is refused from its directory, before anything is inflated", async () => {
    const heap = process.memoryUsage().heapUsed;
    await expect(readXlsxFile(corpus("bomb.xlsx"))).rejects.toMatchObject({ problem: "too-large" });
    // 200 MB would have to be allocated to inflate it.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
  });
});

describe("writing from an input keeps every part it did not mean to change", () => {
  /** Colours the input with the command line and compares the zips part by part. */
  async function colourAndCompare(name: string, out = name) {
    const input = corpus(name);
    const output = path.join(tmp, `varitetty-${out}`);
    const r = await cli(["colour", input, "-o", output]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const before = partsOf(fs.readFileSync(input));
    const after = partsOf(fs.readFileSync(output));
    const loaded = await loadXlsxFile(output);
    const state = readState(loaded.snapshot).get("status") ?? [];
    expect(state.length).toBeGreaterThan(0);
    const touchedSheets = new Set(
      loaded.workbook
        .sheets()
        .filter((s) => state.some((x) => x.sheet.toLowerCase() === s.name.toLowerCase()))
        .map((s) => s.part as string),
    );
    const allowed = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      ...touchedSheets,
    ]);
    for (const [part, bytes] of before) {
      expect(after.has(part)).toBe(true);
      if (!allowed.has(part))
        expect({ part, same: sameBytes(bytes, after.get(part)) }).toEqual({ part, same: true });
    }
    // The new parts are the state sheet only.
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added).toHaveLength(1);
    expect(textOf(after, added[0])).toContain("<sheetData>");
    // In a touched sheet only the touched cells differ.
    const refs = state.flatMap((s) => s.cells.map((c) => `${String.fromCharCode(64 + c.col)}${c.row}`));
    for (const part of touchedSheets) {
      const a = textOf(before, part);
      const b = textOf(after, part);
      expect(withoutCells(b, refs)).toBe(withoutCells(a, refs));
      const changed = [...cellsOf(b)].filter(([ref, xml]) => cellsOf(a).get(ref) !== xml).map(([ref]) => ref);
      expect(changed.length).toBeGreaterThan(0);
      for (const ref of changed) expect(refs).toContain(ref);
    }
    // Styles: every original format, font, fill and border keeps its place; new ones come after.
    const list = (xml: string, section: string) => {
      const m = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml);
      return m ? m[1] : "";
    };
    const sa = textOf(before, "xl/styles.xml");
    const sb = textOf(after, "xl/styles.xml");
    for (const section of [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
    ])
      expect(list(sb, section).startsWith(list(sa, section))).toBe(true);
    // workbook.xml, its relationships and the content types only gained the state sheet.
    const wa = textOf(before, "xl/workbook.xml");
    const wb = textOf(after, "xl/workbook.xml").replace(/<sheet name="Toteuma_tila"[^>]*\/>/, "");
    expect(wb.replace(/ xmlns:r="[^"]*"/g, "")).toBe(wa.replace(/ xmlns:r="[^"]*"/g, ""));
    expect(
      textOf(after, "xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*sheet\d+\.xml"\/>$/, ""),
    ).toContain(textOf(before, "xl/_rels/workbook.xml.rels").replace(/<\/Relationships>\s*$/, ""));
    return { input, output, before, after };
  }

  it.each(["rich-libreoffice.xlsx", "rich-openpyxl.xlsx", "excel-parts.xlsx"])(
    "%s through toteuma colour: charts, drawings, notes, pivots, slicers, links, validations… all kept",
    async (name) => {
      const { before, after } = await colourAndCompare(name);
      for (const kept of [...before.keys()].filter((p) =>
        /chart|drawing|comment|pivot|slicer|external|threaded|person|vml|media|custom/i.test(p),
      ))
        expect(sameBytes(before.get(kept), after.get(kept))).toBe(true);
    },
  );

  it("a macro workbook keeps its vbaProject, written as .xlsm (and refused as .xlsx)", async () => {
    // The macro sample has no measures to colour: write it with a findings-like sheet instead.
    const loaded = await loadXlsxFile(corpus("macro.xlsm"));
    applyEdits(loaded.workbook, [
      { kind: "sheet", spec: { name: "Tarkistus", columns: [{ header: "Viesti" }], rows: [["ok"]] } },
    ]);
    const after = partsOf(workbookBytes(loaded.workbook));
    const before = partsOf(fs.readFileSync(corpus("macro.xlsm")));
    expect(sameBytes(before.get("xl/vbaProject.bin"), after.get("xl/vbaProject.bin"))).toBe(true);
    expect(textOf(after, "[Content_Types].xml")).toContain("macroEnabled.main+xml");
    const { writeXlsx } = await import("./file");
    await expect(writeXlsx(loaded.workbook, path.join(tmp, "makrot.xlsx"))).rejects.toMatchObject({
      fi: expect.stringMatching(/\.xlsm/),
    });
    await writeXlsx(loaded.workbook, path.join(tmp, "makrot.xlsm"));
    expect(fs.existsSync(path.join(tmp, "makrot.xlsx"))).toBe(false);
  });

  it("clearing the colours gives back every cell's very element", async () => {
    for (const name of ["rich-libreoffice.xlsx", "excel-parts.xlsx"]) {
      const { output, before } = await colourAndCompare(name, `clear-${name}`);
      const coloured = await loadXlsxFile(output);
      applyEdits(coloured.workbook, planClear(coloured.snapshot));
      const cleared = partsOf(workbookBytes(coloured.workbook));
      expect([...cleared.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [part, bytes] of before) {
        if (part === "xl/styles.xml") continue; // the appended formats stay, unused
        const b = cleared.get(part) as Uint8Array;
        if (/worksheets\/sheet\d+\.xml$/.test(part)) {
          const sd = (x: string) => /<sheetData[\s\S]*<\/sheetData>/.exec(x)?.[0];
          expect(sd(textOf(cleared, part))).toBe(sd(textOf(before, part)));
        } else if (part === "xl/workbook.xml") {
          expect(textOf(cleared, part).replace(/ xmlns:r="[^"]*"/g, "")).toBe(
            textOf(before, part).replace(/ xmlns:r="[^"]*"/g, ""),
          );
        } else expect({ part, same: sameBytes(bytes, b) }).toEqual({ part, same: true });
      }
    }
  });
});

describe("a workbook as Open XML SDK programs write it (x: prefixes, other part names, ISO dates)", () => {
  it("is read, coloured with its added elements in the right namespace, and opened again", async () => {
    const input = corpus("openxml-sdk-style.xlsx");
    const snap = await readXlsxFile(input);
    expect(snap.sheets[0].sheet).toBe("Raportti 2024");
    expect(at(snap, "Raportti 2024", "E7")?.text).toBe("31.12.2024");
    const output = path.join(tmp, "sdk-varitetty.xlsx");
    const r = await cli(["colour", input, "-o", output]);
    expect(r.code).toBe(0);
    const parts = partsOf(fs.readFileSync(output));
    const styles = textOf(parts, "xl/tyylit.xml");
    expect(styles).toContain(`<font xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`);
    expect(styles).toContain(`<xf xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`);
    expect(textOf(parts, "xl/worksheets/raportti.xml")).toContain(
      `<c r="F5" t="inlineStr" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><is><t>Tila</t></is></c></x:row>`,
    );
    // Read again (exceljs sees the elements without their prefix): the colour and the label are there.
    const back = await loadXlsxFile(output);
    expect(at(back.snapshot, "Raportti 2024", "F6")?.value).toBe("Toteutunut");
    // Colouring again reuses the formats it added instead of adding more.
    const again = path.join(tmp, "sdk-uudelleen.xlsx");
    expect((await cli(["colour", output, "-o", again])).code).toBe(0);
    expect(textOf(partsOf(fs.readFileSync(again)), "xl/tyylit.xml")).toBe(styles);
  });
});
