/**
 * The merged workbook's first sheet, "Sisällys" (contents), planned as data (one "sheet" edit):
 * a table of the merged sheets (each name a link to its sheet; the department, period and year, the
 * source file and sheet, the measure count), then every conflict between the sources as the summary
 * words it, every file and sheet left out with its reason, and what copying could not keep as it was
 * (a picture or chart left out, formulas kept as their values). Headings in Finnish with English
 * beside them; the sentences in the language asked. Nothing a person wrote is dropped silently: what
 * is not in the merged workbook is named here. Pure.
 */
import { CONTENTS_HEADERS, CONTENTS_SHEET } from "../model/own";
import type { Language } from "../model/text";
import { periodPhrase, type CopyNote, type MergePlan } from "../summary";
import { headerRowOf } from "./layout";
import { linesOf } from "./summary";
import type { CellStyle, Edit, PlacedCell, SheetSpec } from "./types";

/** The contents sheet's name in the merged workbook (src/model/own.ts, where readers know it by its header). */
export { CONTENTS_SHEET };

const WORDS = {
  fi: {
    title: "Yhdistetty työkirja (Merged workbook)",
    subtitle: (sheets: number, files: number) =>
      `${sheets} ${sheets === 1 ? "raporttivälilehti" : "raporttivälilehteä"} ${files} työkirjasta, kukin sellaisena kuin toimiala sen kirjoitti.`,
    conflicts: "Ristiriidat / Conflicts",
    noConflicts: "Lähteiden välillä ei ole ristiriitoja.",
    leftOut: "Jäi pois / Left out",
    noneLeftOut: "Mitään ei jäänyt pois.",
    file: (file: string) => `Tiedosto ${file}`,
    sheet: (file: string, sheet: string) => `Tiedoston ${file} välilehti '${sheet}'`,
    copy: "Kopioinnissa muuttunut / Changed in copying",
    noCopyNotes: "Jokainen välilehti kopioitiin sellaisenaan.",
    unknown: "toimiala ei tiedossa",
  },
  en: {
    title: "Yhdistetty työkirja (Merged workbook)",
    subtitle: (sheets: number, files: number) =>
      `${sheets} report ${sheets === 1 ? "sheet" : "sheets"} from ${files} ${files === 1 ? "workbook" : "workbooks"}, each as its department wrote it.`,
    conflicts: "Ristiriidat / Conflicts",
    noConflicts: "The sources do not conflict.",
    leftOut: "Jäi pois / Left out",
    noneLeftOut: "Nothing was left out.",
    file: (file: string) => `File ${file}`,
    sheet: (file: string, sheet: string) => `File ${file}, sheet '${sheet}'`,
    copy: "Kopioinnissa muuttunut / Changed in copying",
    noCopyNotes: "Every sheet was copied as it was.",
    unknown: "department not known",
  },
} as const;

const HEADING: CellStyle = { bold: true, fontSize: 12 };
const TEXT: CellStyle = { wrap: true, vertical: "top" };

// The headers are how readers know the sheet as Toteuma's own (model/own.ts isContentsSheet).
const [SHEET, DEPARTMENT, PERIOD, FILE, SOURCE_SHEET, MEASURES] = CONTENTS_HEADERS;
const COLUMNS = [
  { header: SHEET, width: 30, wrap: true },
  { header: DEPARTMENT, width: 30, wrap: true },
  { header: PERIOD, width: 14, wrap: true },
  { header: FILE, width: 30, wrap: true },
  { header: SOURCE_SHEET, width: 33, wrap: true },
  { header: MEASURES, width: 22, numberFormat: "0" },
];

/** The text width of the free-form sentences: they run across the table's columns (merged). */
const SENTENCE_WIDTH = COLUMNS.reduce((n, c) => n + c.width, 0);

/** The contents sheet of a merged workbook: its "sheet" edit. */
export function planContentsSheet(
  plan: MergePlan,
  notes: readonly CopyNote[],
  lang: Language,
  name = CONTENTS_SHEET,
): Edit {
  const w = WORDS[lang];
  const readFiles = plan.files.filter((f) => f.error === null).length;
  const rows: SheetSpec["rows"] = plan.sheets.map(({ source: s, name }) => [
    name,
    s.department ?? w.unknown,
    periodPhrase(s.period, s.year)[lang],
    s.file,
    s.sheet,
    s.measures.length,
  ]);
  const links: NonNullable<SheetSpec["links"]> = plan.sheets.map(({ name }, row) => ({
    row,
    col: 0,
    target: { sheet: name, cell: "A1" },
  }));
  // Row heights are written, not left to the program (LibreOffice does not fit wrapped rows on opening).
  const title = [w.title, w.subtitle(plan.sheets.length, readFiles)];
  const first = headerRowOf({ name, title, columns: COLUMNS, rows: [] }) + 1;
  const tableHeights = rows.flatMap((r, i) => {
    const lines = Math.max(
      1,
      ...COLUMNS.map((c, j) => (c.wrap && typeof r[j] === "string" ? linesOf(r[j] as string, c.width) : 1)),
    );
    return lines > 1 ? [{ row: first + i, height: lines * 15 }] : [];
  });
  // Each column is at least as wide as its header (headers do not wrap).
  const spec: SheetSpec = {
    name,
    title,
    columns: COLUMNS,
    rows,
    links,
    freezeHeader: true,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };

  // Below the table: one heading and one sentence a row per part, each across the table's width.
  const cells: PlacedCell[] = [];
  const merges: NonNullable<SheetSpec["merges"]> = [];
  const heights: { row: number; height: number }[] = [...tableHeights];
  let row = headerRowOf(spec) + rows.length + 2;
  const heading = (text: string) => {
    cells.push({ row, col: 1, value: text, style: HEADING });
    row++;
  };
  const sentence = (text: string) => {
    cells.push({ row, col: 1, value: text, style: TEXT });
    merges.push({ top: row, left: 1, bottom: row, right: COLUMNS.length });
    const lines = linesOf(text, SENTENCE_WIDTH);
    if (lines > 1) heights.push({ row, height: lines * 15 });
    row++;
  };
  heading(w.conflicts);
  if (plan.conflicts.length === 0) sentence(w.noConflicts);
  for (const c of plan.conflicts) sentence(c.message[lang]);
  row++;
  heading(w.leftOut);
  if (plan.leftOut.length === 0) sentence(w.noneLeftOut);
  for (const l of plan.leftOut) {
    const where = l.sheet === null ? w.file(l.file) : w.sheet(l.file, l.sheet);
    const reason = l.reason[lang];
    sentence(l.sheet === null ? `${where}: ${reason}` : `${where}: ${reason}.`);
  }
  row++;
  heading(w.copy);
  if (notes.length === 0) sentence(w.noCopyNotes);
  for (const n of notes) sentence(n.message[lang]);
  return { kind: "sheet", spec: { ...spec, cells, merges, rowHeights: heights }, activate: true };
}
