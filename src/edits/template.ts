/**
 * A selvitys template (src/template) laid out as a sheet: the edits that add it. Pure.
 *
 * Block layout (block and programme sources), as the city's period reports are written:
 *
 *   Talousarvion 2025 toiminnalliset tavoitteet – T2 – Konsernipalvelut       title (the readers take
 *   Kirjoita raportti oransseihin vastaussoluihin …                           department, period, year)
 *   [unit heading]
 *   PAINOPISTE | Kasvava Pori          (a level the source did not write: an empty answer cell)
 *   TAVOITE    | …
 *   TEKO       | …
 *   TOIMENPIDE | …
 *              |                     | Lähtötaso | Tavoitetaso | [Toteuma] | Tila
 *   MITTARI    | measure             | baseline  | target      | [answer]  | [answer ▾]
 *   Edellinen selvitys (T1 2025): …                                           reference, grey italic
 *   Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):   heading, exactly
 *   [answer, merged over the width]
 *
 * With sub-goals, under the heading: "Osatavoite 1: …", its "Edellinen raportointi (…): …" and
 * "Raportointi: | [answer]", for each. Flat-table sources give a flat table: the levels, measure and
 * values in columns, then [Toteuma], Tila, the period's heading as the answer column (one merged
 * answer cell per action) and the last selvitys beside it.
 *
 * Answer cells are in Excel's Input style, unlocked and wrapped; the sheet is protected without a
 * password, so only they take typing; Tila cells have a drop-down of the city's four labels. A4
 * landscape, fit to width, the title (or the table's header) repeated on every page.
 */
import { STATUS_LABEL, STATUSES } from "../model/status";
import type { Template, TemplateAction, TemplateMeasure } from "../template/types";
import type { Box, CellStyle, Edit, ListValidation, PlacedCell, SheetSpec } from "./types";

// ---- styles ----

const GREY_TEXT = "#595959";
const LINE = "#BFBFBF";
const TITLE: CellStyle = { bold: true, fontSize: 14, vertical: "center" };
const INSTRUCTION: CellStyle = { italic: true, fontColor: GREY_TEXT, wrap: true, vertical: "top" };
const UNIT: CellStyle = { bold: true, fontSize: 12 };
const LABEL: CellStyle = { bold: true, vertical: "top" };
const TEXT: CellStyle = { wrap: true, vertical: "top" };
const HEADER: CellStyle = { bold: true, fill: "#F2F2F2", border: LINE, wrap: true, vertical: "center" };
const VALUE: CellStyle = { wrap: true, vertical: "top", border: LINE };
const HEADING: CellStyle = { bold: true, wrap: true, vertical: "top" };
const REFERENCE: CellStyle = {
  italic: true,
  fontColor: GREY_TEXT,
  fill: "#F2F2F2",
  wrap: true,
  vertical: "top",
};
/** An answer cell: Excel's Input style, unlocked (it takes typing on the protected sheet), wrapped. */
export const ANSWER: CellStyle = { builtin: "Input", locked: false, wrap: true, vertical: "top" };

/** The city's four status labels, exactly as in domain.md (model/status.ts). */
export const TILA_LABELS: readonly string[] = STATUSES.map((s) => STATUS_LABEL[s].fi);

const TILA_LIST: Omit<ListValidation, "box"> = {
  values: [...TILA_LABELS],
  prompt: {
    title: "Tila / Status",
    text: "Valitse oma arviosi kaupungin asteikolta. / Choose your own status.",
  },
  error: {
    title: "Ei asteikolla / Not on the scale",
    text: `Valitse jokin näistä: ${TILA_LABELS.join(", ")}. / Choose one of the four.`,
  },
};

// ---- sizes ----

/** Heights in points: Excel never sizes a merged cell's row to its text, so the template does. */
const LINE_HEIGHT = 15;
const MAX_HEIGHT = 409;
export const ANSWER_HEIGHT = 105;
const SUB_ANSWER_HEIGHT = 60;
/** Room to type an actual or pick a status on a measure's row. */
const MEASURE_MIN_HEIGHT = 30;

/** The height of rows showing these texts in columns of these widths (characters), every line in view. */
export function heightFor(parts: { text: string; width: number }[], min = LINE_HEIGHT): number {
  let lines = 1;
  for (const { text, width } of parts) {
    // Words wrap before the edge: a little less than a character per unit of width.
    const perLine = Math.max(1, Math.floor(width * 0.95));
    let n = 0;
    for (const paragraph of text.split("\n")) n += Math.max(1, Math.ceil(paragraph.length / perLine));
    lines = Math.max(lines, n);
  }
  return Math.min(MAX_HEIGHT, Math.max(min, lines === 1 ? LINE_HEIGHT : lines * LINE_HEIGHT + 3));
}

/** What a person writes into an answer cell. */
export type AnswerKind =
  /** The period's selvitys of an action. */
  | "selvitys"
  /** A sub-goal's "Raportointi". */
  | "raportointi"
  /** A measure's Toteuma (year-end templates). */
  | "actual"
  /** A measure's own status: one of the four labels (drop-down). */
  | "tila"
  /** A level the source did not write (a programme's TEKO). */
  | "level"
  /** A measure's baseline or target the source did not give. */
  | "baseline"
  | "target";

/** An answer cell (the top-left cell of its merged area), 1-based. */
export interface AnswerCell {
  row: number;
  col: number;
  kind: AnswerKind;
}

/** The sheet of a template and where its answers go. */
export interface TemplateLayout {
  spec: SheetSpec;
  answers: AnswerCell[];
}

/** Cells, merges and heights as a sheet is written row by row. */
class Sheet {
  readonly cells: PlacedCell[] = [];
  readonly answers: AnswerCell[] = [];
  readonly merges: Box[] = [];
  readonly heights: { row: number; height: number }[] = [];
  readonly validations: ListValidation[] = [];
  row = 1;

  constructor(readonly widths: number[]) {}

  get last(): number {
    return this.widths.length;
  }

  /** Width in characters of columns `from`..`to` (1-based). */
  width(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  put(row: number, col: number, value: PlacedCell["value"], style?: CellStyle): void {
    this.cells.push(style ? { row, col, value, style } : { row, col, value });
  }

  /** A value over columns `from`..`to` of a row, merged: the appliers style the area as a whole. */
  span(row: number, from: number, to: number, value: PlacedCell["value"], style: CellStyle): void {
    this.put(row, from, value, style);
    if (to > from) this.merges.push({ top: row, left: from, bottom: row, right: to });
  }

  /** An empty answer cell over columns `from`..`to`. */
  answer(row: number, from: number, to: number, kind: AnswerKind): void {
    this.span(row, from, to, null, ANSWER);
    this.answers.push({ row, col: from, kind });
  }

  height(row: number, height: number): void {
    if (height !== LINE_HEIGHT) this.heights.push({ row, height });
  }
}

/** A value as written: whole numbers as numbers (no "number stored as text" mark), the rest as text. */
function valueOf(text: string): string | number {
  return /^-?[1-9]\d{0,14}$|^0$/.test(text) ? Number(text) : text;
}

// ---- block layout ----

const BLOCK_WIDTHS = { label: 18, text: 52, value: 20 };

function blockLayout(t: Template): TemplateLayout {
  const widths = [BLOCK_WIDTHS.label, BLOCK_WIDTHS.text, BLOCK_WIDTHS.value, BLOCK_WIDTHS.value];
  if (t.actuals) widths.push(BLOCK_WIDTHS.value);
  widths.push(BLOCK_WIDTHS.value); // Tila
  const s = new Sheet(widths);
  const last = s.last;
  const full = s.width(1, last);
  const textWidth = s.width(2, last);

  s.span(1, 1, last, t.title, TITLE);
  s.height(1, 24);
  s.span(2, 1, last, t.instruction, INSTRUCTION);
  s.height(2, heightFor([{ text: t.instruction, width: full }]));
  s.row = 4;

  /** A level's row: its label, and its text over the text columns (an answer cell where the source had none). */
  const level = (label: string, node: { text: string; implied: boolean }) => {
    const r = s.row++;
    s.put(r, 1, label, LABEL);
    if (node.implied) {
      s.answer(r, 2, last, "level");
      s.height(r, 30);
    } else {
      s.span(r, 2, last, node.text, TEXT);
      s.height(r, heightFor([{ text: node.text, width: textWidth }]));
    }
  };

  let unit: string | null = null;
  for (const f of t.focusAreas) {
    if (f.unit !== unit) {
      // A section heading opens the unit; a department row closes it (as the city's reports do).
      const heading = f.unit ?? t.department;
      if (heading) {
        s.put(s.row, 1, heading, f.unit ? UNIT : LABEL);
        s.row += 2;
      }
      unit = f.unit;
    }
    level(f.kind === "teema" ? "TEEMA" : "PAINOPISTE", f);
    for (const g of f.goals) {
      level("TAVOITE", g);
      for (const c of g.commitments) {
        level("TEKO", c);
        for (const a of c.actions) {
          level("TOIMENPIDE", a);
          blockAction(s, t, a);
          s.row++;
        }
      }
    }
    s.row++;
  }

  const spec: SheetSpec = {
    name: t.sheet,
    columns: [],
    rows: [],
    cells: s.cells,
    columnWidths: widths.map((width, i) => ({ col: i + 1, width })),
    rowHeights: s.heights,
    merges: s.merges,
    validations: s.validations,
    freeze: { rows: 1 },
    protect: true,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: 1, to: 1 } },
  };
  return { spec, answers: s.answers };
}

/** An action's measures, the last selvitys as reference, the heading and the answer cells. */
function blockAction(s: Sheet, t: Template, a: TemplateAction): void {
  const last = s.last;
  const full = s.width(1, last);
  const valueCols = t.actuals ? 4 : 3;
  if (a.measures.length > 0) {
    const r = s.row++;
    const headers = ["Lähtötaso", "Tavoitetaso", ...(t.actuals ? ["Toteuma"] : []), "Tila"];
    headers.forEach((h, i) => s.put(r, 3 + i, h, HEADER));
    const first = s.row;
    a.measures.forEach((m, i) => blockMeasure(s, t, m, i));
    s.validations.push({
      box: { top: first, left: 2 + valueCols, bottom: s.row - 1, right: 2 + valueCols },
      ...TILA_LIST,
    });
  }
  const reference = (label: string, text: string | null) => {
    if (text === null) return;
    const r = s.row++;
    const value = `${label}: ${text}`;
    s.span(r, 1, last, value, REFERENCE);
    s.height(r, heightFor([{ text: value, width: full }]));
  };
  if (a.subGoals.length === 0) reference(t.previousLabel, a.previous);
  const h = s.row++;
  s.span(h, 1, last, t.heading, HEADING);
  s.height(h, heightFor([{ text: t.heading, width: full }]));
  if (a.subGoals.length === 0) {
    const r = s.row++;
    s.answer(r, 1, last, "selvitys");
    s.height(r, ANSWER_HEIGHT);
    return;
  }
  for (const g of a.subGoals) {
    const r = s.row++;
    const statement = `${g.label}: ${g.text}`;
    s.span(r, 1, last, statement, TEXT);
    s.height(r, heightFor([{ text: statement, width: full }]));
    reference(t.previousReportLabel, g.previous);
    const answer = s.row++;
    s.put(answer, 1, "Raportointi:", LABEL);
    s.answer(answer, 2, last, "raportointi");
    s.height(answer, SUB_ANSWER_HEIGHT);
  }
}

/** "MITTARI | measure | baseline | target | [actual] | Tila": a value the source lacks is an answer cell. */
function blockMeasure(s: Sheet, t: Template, m: TemplateMeasure, i: number): void {
  const r = s.row++;
  const text = m.text || `Mittari ${i + 1}`;
  s.put(r, 1, "MITTARI", LABEL);
  s.put(r, 2, text, VALUE);
  (["baseline", "target"] as const).forEach((kind, k) => {
    const v = m[kind];
    if (v === null) s.answer(r, 3 + k, 3 + k, kind);
    else s.put(r, 3 + k, valueOf(v), VALUE);
  });
  if (t.actuals) s.answer(r, 5, 5, "actual");
  s.answer(r, s.last, s.last, "tila");
  const w = BLOCK_WIDTHS.value;
  s.height(
    r,
    heightFor(
      [
        { text, width: BLOCK_WIDTHS.text },
        { text: m.baseline ?? "", width: w },
        { text: m.target ?? "", width: w },
      ],
      MEASURE_MIN_HEIGHT,
    ),
  );
}

// ---- flat table layout ----

function tableLayout(t: Template): TemplateLayout {
  const focusHeader = t.focusAreas.some((f) => f.kind === "teema") ? "Teema" : "Painopiste";
  const headers = [
    "Toimiala",
    "Yksikkö",
    focusHeader,
    "Tavoite",
    "Teko",
    "Toimenpide",
    "Mittari",
    "Lähtötaso",
    "Tavoitetaso",
    ...(t.actuals ? ["Toteuma"] : []),
    "Tila",
    t.heading,
  ];
  const widths = [22, 22, 18, 28, 28, 32, 36, 18, 18, ...(t.actuals ? [18] : []), 18, 50];
  // The last selvitys beside the answers, when there was one.
  const withPrevious = t.focusAreas.some((f) =>
    f.goals.some((g) => g.commitments.some((c) => c.actions.some((a) => a.previous !== null))),
  );
  if (withPrevious) {
    headers.push(t.previousLabel);
    widths.push(50);
  }
  const col = (name: string) => headers.indexOf(name) + 1;
  const tilaCol = col("Tila");
  const answerCol = col(t.heading);
  const previousCol = withPrevious ? headers.length : null;
  // Title, instruction, a blank row, the header.
  const headerRow = 4;
  const s = new Sheet(widths);
  s.put(1, 1, t.title, TITLE);
  s.height(1, 24);
  s.put(2, 1, t.instruction, { italic: true, fontColor: GREY_TEXT });
  headers.forEach((h, i) => s.put(headerRow, i + 1, h, HEADER));
  s.height(headerRow, heightFor(headers.map((h, i) => ({ text: h, width: widths[i] }))));
  s.row = headerRow + 1;
  const firstRow = s.row;

  for (const f of t.focusAreas)
    for (const g of f.goals)
      for (const c of g.commitments)
        for (const a of c.actions) {
          const top = s.row;
          const rows = Math.max(1, a.measures.length);
          for (let k = 0; k < rows; k++) {
            const r = s.row++;
            const m = a.measures[k] as TemplateMeasure | undefined;
            const texts: [number, string][] = [
              [1, t.department ?? ""],
              [2, f.unit ?? ""],
              [3, f.text],
              [4, g.text],
              [5, c.text],
              [6, a.text],
              [7, m?.text ?? ""],
            ];
            for (const [cIndex, text] of texts) s.put(r, cIndex, text === "" ? null : text, VALUE);
            if (m) {
              (["baseline", "target"] as const).forEach((kind, i) => {
                const v = m[kind];
                if (v === null) s.answer(r, 8 + i, 8 + i, kind);
                else s.put(r, 8 + i, valueOf(v), VALUE);
              });
              if (t.actuals) s.answer(r, 10, 10, "actual");
              s.answer(r, tilaCol, tilaCol, "tila");
            } else for (let cIndex = 8; cIndex <= tilaCol; cIndex++) s.put(r, cIndex, null, VALUE);
            s.height(
              r,
              heightFor(
                texts.map(([cIndex, text]) => ({ text, width: widths[cIndex - 1] })),
                MEASURE_MIN_HEIGHT,
              ),
            );
          }
          const bottom = s.row - 1;
          // One answer and one reference per action, merged down over its rows.
          const merged: [number, string | null, CellStyle][] = [[answerCol, null, ANSWER]];
          if (previousCol !== null) merged.push([previousCol, a.previous, REFERENCE]);
          for (const [cIndex, value, style] of merged) {
            s.put(top, cIndex, value, style);
            if (bottom > top) s.merges.push({ top, left: cIndex, bottom, right: cIndex });
            if (cIndex === answerCol) s.answers.push({ row: top, col: cIndex, kind: "selvitys" });
          }
          const needed = heightFor(
            previousCol !== null ? [{ text: a.previous ?? "", width: widths[previousCol - 1] }] : [],
            ANSWER_HEIGHT,
          );
          const own = s.heights
            .filter((h) => h.row >= top && h.row <= bottom)
            .reduce((n, h) => n + h.height, 0);
          if (own < needed) {
            const lastRow = s.heights.find((h) => h.row === bottom);
            if (lastRow) lastRow.height = Math.min(MAX_HEIGHT, lastRow.height + needed - own);
          }
        }

  if (s.row > firstRow)
    s.validations.push({
      box: { top: firstRow, left: tilaCol, bottom: s.row - 1, right: tilaCol },
      ...TILA_LIST,
    });
  const spec: SheetSpec = {
    name: t.sheet,
    columns: [],
    rows: [],
    cells: s.cells,
    columnWidths: widths.map((width, i) => ({ col: i + 1, width })),
    rowHeights: s.heights,
    merges: s.merges,
    validations: s.validations,
    freeze: { rows: headerRow },
    protect: true,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { from: headerRow, to: headerRow },
    },
  };
  return { spec, answers: s.answers };
}

/** The sheet of a template and where its answers go. */
export function templateLayout(t: Template): TemplateLayout {
  return t.layout === "table" ? tableLayout(t) : blockLayout(t);
}

/** The sheet of a template. */
export function templateSheet(t: Template): SheetSpec {
  return templateLayout(t).spec;
}

/** The edits that add the templates as new sheets (the first one shown). */
export function templateEdits(templates: readonly Template[]): Edit[] {
  return templates.map((t, i) => ({
    kind: "sheet",
    spec: templateSheet(t),
    ...(i === 0 ? { activate: true } : {}),
  }));
}
