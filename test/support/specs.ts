/**
 * A SheetSpec with every field, table part and free-form parts (a status summary with a chart, an
 * answer area with a drop-down and unlocked Input cells), for the writers' tests.
 */
import type { SheetSpec } from "../../src/edits/types";

export const CHART_COLOURS = ["#1F77B4", "#FF7F0E", "#2CA02C", "#9467BD"];

export const FULL_SPEC: SheetSpec = {
  name: "Yhteenveto",
  title: ["Yhteenveto 2025", "Lähteet: 3 työkirjaa"],
  columns: [
    { header: "Toimiala", width: 32, wrap: true },
    { header: "Toteutunut", width: 12, numberFormat: "0" },
    { header: "Osittain toteutunut", width: 12, numberFormat: "0" },
    { header: "Ei toteutunut", width: 12, numberFormat: "0" },
    { header: "Ei arvioitavissa", width: 12, numberFormat: "0" },
    { header: "Toteutunut %", width: 12, numberFormat: "0 %" },
  ],
  rows: [
    ["Elinvoima- ja ympäristötoimiala", 12, 8, 3, 2, 0.48],
    ["Konsernipalvelut", 4, 3, 1, 0, 0.5],
    ["=SUM(A1) ei ole kaava", 2, 2, 0, 1, 0.4],
  ],
  styles: [
    { row: 0, col: 1, style: { fill: "#C6EFCE", fontColor: "#006100", bold: true } },
    { row: 1, col: 3, style: { fill: "#FFC7CE", fontColor: "#9C0006", italic: true, horizontal: "center" } },
  ],
  links: [
    { row: 0, col: 0, target: { sheet: "Yhteenveto", cell: "A20" } },
    { row: 1, col: 0, target: { url: "https://www.pori.fi/" } },
  ],
  table: { name: "Toteuma_yhteenveto", style: "TableStyleMedium2" },
  freezeHeader: true,
  cells: [
    { row: 20, col: 1, value: "Vastaa tähän", style: { bold: true, fontSize: 14 } },
    { row: 21, col: 1, value: "Tila", style: { border: "#7F7F7F", vertical: "center" } },
    { row: 21, col: 2, value: null, style: { builtin: "Input", locked: false } },
    { row: 22, col: 1, value: "Selvitys", style: { builtin: "Note" } },
    { row: 22, col: 2, value: "", style: { builtin: "Input", locked: false, wrap: true } },
    { row: 24, col: 1, value: "Osasto", style: { bold: true } },
    { row: 24, col: 2, value: "Määrä", style: { bold: true } },
    { row: 25, col: 1, value: "A" },
    { row: 25, col: 2, value: 1 },
    { row: 26, col: 1, value: "B" },
    { row: 26, col: 2, value: true },
    { row: 27, col: 1, value: "+358 40 123", link: { sheet: "Yhteenveto", cell: "B21" } },
  ],
  columnWidths: [{ col: 8, width: 40 }],
  rowHeights: [
    { row: 22, height: 60 },
    { row: 30, height: 24 },
  ],
  merges: [{ top: 20, left: 1, bottom: 20, right: 3 }],
  tables: [{ name: "Osastot", box: { top: 24, left: 1, bottom: 26, right: 2 } }],
  validations: [
    {
      box: { top: 21, left: 2, bottom: 21, right: 2 },
      values: ["Toteutunut", "Osittain toteutunut", "Ei toteutunut", "Ei arvioitavissa"],
      prompt: { title: "Tila", text: "Valitse mittarin tila. / Pick the measure's status." },
      error: { title: "Ei käy", text: "Valitse luettelosta. / Pick from the list." },
    },
  ],
  charts: [
    {
      kind: "bar-stacked",
      name: "Tilat toimialoittain",
      title: "Mittareiden tila",
      anchor: { top: 2, left: 8, bottom: 18, right: 14 },
      categories: { top: 5, left: 1, bottom: 7, right: 1 },
      series: [
        {
          name: "Toteutunut",
          nameCell: { row: 4, col: 2 },
          values: { top: 5, left: 2, bottom: 7, right: 2 },
          color: CHART_COLOURS[0],
        },
        {
          name: "Osittain toteutunut",
          nameCell: { row: 4, col: 3 },
          values: { top: 5, left: 3, bottom: 7, right: 3 },
          color: CHART_COLOURS[1],
        },
        {
          name: "Ei toteutunut",
          nameCell: { row: 4, col: 4 },
          values: { top: 5, left: 4, bottom: 7, right: 4 },
          color: CHART_COLOURS[2],
        },
        {
          name: "Ei arvioitavissa",
          nameCell: { row: 4, col: 5 },
          values: { top: 5, left: 5, bottom: 7, right: 5 },
          color: CHART_COLOURS[3],
        },
      ],
    },
  ],
  freeze: { rows: 4, columns: 1 },
  protect: true,
  print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: 4, to: 4 } },
};
