/**
 * Measures and their values. A MITTARI row opens a measure block: measure texts in the MITTARI cell
 * ("Mittari 1. … Mittari 2. …"), to its right, or one per row under it; value headers (Lähtötaso /
 * Tavoitetaso / Toteuma / Tila) on the MITTARI row or a row of their own; values on the measure's row,
 * on the rows under the block's texts (in order), or as "Lähtötaso 65 %" cells. Header columns carry
 * over to later actions that have none of their own. Values that belong to no measure are problems.
 */
import type { CellRef } from "../../model/cellref";
import type { Action, Measure, TextAt } from "../../model/report";
import { cleanText, matchLabel, type LabelMatch } from "../../text";
import type { ReadLog } from "../log";
import type { SheetView } from "../sheet";
import {
  matchMeasureHeader,
  MEASURE_HEADERS,
  splitNumberedMeasures,
  type MeasureHeader,
} from "../vocabulary";
import { looksLikeOwnStatus } from "../status-column";
import type { RowLabel } from "./labels";
import type { Row } from "./row";
import type { BlockState } from "./state";

const HEADER_PREFIX =
  /^(lähtötaso|lähtötilanne|lähtöarvo|tavoitetaso|tavoitearvo|toteuma|toteutuma|tila|arvio)\s*[:\-–]?\s+(.+)$/i;

/** "Lähtötaso 65 %", "Tavoitetaso: 70 %": a value header and its value in one cell. */
function prefixedHeader(t: string): boolean {
  const m = HEADER_PREFIX.exec(t);
  return m !== null && matchLabel(m[1], MEASURE_HEADERS, { allowRest: false, fuzzy: false }) !== null;
}

/** Values without headers, left to right. */
const DEFAULT_FIELDS: MeasureHeader[] = ["baseline", "target", "actual", "ownStatus"];

/**
 * The values a row gives a measure, by field: four fields rather than a Map made for every row of
 * values (a Map and its entries cost several times the object).
 */
export class Values {
  baseline: TextAt | null = null;
  target: TextAt | null = null;
  actual: TextAt | null = null;
  ownStatus: TextAt | null = null;
  /** How many fields are set. */
  size = 0;

  has(field: MeasureHeader): boolean {
    return this[field] !== null;
  }

  get(field: MeasureHeader): TextAt | null {
    return this[field];
  }

  /** Sets a field not set yet. */
  set(field: MeasureHeader, value: TextAt): void {
    if (this[field] === null) this.size++;
    this[field] = value;
  }

  /** The first field in DEFAULT_FIELDS' order that is not set, or undefined. */
  firstFree(): MeasureHeader | undefined {
    for (const f of DEFAULT_FIELDS) if (this[f] === null) return f;
    return undefined;
  }
}

/** Value headers by 0-based column. */
type HeaderMap = Map<number, MeasureHeader>;

/** The measures of the open action and what is known of the sheet's value columns. */
export class Measures {
  /** The value headers of the current action. */
  headers: HeaderMap = new Map();
  /** The last header row of the sheet: for actions without one of their own. */
  sheetHeaders: HeaderMap | null = null;
  /** The column of measure texts in the current block; -1 until known. */
  textCol = -1;
  /** True while the rows may be measures or values of the current MITTARI block. */
  open = false;
  /** Measures of the current MITTARI block still waiting for their value row, in order. */
  waiting: Measure[] = [];
  /** True when the sheet has an actual (Toteuma) column. */
  hasActual = false;
  /** The header of the person's own status column, as first written. */
  ownStatusColumn: string | null = null;
  /** Right edge of merged areas by their top-left cell: a label merged over A:B has its text in C. */
  private readonly mergeRight = new Map<number, number>();

  constructor(
    private readonly view: SheetView,
    private readonly log: ReadLog,
  ) {
    for (const m of view.grid.merges) this.mergeRight.set(m.top * view.columnCount + m.left, m.right);
  }

  /** A new action: its measures start afresh. */
  forAction(): void {
    this.headers = new Map();
    this.textCol = -1;
    this.open = false;
    this.waiting = [];
  }

  /** Another kind of row came: the measure block is over. */
  close(): void {
    this.open = false;
    this.waiting = [];
  }

  /** The last column of the merged area whose top-left cell is (r, c), or c. */
  rightOf(r: number, c: number): number {
    return this.mergeRight.get(r * this.view.columnCount + c) ?? c;
  }

  /**
   * Reads header words and values from the cells `cols` of row r. With `allowHeaders`, a row mostly
   * of header words sets the headers; values go to the field of their column (shifted by `offset`),
   * else in order.
   */
  readValueCells(
    r: number,
    cols: readonly number[],
    offset: number,
    allowHeaders: boolean,
  ): { values: Values; headerSeen: boolean } {
    const view = this.view;
    const values = new Values();
    let headerSeen = false;
    // Header words count as headers only on a row that is mostly headers: in a row of values a status
    // such as "Toteutunut taso" or "Tilanne" is the person's value, not a new header. Worked out only
    // where headers are allowed (most rows are values), by column index into `cols`.
    let headerOf: (LabelMatch<MeasureHeader> | null)[] | null = null;
    if (allowHeaders) {
      let plain = 0;
      let found = 0;
      const matches: (LabelMatch<MeasureHeader> | null)[] = [];
      for (const c of cols) {
        const t = view.text(r, c);
        const h = t && t.length <= 40 ? matchMeasureHeader(t, { headerRow: true }) : null;
        matches.push(h);
        if (h) found++;
        else if (t && !HEADER_PREFIX.test(t)) plain++;
      }
      if (found > 0 && found >= plain) headerOf = matches;
    }
    // Cells that are neither headers nor "Lähtötaso 65 %": values by position, after every header of
    // the row is known (their columns, not objects).
    const positional: number[] = [];
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const t = view.text(r, c);
      if (!t) continue;
      if (allowHeaders && t.length <= 40) {
        const h = headerOf?.[k];
        if (h) {
          this.headers.set(c, h.kind);
          headerSeen = true;
          if (h.nearMiss) this.log.nearMiss(r, c, t, h.canonical);
          if (h.kind === "actual") this.hasActual = true;
          if (h.kind === "ownStatus") this.ownStatusColumn ??= t;
          continue;
        }
      }
      const prefixed = HEADER_PREFIX.exec(t);
      if (prefixed) {
        const h = matchLabel(prefixed[1], MEASURE_HEADERS, { allowRest: false, fuzzy: false });
        if (h) {
          if (!this.headers.has(c + offset)) this.headers.set(c + offset, h.kind);
          if (h.kind === "actual") this.hasActual = true;
          if (!values.has(h.kind)) values.set(h.kind, { text: cleanText(prefixed[2]), cell: view.at(r, c) });
          continue;
        }
      }
      positional.push(c);
    }
    if (headerSeen) this.sheetHeaders = new Map(this.headers);
    const map = this.headers.size > 0 ? this.headers : this.sheetHeaders;
    let nextDefault = 0;
    for (const col of positional) {
      const text = view.text(r, col);
      // A formula error (#DIV/0!, #N/A) is no value: the measure is told to lack it.
      if (view.isError(r, col)) {
        nextDefault++;
        continue;
      }
      let field = map?.get(col + offset);
      if (!field && !map) field = DEFAULT_FIELDS[nextDefault];
      if (!field && map && unheadedStatus(map, col + offset, text)) {
        // A status column with no header, right of the actual: "vihreä", "2", "●".
        field = "ownStatus";
        this.ownStatusColumn ??= "";
      }
      // A value beyond the known columns: the next free field in order.
      if (!field) field = values.firstFree();
      nextDefault++;
      if (!field || values.has(field)) continue;
      if (field === "actual") this.hasActual = true;
      values.set(field, view.valueAt(r, col, text));
    }
    return { values, headerSeen };
  }

  /** The values of the cells `cols` of row r, headers not allowed. */
  valuesOf(r: number, cols: readonly number[], offset = 0): Values {
    return this.readValueCells(r, cols, offset, false).values;
  }
}

/** A cell right of the actual column, where no header names a status column, that reads as a status. */
function unheadedStatus(map: HeaderMap, col: number, text: string): boolean {
  let actualCol = -1;
  for (const [c, kind] of map) {
    if (kind === "ownStatus") return false;
    if (kind === "actual") actualCol = c;
  }
  return actualCol >= 0 && col > actualCol && looksLikeOwnStatus(text);
}

function newMeasure(act: Action, text: string, cell: CellRef): Measure {
  const m: Measure = {
    text,
    cell,
    index: act.measures.length + 1,
    baseline: null,
    target: null,
    actual: null,
    ownStatus: null,
  };
  act.measures.push(m);
  return m;
}

function setValues(m: Measure, values: Values): void {
  m.baseline = values.baseline ?? m.baseline;
  m.target = values.target ?? m.target;
  m.actual = values.actual ?? m.actual;
  m.ownStatus = values.ownStatus ?? m.ownStatus;
}

const hasValues = (m: Measure): boolean => !!(m.baseline || m.target || m.actual || m.ownStatus);

/** "MITTARI 2" alone in its cell, with nothing after the number. */
const BARE_NUMBERED = /^\s*mittari\s*\d+\s*[.:)]?\s*$/i;

/**
 * A MITTARI row: its measure text (possibly several numbered measures), headers and/or values. A
 * MITTARI with nothing beside it takes its text from the row under it.
 */
export function measureLabelRow(s: BlockState, row: Row, label: RowLabel): void {
  const { r, c0, t0, rest } = row;
  const view = s.view;
  const m = s.measures;
  const act = s.ensureAction(r, c0);
  let mText = label.numberedMeasure && !BARE_NUMBERED.test(t0) ? t0 : label.rest;
  let mCol = c0;
  let after = rest;
  if (!mText && rest.length > 0) {
    const first = view.text(r, rest[0]);
    const isHeader = first.length <= 40 && (matchMeasureHeader(first) !== null || HEADER_PREFIX.test(first));
    if (!isHeader) {
      mCol = rest[0];
      mText = first;
      after = rest.slice(1);
    }
  }
  m.textCol = mText && mCol !== c0 ? mCol : m.rightOf(r, c0) + 1;
  m.open = true;
  m.waiting = [];
  const { values } = m.readValueCells(r, after, 0, true);
  if (mText) {
    const raw = mCol === c0 ? mText : view.rawText(r, mCol);
    const pieces = splitNumberedMeasures(raw);
    // mText is clean: the row's first text, a label's rest (cleaned by the label match) or a cell's text.
    const texts = pieces.length > 1 ? pieces.map((p) => p.text) : [mText];
    const made = texts.map((t) => newMeasure(act, t, view.at(r, mCol)));
    if (values.size > 0) setValues(made[0], values);
    m.waiting = made.filter((x) => !hasValues(x));
  } else if (values.size > 0) {
    setValues(newMeasure(act, "", view.at(r, c0)), values);
  } else if (after.length === 0) {
    s.pending = { node: { text: "", cell: view.at(r, c0) }, measure: true };
  }
}

/** The text under a MITTARI written alone: the block's measures (several when numbered in one cell). */
export function pendingMeasures(s: BlockState, row: Row, text: string): void {
  const { r, c0, cols } = row;
  const act = s.tree.action;
  if (!act) return;
  const pieces = splitNumberedMeasures(s.view.rawText(r, c0));
  const texts = cols.length === 1 && pieces.length > 1 ? pieces.map((x) => x.text) : [text];
  s.measures.waiting = texts.map((t) => newMeasure(act, t, s.view.at(r, c0)));
  s.measures.textCol = c0;
  s.measures.open = true;
}

/**
 * Rows of a measure block: a measure per row, its values, a header row of its own, "Lähtötaso 65 %"
 * rows; and rows of values with no MITTARI in sight (a problem, or headers of an action without one).
 */
export function measureRow(s: BlockState, row: Row): boolean {
  if (s.inProse()) return false;
  const m = s.measures;
  if (m.open || (row.numbered && s.tree.action)) return blockRow(s, row);
  const { r, c0, cols } = row;
  if (cols.length < 2 || c0 === 0 || s.kindsSeen.size === 0) return false;
  // Values with no MITTARI in sight.
  let headerish = 0;
  for (const c of cols) if (matchMeasureHeader(s.view.text(r, c), { fuzzy: false })) headerish++;
  if (headerish >= 2 && s.tree.action) {
    m.readValueCells(r, cols, 0, true);
    m.open = true;
    m.textCol = Math.max(0, c0 - 1);
    return true;
  }
  if (s.lastKind === "action" || s.lastKind === "commitment" || s.lastKind === "goal") {
    s.log.problem(
      r,
      c0,
      "orphan-measure-values",
      "Arvorivi ilman MITTARI-riviä.",
      "A row of values with no MITTARI row above it.",
    );
    return true;
  }
  return false;
}

/** A row inside an open measure block (or a numbered measure under an action). */
function blockRow(s: BlockState, row: Row): boolean {
  const { r, c0, t0, cols, rest, numbered } = row;
  const view = s.view;
  const m = s.measures;
  const act = s.tree.action;
  if (!act) return false;
  const textCol = m.textCol >= 0 ? m.textCol : c0;
  if (numbered && rest.length === 0 && c0 >= textCol) {
    // "Mittari 2. …" alone in the measure column: a measure without values.
    newMeasure(act, t0, view.at(r, c0));
    m.open = true;
    if (m.textCol < 0) m.textCol = c0;
    return true;
  }
  // A header-only row ("Lähtötilanne | Tavoite 2025 | Toteutuma"), e.g. under the measure text.
  if (
    cols.length >= 2 &&
    cols.every((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false, headerRow: true }))
  ) {
    m.readValueCells(r, cols, 0, true);
    m.open = true;
    if (m.textCol < 0 || m.textCol >= c0) m.textCol = Math.max(0, c0 - 1);
    return true;
  }
  // "Lähtötaso 65 %" / "Tavoitetaso 70 %" rows: the values of the measure being written.
  if (act.measures.length > 0 && cols.every((c) => prefixedHeader(view.text(r, c)))) {
    const values = m.valuesOf(r, cols);
    const target = m.waiting[0] ?? act.measures[act.measures.length - 1];
    setValues(target, values);
    if (target.baseline && target.target && m.waiting[0] === target) m.waiting.shift();
    return true;
  }
  const known = m.headers.size > 0 ? m.headers : m.sheetHeaders;
  let firstHeader = Infinity;
  if (known) for (const c of known.keys()) firstHeader = Math.min(firstHeader, c);
  // A row starting under a value header is a row of values, wherever the measure text stands.
  const underHeader = known !== null && known.has(c0) && !numbered;
  if (c0 > textCol && c0 < firstHeader && firstHeader < Infinity && (rest.length > 0 || !m.waiting.length)) {
    // Text left of the value headers, further right than expected: the measure column is here.
    m.textCol = c0;
    setValues(newMeasure(act, t0, view.at(r, c0)), m.valuesOf(r, rest));
    m.waiting = [];
    m.open = true;
    return true;
  }
  if ((c0 > textCol || underHeader) && m.textCol >= 0) {
    // Values only: for the next measure of the block still waiting for them.
    const { values } = m.readValueCells(r, cols, 0, true);
    if (values.size > 0) {
      const waiting = m.waiting.shift();
      if (waiting) setValues(waiting, values);
      else if (act.measures.length === 0 || !m.open) {
        s.log.problem(
          r,
          c0,
          "orphan-measure-values",
          "Arvoja ilman mittaria: rivillä on lähtö- tai tavoitetaso, mutta sitä ei voi liittää mittariin.",
          "Values without a measure: the row has a baseline or target that belongs to no measure.",
        );
      } else {
        setValues(newMeasure(act, "", view.at(r, textCol)), values);
        s.log.problem(
          r,
          c0,
          "orphan-measure-values",
          "Arvorivi ilman mittarin nimeä.",
          "A value row without a measure name.",
        );
      }
    }
    return true;
  }
  if (c0 === textCol && (rest.length > 0 || numbered)) {
    // A measure per row: text in the measure column, values to its right.
    setValues(newMeasure(act, t0, view.at(r, c0)), m.valuesOf(r, rest));
    m.waiting = [];
    m.open = true;
    return true;
  }
  if (c0 < textCol && rest.length > 0) {
    // Shifted left: "Mittari 4." in the label column with values one column left of the headers.
    const offset = textCol - c0;
    const map = m.headers.size > 0 ? m.headers : m.sheetHeaders;
    const aligned = map !== null && rest.every((c) => map.has(c + offset));
    if (numbered || aligned) {
      setValues(newMeasure(act, t0, view.at(r, c0)), m.valuesOf(r, rest, offset));
      m.waiting = [];
      return true;
    }
  }
  // A header-only row ("Lähtötaso | Tavoitetaso") under an action with no MITTARI label.
  if (cols.length >= 2 && cols.every((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false }))) {
    m.readValueCells(r, cols, 0, true);
    m.open = true;
    if (m.textCol < 0) m.textCol = Math.max(0, c0 - 1);
    return true;
  }
  return false;
}
