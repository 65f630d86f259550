// The benchmark's workbooks, built into a temporary folder: the year-end report (the fixture
// elinvoima-ja-ymparisto-2023-vuosi.xlsx: 25 measures on 207 rows of the block layout) repeated to a
// given number of measures, and the shapes of sheet that have made readers slow (junk after a block,
// junk before it, one giant merged area, 16,000 columns, 32,000-character cells, 500 small sheets).
// Written as Excel writes them (shared strings) with exceljs' streaming writer; deterministic.
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const FIXTURE = path.join(__dirname, "../../test/fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");
const YEAR_END_ROWS = 207;
const YEAR_END_MEASURES = 25;
/** Copies of the report per sheet in the measure workbooks: 500 measures, 4,140 rows a sheet. */
const COPIES_PER_SHEET = 20;

let fixture = null;

/** The fixture's cells, row by row: [{ row, cells: [{ col, value, numFmt }] }]. */
async function yearEnd() {
  if (fixture) return fixture;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const rows = [];
  wb.worksheets[0].eachRow({ includeEmpty: false }, (row, r) => {
    const cells = [];
    row.eachCell({ includeEmpty: false }, (cell, col) =>
      cells.push({ col, value: cell.value, numFmt: cell.numFmt }),
    );
    rows.push({ row: r, cells });
  });
  fixture = rows;
  return rows;
}

/** A small deterministic random source (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of a pasted data dump or a list of notes: no label of any layout among them.
const WORDS = (
  "asiakas palvelu kehitys kaupunki hanke kokous muistio päätös sopimus aikataulu talous kustannus " +
  "yritys alue rakennus katu liikenne koulu päiväkoti kirjasto uimahalli avustus selvitetään käsitelty " +
  "jatkuu valmistelu kesken huomioitu lisätty korjattu tarkistettu ilmoitus palaute vastaus kysely " +
  "tulos arvio suunnitelma raportti tiedote ohje lomake hakemus lupa rekisteri kartoitus seuranta"
).split(" ");

/** One row of junk: a note of a few to a dozen words, sometimes a number and a code beside it. */
function junkRow(rnd, i) {
  const n = 3 + Math.floor(rnd() * 12);
  const words = [];
  for (let k = 0; k < n; k++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  const row = [`${words.join(" ")} ${i}`];
  if (rnd() < 0.5) row.push(Math.round(rnd() * 1e6) / 100);
  if (rnd() < 0.3) row.push(`K-${Math.floor(rnd() * 9000) + 1000}`);
  return row;
}

/** A sheet writer that numbers its rows. */
function rowWriter(ws) {
  let r = 0;
  return {
    get row() {
      return r;
    },
    /** Writes `values` (array, index 0 = column A; undefined skips) as the next row. */
    values(values, numFmts) {
      r++;
      const row = ws.getRow(r);
      values.forEach((v, i) => {
        if (v === undefined || v === null) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (numFmts && numFmts[i]) cell.numFmt = numFmts[i];
      });
      row.commit();
    },
    /** The year-end report, `copies` times one under the other; `text` may change a cell's text. */
    async report(copies = 1, text = null) {
      const rows = await yearEnd();
      for (let k = 0; k < copies; k++) {
        const base = r;
        for (const src of rows) {
          const row = ws.getRow(base + src.row);
          for (const c of src.cells) {
            const cell = row.getCell(c.col);
            cell.value = text ? text(c.value, src.row, c.col) : c.value;
            if (c.numFmt && c.numFmt !== "General") cell.numFmt = c.numFmt;
          }
          row.commit();
        }
        r = base + YEAR_END_ROWS;
      }
    },
    skip(n) {
      r += n;
    },
  };
}

async function write(file, fill) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  await fill(wb);
  await wb.commit();
  return file;
}

/** Adds merged areas to a sheet of a written file ("sheet1.xml"…): exceljs' streaming writer has none. */
function addMerges(file, sheetIndex, refs) {
  const files = unzipSync(fs.readFileSync(file));
  const part = `xl/worksheets/sheet${sheetIndex}.xml`;
  const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
  files[part] = strToU8(strFromU8(files[part]).replace("</sheetData>", `</sheetData>${merges}`));
  fs.writeFileSync(file, zipSync(files));
}

function columnName(n) {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The selvitys texts of the year-end report (cells under a "Selvitys" heading in column A). */
function isReportText(value, row, col) {
  return col === 1 && typeof value === "string" && value.length > 60;
}

const SIZES = {
  full: {
    junkRows: 60_000,
    mergeRows: 60_000,
    wideRows: 25,
    wideColumns: 16_000,
    longCells: 100,
    longCopies: 10,
    sheets: 500,
  },
  smoke: {
    junkRows: 3_000,
    mergeRows: 3_000,
    wideRows: 2,
    wideColumns: 16_000,
    longCells: 5,
    longCopies: 1,
    sheets: 25,
  },
};

/** Builders by kind: each writes its workbook to `file` and says what it holds. */
const BUILD = {
  /** `measures` measures of block layout: sheets of 500 (the report 20 times), the last one shorter. */
  async measures(file, { measures }) {
    const copies = Math.ceil(measures / YEAR_END_MEASURES);
    await write(file, async (wb) => {
      for (let done = 0, s = 1; done < copies; s++) {
        const w = rowWriter(wb.addWorksheet(`Toimiala ${s}`));
        const n = Math.min(COPIES_PER_SHEET, copies - done);
        await w.report(n);
        done += n;
      }
    });
    return { measures: copies * YEAR_END_MEASURES };
  },
  /** The report, then thousands of unlabelled text rows on the same sheet. */
  async junkAfter(file, size) {
    const rnd = random(1);
    await write(file, async (wb) => {
      const w = rowWriter(wb.addWorksheet("Toteutuminen 2023"));
      await w.report(1);
      for (let i = 1; i <= size.junkRows; i++) w.values(junkRow(rnd, i));
    });
    return { measures: YEAR_END_MEASURES };
  },
  /** Thousands of unlabelled text rows, then the report. */
  async junkBefore(file, size) {
    const rnd = random(2);
    await write(file, async (wb) => {
      const w = rowWriter(wb.addWorksheet("Toteutuminen 2023"));
      for (let i = 1; i <= size.junkRows; i++) w.values(junkRow(rnd, i));
      w.skip(1);
      await w.report(1);
    });
    return { measures: YEAR_END_MEASURES };
  },
  /** The report, then one merged area 16 columns wide over `mergeRows` rows (nothing in it but its first cell). */
  async merged(file, size) {
    await write(file, async (wb) => {
      const w = rowWriter(wb.addWorksheet("Toteutuminen 2023"));
      await w.report(1);
      w.skip(1);
      w.values(["Liitteet ja muistiinpanot"]);
    });
    addMerges(file, 1, [`A${YEAR_END_ROWS + 2}:P${YEAR_END_ROWS + 1 + size.mergeRows}`]);
    return { measures: YEAR_END_MEASURES };
  },
  /** The report, then rows of a data dump 16,000 columns wide. */
  async wide(file, size) {
    const rnd = random(3);
    await write(file, async (wb) => {
      const w = rowWriter(wb.addWorksheet("Toteutuminen 2023"));
      await w.report(1);
      for (let i = 1; i <= size.wideRows; i++) {
        const row = [];
        for (let c = 0; c < size.wideColumns; c++)
          row.push(
            c % 3 === 0 ? `${WORDS[Math.floor(rnd() * WORDS.length)]} ${c}` : Math.round(rnd() * 1e5) / 10,
          );
        w.values(row);
      }
    });
    return { measures: YEAR_END_MEASURES, note: `${size.wideColumns} columns` };
  },
  /** The report repeated, each selvitys text 32,000 characters long, then notes of 32,000 characters. */
  async longCells(file, size) {
    const rnd = random(4);
    const long = (seed) => {
      const words = [seed];
      let n = seed.length;
      while (n < 32_000) {
        const w = WORDS[Math.floor(rnd() * WORDS.length)];
        words.push(w);
        n += w.length + 1;
      }
      return words.join(" ").slice(0, 32_000);
    };
    await write(file, async (wb) => {
      const w = rowWriter(wb.addWorksheet("Toteutuminen 2023"));
      await w.report(size.longCopies, (value, row, col) =>
        isReportText(value, row, col) ? long(value) : value,
      );
      for (let i = 1; i <= size.longCells; i++) w.values([long(`Muistio ${i}:`)]);
    });
    return { measures: YEAR_END_MEASURES * size.longCopies };
  },
  /** Many small sheets: the report on each. */
  async sheets(file, size) {
    await write(file, async (wb) => {
      for (let s = 1; s <= size.sheets; s++) await rowWriter(wb.addWorksheet(`Yksikkö ${s}`)).report(1);
    });
    return { measures: YEAR_END_MEASURES * size.sheets };
  },
};

module.exports = { BUILD, SIZES, YEAR_END_MEASURES, columnName };
