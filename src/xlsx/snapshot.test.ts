import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Grid, WorkbookSnapshot } from "../model/grid";
import {
  loadXlsxFile,
  readXlsxFile,
  snapshotFromBuffer,
  snapshotFromExcelJs,
  WorkbookReadError,
  type WorkbookReadProblem,
} from "./snapshot";

const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
const fixture = (name: string) => path.join(FIX, name);

function at(snap: WorkbookSnapshot, sheet: string, a1: string) {
  const grid = snap.sheets.find((g) => g.sheet === sheet) as Grid;
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return grid.cells[Number(m[2]) - 1]?.[col - 1] ?? null;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-xlsx-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("snapshot of the fixture workbooks", () => {
  it("shows numbers as Finnish Excel displays them", async () => {
    const t2 = await readXlsxFile(fixture("konsernipalvelut-2025-T2.xlsx"));
    expect(at(t2, "T2 2025", "C36")).toEqual({ value: 0, text: "0", numberFormat: "#,##0" });
    expect(at(t2, "T2 2025", "D36")).toEqual({ value: 10, text: "10", numberFormat: "#,##0" });
    expect(at(t2, "T2 2025", "D37")).toEqual({ value: "> 0", text: "> 0" });

    const t1 = await readXlsxFile(fixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    expect(at(t1, "T1 2026", "C34")).toEqual({ value: 0.23, text: "23 %", numberFormat: "0 %" });
    expect(at(t1, "T1 2026", "D34")?.text).toBe("30 %");

    const year = await readXlsxFile(fixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    expect(at(year, "Toteutuminen 2023", "C142")).toEqual({
      value: 259000,
      text: "259 000",
      numberFormat: "#,##0",
    });
    expect(at(year, "Toteutuminen 2023", "D40")).toEqual({ value: "30 pv", text: "30 pv" });
    expect(at(year, "Toteutuminen 2023", "E11")?.text).toBe("Toteuma");
  });

  it.each([
    ["elinvoima-ja-ymparisto-2023-vuosi.xlsx", [["Toteutuminen 2023", 207, 5]]],
    ["kasvu-ja-tyollisyys-2026-T1.xlsx", [["T1 2026", 35, 4]]],
    ["kasvu-ja-tyollisyys-2026-taulukko.xlsx", [["Tavoitteet", 5, 9]]],
    ["konsernipalvelut-2025-T2.xlsx", [["T2 2025", 63, 4]]],
    [
      "konsernihallinto-palveluohjelma-2018.xlsx",
      [
        ["Toiminnalliset tavoitteet", 86, 2],
        ["Pitkän aikavälin tavoitteet", 20, 1],
      ],
    ],
  ] as [string, [string, number, number][]][])(
    "%s: sheets, extents, a consistent grid",
    async (name, sheets) => {
      const snap = await readXlsxFile(fixture(name));
      expect(snap.name).toBe(name);
      expect(snap.sheets.map((g) => [g.sheet, g.rowCount, g.columnCount])).toEqual(sheets);
      for (const g of snap.sheets) {
        expect(g.cells).toHaveLength(g.rowCount);
        expect(g.hidden).toBeUndefined();
        for (const row of g.cells) {
          expect(row.length).toBeLessThanOrEqual(g.columnCount);
          for (const c of row) if (c) expect(typeof c.text).toBe("string");
        }
        // Plain data: survives JSON unchanged.
        expect(JSON.parse(JSON.stringify(g))).toEqual(g);
      }
    },
  );

  it("gives the same snapshot from bytes as from the file", async () => {
    const file = fixture("kasvu-ja-tyollisyys-2026-taulukko.xlsx");
    const fromFile = await readXlsxFile(file);
    const fromBytes = await snapshotFromBuffer(fs.readFileSync(file), path.basename(file));
    expect(fromBytes).toEqual(fromFile);
    const loaded = await loadXlsxFile(file);
    expect(loaded.path).toBe(path.resolve(file));
    expect(loaded.snapshot).toEqual(fromFile);
  });
});

describe("cells of every kind", () => {
  async function roundTrip(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet("Data"), wb);
    const buf = await wb.xlsx.writeBuffer();
    return snapshotFromBuffer(buf as ArrayBuffer, "t.xlsx");
  }

  it("flattens rich text, keeps formula results and errors, shows dates as text", async () => {
    const snap = await roundTrip((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "Mittari " }, { font: { bold: true }, text: "1." }] };
      ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("A3").value = { formula: "B3*2", result: 0.5 };
      ws.getCell("A3").numFmt = "0 %";
      ws.getCell("A4").value = new Date(Date.UTC(2023, 5, 26));
      ws.getCell("A4").numFmt = "d.m.yyyy";
      ws.getCell("A5").value = { text: "Porin sivut", hyperlink: "https://www.pori.fi" };
      ws.getCell("A6").value = true;
      ws.getCell("A7").value = 1234.5;
      ws.getCell("A8").value = { formula: 'A1&""', result: "Mittari 1." };
      ws.getCell("A9").value = { error: "#N/A" };
    });
    const g = snap.sheets[0];
    const col = g.cells.map((r) => r[0]);
    expect(col[0]).toEqual({ value: "Mittari 1.", text: "Mittari 1." });
    expect(col[1]).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!", formula: true });
    expect(col[2]).toEqual({ value: 0.5, text: "50 %", formula: true, numberFormat: "0 %" });
    expect(col[3]).toEqual({ value: "26.6.2023", text: "26.6.2023", numberFormat: "d.m.yyyy" });
    expect(col[4]).toEqual({ value: "Porin sivut", text: "Porin sivut" });
    expect(col[5]).toEqual({ value: true, text: "TOSI" });
    expect(col[6]).toEqual({ value: 1234.5, text: "1234,5" });
    expect(col[7]).toEqual({ value: "Mittari 1.", text: "Mittari 1.", formula: true });
    expect(col[8]).toEqual({ value: { error: "#N/A" }, text: "#N/A" });
  });

  it("keeps merged areas, with the covered cells empty", async () => {
    const snap = await roundTrip((ws) => {
      ws.getCell("B2").value = "Kasvava Pori";
      ws.mergeCells("B2:D3");
      ws.getCell("A5").value = "x";
    });
    const g = snap.sheets[0];
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(g.cells[1][1]?.value).toBe("Kasvava Pori");
    expect(g.cells[1][2] ?? null).toBeNull();
    expect(g.cells[2][3] ?? null).toBeNull();
    expect(g.rowCount).toBe(5);
    expect(g.columnCount).toBe(4);
  });

  it("flags hidden and very hidden sheets", async () => {
    const snap = await roundTrip((ws, wb) => {
      ws.getCell("A1").value = "näkyvä";
      wb.addWorksheet("Piilo", { state: "hidden" }).getCell("A1").value = 1;
      wb.addWorksheet("Syvä", { state: "veryHidden" }).getCell("A1").value = 2;
    });
    expect(snap.sheets.map((g) => [g.sheet, g.hidden === true])).toEqual([
      ["Data", false],
      ["Piilo", true],
      ["Syvä", true],
    ]);
  });

  it("keeps hostile text as text", async () => {
    const snap = await roundTrip((ws) => {
      ["=SUM(A1)", "+358 40 123", "-5", "@x"].forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
    });
    expect(snap.sheets[0].cells.map((r) => r[0])).toEqual([
      { value: "=SUM(A1)", text: "=SUM(A1)" },
      { value: "+358 40 123", text: "+358 40 123" },
      { value: "-5", text: "-5" },
      { value: "@x", text: "@x" },
    ]);
  });

  it("snapshots a 60,000-row sheet (time and memory printed, not asserted)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Roska");
    for (let r = 1; r <= 60_000; r++) ws.addRow([`rivi ${r}`, r, r / 7, r % 3 === 0 ? null : "x"]);
    ws.getColumn(3).numFmt = "#,##0.00";
    const buf = await wb.xlsx.writeBuffer();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const snap = await snapshotFromBuffer(buf as ArrayBuffer, "roska.xlsx");
    const ms = Date.now() - t0;
    const mb = Math.max(0, process.memoryUsage().heapUsed - heap0) / 1e6;
    console.log(`60 000 rows × 4 columns: ${ms} ms, heap +${mb.toFixed(0)} MB`);
    const g = snap.sheets[0];
    expect(g.rowCount).toBe(60_000);
    expect(g.columnCount).toBe(4);
    expect(g.cells[59_999][0]?.value).toBe("rivi 60000");
    expect(g.cells[6][2]?.text).toBe("1,00");
    // snapshotFromExcelJs alone (without unzip/parse) on the loaded workbook
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(buf as ArrayBuffer);
    const t1 = Date.now();
    snapshotFromExcelJs(loaded, "roska.xlsx");
    console.log(`snapshotFromExcelJs of 60 000 rows: ${Date.now() - t1} ms`);
  }, 120_000);
});

describe("unreadable files give one sentence in Finnish and English", () => {
  async function problemOf(file: string): Promise<WorkbookReadError> {
    try {
      await readXlsxFile(file);
    } catch (e) {
      if (e instanceof WorkbookReadError) return e;
      throw e;
    }
    throw new Error(`${file} was read`);
  }

  function write(name: string, data: Buffer | string): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, data);
    return file;
  }

  const whole = () => fs.readFileSync(fixture("konsernipalvelut-2025-T2.xlsx"));
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  const cases: [string, () => string, WorkbookReadProblem, RegExp, RegExp][] = [
    ["missing", () => path.join(tmp, "puuttuu.xlsx"), "not-found", /ei löydy/, /does not exist/],
    ["empty", () => write("tyhja.xlsx", Buffer.alloc(0)), "empty", /tyhjä/, /empty/],
    [
      "random bytes",
      () => write("roska.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))),
      "not-a-workbook",
      /ei ole Excel-työkirja/,
      /not an Excel workbook/,
    ],
    ["text", () => write("muistio.xlsx", "tämä ei ole työkirja"), "not-a-workbook", /ei ole/, /not an/],
    [
      "truncated",
      () => write("katkennut.xlsx", whole().subarray(0, Math.floor(whole().length / 2))),
      "damaged",
      /vioittunut tai vajaa/,
      /damaged or incomplete/,
    ],
    [
      "last bytes cut",
      () => write("vajaa.xlsx", whole().subarray(0, whole().length - 10)),
      "damaged",
      /vioittunut/,
      /damaged/,
    ],
    [
      "encrypted",
      () =>
        write(
          "salattu.xlsx",
          Buffer.concat([
            OLE,
            Buffer.alloc(504),
            Buffer.from("EncryptionInfo", "utf16le"),
            Buffer.alloc(512),
          ]),
        ),
      "encrypted",
      /salasanalla/,
      /password-protected/,
    ],
    [
      "old .xls",
      () => write("vanha.xls", Buffer.concat([OLE, Buffer.alloc(1024)])),
      "old-xls",
      /\.xls-muotoa/,
      /old \.xls format/,
    ],
    ["a folder", () => tmp, "not-a-file", /kansio/, /folder/],
  ];

  it.each(cases)("%s", async (_label, make, problem, fi, en) => {
    const e = await problemOf(make());
    expect(e.problem).toBe(problem);
    expect(e.fi).toMatch(fi);
    expect(e.en).toMatch(en);
    for (const s of [e.fi, e.en]) {
      expect(s).toMatch(/^[A-ZÄÖ].*\.$/);
      expect(s).not.toMatch(/\n|\bat\s|Error|undefined/);
    }
  });

  it("names the file in the sentence", async () => {
    const e = await problemOf(write("budjetti.xlsx", Buffer.alloc(0)));
    expect(e.fi).toContain('"budjetti.xlsx"');
    expect(e.en).toContain('"budjetti.xlsx"');
  });

  it("says a zip that is not a workbook is not one (a .docx, say)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x");
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    // The same zip with the workbook part renamed: a whole zip, no workbook.
    const renamed = Buffer.from(
      buf.toString("latin1").split("xl/workbook.xml").join("xl/notebook.xml"),
      "latin1",
    );
    await expect(snapshotFromBuffer(renamed, "muistio.docx")).rejects.toMatchObject({
      problem: "not-a-workbook",
    });
  });
});
