/**
 * Test-only SheetSpecs that use every part of the contract: a summary table with links to source
 * cells, a native stacked bar chart over it, and below it selvitys blocks as a template has them
 * (labels, merged Input-style answer cells that take typing, a drop-down of the four status labels,
 * row heights), a further Excel table, a drop-down whose values contain commas, frozen panes,
 * protection and A4 print settings. `size` scales every repeated part.
 */
import type { CellStyle, PlacedCell, SheetSpec } from "../../src/edits/types";

export const STATUS_LABELS = ["Toteutunut", "Osittain toteutunut", "Ei toteutunut", "Ei arvioitavissa"];
export const STATUS_FILLS = ["#C6EFCE", "#FFEB9C", "#FFC7CE", "#EDEDED"];

/** The source sheet the summary rows link to. */
export const SOURCE_SHEET = "Lähde 2025";

export interface FullSpecSize {
  /** Rows of the summary table (departments). */
  departments: number;
  /** Selvitys blocks of the template part. */
  blocks: number;
}

export const ANSWER: CellStyle = { builtin: "Input", locked: false, wrap: true, vertical: "top" };

/** Row (1-based) where the free-form part starts, below the summary table and its chart. */
export function freeFormTop(size: FullSpecSize): number {
  return Math.max(4 + size.departments, 22) + 3;
}

export function fullSpec(size: FullSpecSize = { departments: 6, blocks: 3 }): SheetSpec {
  const n = size.departments;
  const top = freeFormTop(size);
  const rows: (string | number | null)[][] = Array.from({ length: n }, (_, i) => [
    i === 0 ? "=Toimiala (ei kaava)" : `Toimiala ${i}`,
    (i * 7) % 11,
    (i * 3) % 5,
    i % 4,
    i % 2,
  ]);
  const cells: PlacedCell[] = [];
  const merges: SheetSpec["merges"] = [];
  const rowHeights: SheetSpec["rowHeights"] = [];
  const validations: SheetSpec["validations"] = [];
  for (let k = 0; k < size.blocks; k++) {
    const r = top + k * 4;
    cells.push(
      { row: r, col: 1, value: "TOIMENPIDE", style: { bold: true } },
      { row: r, col: 2, value: `Toimenpide ${k + 1}: ${"kuvaus ".repeat(3)}`, style: { wrap: true } },
      {
        row: r + 1,
        col: 1,
        value: "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
        style: { wrap: true, vertical: "top" },
      },
      { row: r + 1, col: 2, value: null, style: ANSWER },
      { row: r + 2, col: 1, value: "Tila" },
      { row: r + 2, col: 2, value: null, style: { builtin: "Input", locked: false } },
    );
    merges.push({ top: r + 1, left: 2, bottom: r + 1, right: 6 });
    rowHeights.push({ row: r + 1, height: 60 });
    validations.push({
      box: { top: r + 2, left: 2, bottom: r + 2, right: 2 },
      values: STATUS_LABELS,
      prompt: {
        title: "Tila / Status",
        text: "Valitse kaupungin asteikolta. / Choose from the city's scale.",
      },
      error: {
        title: "Ei asteikolla / Not on the scale",
        text: "Valitse luettelosta. / Choose from the list.",
      },
    });
  }
  // Odd cells of the first block: hostile text, a number, a boolean, a link out, a styled heading,
  // and a drop-down whose values contain commas.
  cells.push(
    { row: top, col: 4, value: null, style: { builtin: "Input", locked: false } },
    { row: top, col: 8, value: "-5", style: { numberFormat: "@" } },
    { row: top + 1, col: 8, value: 1234.5, style: { numberFormat: "#,##0.0" } },
    { row: top + 2, col: 8, value: true },
    {
      row: top - 2,
      col: 1,
      value: "Selvityspohja T2 2025",
      style: { fontSize: 14, bold: true, horizontal: "center", border: "#7F7F7F", italic: true },
    },
    { row: top - 2, col: 3, value: "Ohje", link: { url: "https://www.pori.fi/ohje" } },
    { row: top - 2, col: 4, value: null, link: { sheet: SOURCE_SHEET, cell: "A1" } },
    // A little table of its own, beside the blocks.
    { row: top, col: 18, value: "Tila" },
    { row: top, col: 19, value: "Määrä" },
    { row: top + 1, col: 18, value: STATUS_LABELS[0] },
    { row: top + 1, col: 19, value: 3 },
    { row: top + 2, col: 18, value: STATUS_LABELS[1] },
    { row: top + 2, col: 19, value: 1 },
  );
  validations.push({
    box: { top, left: 4, bottom: top, right: 4 },
    values: ["Valmis, hyväksytty", "Kesken", '=Ei kaava "lainattu"'],
  });
  return {
    name: "Yhteenveto T2",
    title: ["Yhteenveto T2 2025", "Kaikki toimialat"],
    columns: [
      { header: "Toimiala", width: 34, wrap: true },
      ...STATUS_LABELS.map((header) => ({ header, width: 12, numberFormat: "0" })),
    ],
    rows,
    styles: [{ row: Math.min(1, n - 1), col: 1, style: { fill: "#FFC7CE", fontColor: "#9C0006" } }],
    links: rows.map((_, i) => ({ row: i, col: 0, target: { sheet: SOURCE_SHEET, cell: `B${12 + i}` } })),
    table: { name: "Tilat_T2", style: "TableStyleLight9" },
    freezeHeader: true,
    cells,
    columnWidths: [{ col: 8, width: 16 }],
    rowHeights,
    merges,
    tables: [
      { name: "Selite", box: { top, left: 18, bottom: top + 2, right: 19 }, style: "TableStyleLight1" },
    ],
    validations,
    charts: [
      {
        kind: "bar-stacked",
        name: "Tilat toimialoittain",
        title: "Mittareiden tila toimialoittain",
        anchor: { top: 4, left: 8, bottom: 22, right: 16 },
        categories: { top: 5, left: 1, bottom: 4 + n, right: 1 },
        series: STATUS_LABELS.map((name, i) => ({
          name,
          nameCell: { row: 4, col: 2 + i },
          values: { top: 5, left: 2 + i, bottom: 4 + n, right: 2 + i },
          color: STATUS_FILLS[i],
        })),
      },
    ],
    freeze: { rows: 4, columns: 1 },
    protect: true,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: 4, to: 4 } },
  };
}
