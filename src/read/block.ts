/**
 * The block layout (seeds 001, 002, 004): a label in one of the first columns with its text to the
 * right (or after a colon in the same cell), MITTARI rows with Lähtötaso / Tavoitetaso / Toteuma /
 * Tila headers and values on the same row or the rows under it, selvitys headings followed by report
 * text, section headings (units), department rows, and financial goals.
 *
 * One pass over the rows, constant work per cell: a sheet of any size reads in linear time.
 */
import { cellRef, type CellRef } from "../model/cellref";
import type {
  Action,
  Commitment,
  FinancialGoal,
  FocusArea,
  FocusAreaKind,
  Goal,
  LabelNearMiss,
  Measure,
  ReadProblem,
  Report,
  Selvitys,
  SelvitysPart,
  TextAt,
} from "../model/report";
import {
  chooseDepartment,
  departmentInRow,
  departmentInTitle,
  departmentOfSheet,
  isDepartmentName,
  isPageFooter,
  sheetPeriod,
  sheetYear,
  unitInTitle,
} from "./meta";
import { periodOf, reportPeriod } from "./period";
import type { SheetView } from "./sheet";
import { cleanText, matchLabel, type LabelMatch } from "../text";
import {
  BLOCK_LABELS,
  FINANCIAL_GOAL,
  isSelvitysHeading,
  matchMeasureHeader,
  MEASURE_HEADERS,
  NUMBERED_MEASURE,
  OUTCOME_LINE,
  REPORT_LABELS,
  REPORTING_LINE,
  splitNumberedMeasures,
  SUBGOAL_LINE,
  type BlockLabel,
  type MeasureHeader,
} from "./vocabulary";

/** Labels may start in any of these first columns (0-based A..C). */
const LABEL_COLUMNS = 3;
const HIERARCHY = new Set<BlockLabel>(["painopiste", "teema", "goal", "commitment", "action", "measure"]);
const HEADER_PREFIX =
  /^(lähtötaso|lähtötilanne|lähtöarvo|tavoitetaso|tavoitearvo|toteuma|toteutuma|tila|arvio)\s*[:\-–]?\s+(.+)$/i;

/** "Lähtötaso 65 %", "Tavoitetaso: 70 %": a value header and its value in one cell. */
function prefixedHeader(t: string): boolean {
  const m = HEADER_PREFIX.exec(t);
  return m !== null && matchLabel(m[1], MEASURE_HEADERS, { allowRest: false, fuzzy: false }) !== null;
}
const DEFAULT_FIELDS: MeasureHeader[] = ["baseline", "target", "actual", "ownStatus"];

type HeaderMap = Map<number, MeasureHeader>;

interface Line {
  row: number;
  col: number;
  text: string;
}

interface OpenSelvitys {
  selvitys: Selvitys;
  lines: string[];
  /** The part that plain lines continue. */
  part: SelvitysPart | null;
  /** True while plain lines continue the part's "Raportointi" report. */
  inReport: boolean;
}

interface OpenFinancial {
  goal: FinancialGoal;
  inOutcome: boolean;
}

/** A lone short line that may turn out to be a section heading if a focus area follows. */
interface HeadingCandidate {
  line: Line;
  /** The selvitys the line was appended to (to take it back), if any. */
  selvitys: OpenSelvitys | null;
  lineCount: number;
}

function isHeadingLike(text: string): boolean {
  if (text.length > 80 || text.split(" ").length > 8) return false;
  if (/[.:;,]$/.test(text) || /^[-–•*]/.test(text) || text.includes(":")) return false;
  if (/^\d+([.,]\d+)?\s*(%|€|kpl)?$/.test(text)) return false;
  return /\p{L}/u.test(text);
}

function looksLikeTitle(text: string): boolean {
  return (
    text.split(" ").length > 3 ||
    /tavoit|talousarvi|toteutu|toimiala|raportti|(19|20)\d\d/i.test(text) ||
    isDepartmentName(text)
  );
}

export function readBlock(view: SheetView): Report {
  const sheet = view.sheet;
  const at = (r: number, c: number): CellRef => cellRef(sheet, r + 1, c + 1);

  /** Right edge of merged areas by their top-left cell: a label merged over A:B has its text in C. */
  const mergeRight = new Map<number, number>();
  for (const m of view.grid.merges) mergeRight.set(m.top * view.columnCount + m.left, m.right);
  const rightOf = (r: number, c: number): number => mergeRight.get(r * view.columnCount + c) ?? c;

  const focusAreas: FocusArea[] = [];
  const financialGoals: FinancialGoal[] = [];
  const nearMisses: LabelNearMiss[] = [];
  const problems: ReadProblem[] = [];
  const selvitykset: Selvitys[] = [];
  const kindsSeen = new Set<BlockLabel>();

  let title: TextAt | null = null;
  /** The title row and the rows under it before the first label (each page may repeat them). */
  const titleLines: TextAt[] = [];
  const titleTexts = new Set<string>();
  const addTitleLine = (line: TextAt): void => {
    if (titleTexts.has(line.text)) return;
    titleTexts.add(line.text);
    titleLines.push(line);
  };
  let departmentRow: TextAt | null = null;
  let currentUnit: string | null = null;
  let focus: FocusArea | null = null;
  let goal: Goal | null = null;
  let commitment: Commitment | null = null;
  let action: Action | null = null;
  let lastKind: BlockLabel | null = null;
  let sawContent = false;

  // Measures of the current action.
  let headers: HeaderMap = new Map();
  let sheetHeaders: HeaderMap | null = null;
  let measureTextCol = -1;
  let measureBlockOpen = false;
  /** Measures of the current MITTARI block still waiting for their value row, in order. */
  let waiting: Measure[] = [];
  let hasActual = false;
  let ownStatusColumn: string | null = null;

  let openSel: OpenSelvitys | null = null;
  let openFin: OpenFinancial | null = null;
  let candidates: HeadingCandidate[] = [];
  /** A label written alone ("PAINOPISTE:") whose text is on the next row. */
  let pending: { node: { text: string; cell: CellRef; labelCell?: CellRef }; measure: boolean } | null = null;

  const problem = (r: number, c: number, code: string, fi: string, en: string): void => {
    if (problems.length < 200) problems.push({ cell: at(r, c), code, fi, en });
  };
  const nearMiss = (r: number, c: number, written: string, readAs: string): void => {
    nearMisses.push({ cell: at(r, c), written, readAs });
  };

  const closeText = (): void => {
    openSel = null;
    openFin = null;
  };

  const ensureFocus = (cell: CellRef): FocusArea => {
    if (!focus) {
      focus = { text: "", cell, implied: true, kind: "painopiste", unit: currentUnit, goals: [] };
      focusAreas.push(focus);
    }
    return focus;
  };
  const ensureGoal = (cell: CellRef): Goal => {
    if (!goal) {
      goal = { text: "", cell, implied: true, commitments: [] };
      ensureFocus(cell).goals.push(goal);
    }
    return goal;
  };
  const ensureCommitment = (cell: CellRef): Commitment => {
    if (!commitment) {
      commitment = { text: "", cell, implied: true, actions: [] };
      ensureGoal(cell).commitments.push(commitment);
    }
    return commitment;
  };
  const startAction = (node: Action): void => {
    ensureCommitment(node.cell).actions.push(node);
    action = node;
    headers = new Map();
    measureTextCol = -1;
    measureBlockOpen = false;
    waiting = [];
  };
  const ensureAction = (r: number, c: number, why: "measure" | "selvitys"): Action => {
    if (!action) {
      // Under an explicit TEKO only the TOIMENPIDE row is missing: validation says so as a missing
      // level. Without one the structure itself is lost, and that is a reading problem.
      const underCommitment = commitment !== null && !(commitment as Commitment).implied;
      if (why === "measure" && !underCommitment)
        problem(
          r,
          c,
          "measure-without-action",
          "MITTARI ilman edeltävää TOIMENPIDETTÄ.",
          "A MITTARI without a TOIMENPIDE before it.",
        );
      const cell = at(r, c);
      startAction({ text: "", cell, implied: true, measures: [], reports: [] });
    }
    return action as unknown as Action;
  };

  /** Reads header words and values from the cells of a row right of `fromCol`. */
  const readValueCells = (
    r: number,
    cols: number[],
    offset: number,
    allowHeaders: boolean,
  ): { values: Map<MeasureHeader, TextAt>; headerSeen: boolean } => {
    const values = new Map<MeasureHeader, TextAt>();
    let headerSeen = false;
    const positional: { col: number; text: string }[] = [];
    // Header words count as headers only on a row that is mostly headers: in a row of values a status
    // such as "Toteutunut taso" or "Tilanne" is the person's value, not a new header.
    const headerOf = new Map<number, ReturnType<typeof matchMeasureHeader>>();
    if (allowHeaders) {
      let plain = 0;
      for (const c of cols) {
        const t = view.text(r, c);
        if (!t) continue;
        const h = t.length <= 40 ? matchMeasureHeader(t, { headerRow: true }) : null;
        if (h) headerOf.set(c, h);
        else if (!HEADER_PREFIX.test(t)) plain++;
      }
      if (headerOf.size < plain) headerOf.clear();
    }
    for (const c of cols) {
      const t = view.text(r, c);
      if (!t) continue;
      if (allowHeaders && t.length <= 40) {
        const h = headerOf.get(c);
        if (h) {
          headers.set(c, h.kind);
          headerSeen = true;
          if (h.nearMiss) nearMiss(r, c, t, h.canonical);
          if (h.kind === "actual") hasActual = true;
          if (h.kind === "ownStatus") ownStatusColumn ??= t;
          continue;
        }
      }
      const prefixed = HEADER_PREFIX.exec(t);
      if (prefixed) {
        const h = matchLabel(prefixed[1], MEASURE_HEADERS, { allowRest: false, fuzzy: false });
        if (h) {
          if (!headers.has(c + offset)) headers.set(c + offset, h.kind);
          if (h.kind === "actual") hasActual = true;
          if (!values.has(h.kind)) values.set(h.kind, { text: cleanText(prefixed[2]), cell: at(r, c) });
          continue;
        }
      }
      positional.push({ col: c, text: t });
    }
    if (headerSeen) sheetHeaders = new Map(headers);
    const map = headers.size > 0 ? headers : sheetHeaders;
    let nextDefault = 0;
    for (const { col, text } of positional) {
      // A formula error (#DIV/0!, #N/A) is no value: the measure is told to lack it.
      if (view.isError(r, col)) {
        nextDefault++;
        continue;
      }
      let field = map?.get(col + offset);
      if (!field && !map) field = DEFAULT_FIELDS[nextDefault];
      if (!field) {
        // A value beyond the known columns: the next free field in order.
        field = DEFAULT_FIELDS.find((f) => !values.has(f));
      }
      nextDefault++;
      if (!field || values.has(field)) continue;
      if (field === "actual") hasActual = true;
      values.set(field, { text, cell: at(r, col) });
    }
    return { values, headerSeen };
  };

  const newMeasure = (act: Action, text: string, cell: CellRef): Measure => {
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
  };
  const setValues = (m: Measure, values: Map<MeasureHeader, TextAt>): void => {
    m.baseline = values.get("baseline") ?? m.baseline;
    m.target = values.get("target") ?? m.target;
    m.actual = values.get("actual") ?? m.actual;
    m.ownStatus = values.get("ownStatus") ?? m.ownStatus;
  };
  const hasValues = (m: Measure): boolean => !!(m.baseline || m.target || m.actual || m.ownStatus);

  // ---- selvitys text ----
  const addSelvitysLine = (sel: OpenSelvitys, raw: string, r: number, c: number): void => {
    const pieces: string[] = [];
    for (const piece of raw.split("\n")) {
      const split = splitNumberedMeasures(piece);
      if (split.length > 1) for (const p of split) pieces.push(p.text);
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      const line = cleanText(piece);
      if (!line) continue;
      sel.lines.push(line);
      sel.selvitys.text = sel.lines.join("\n");
      const cell = at(r, c);
      const measureLine = NUMBERED_MEASURE.exec(line);
      const subgoal = SUBGOAL_LINE.exec(line);
      const reporting = REPORTING_LINE.exec(line);
      if (measureLine) {
        sel.part = { label: `Mittari ${measureLine[1]}`, text: cleanText(measureLine[2]), cell };
        sel.selvitys.parts.push(sel.part);
        sel.inReport = false;
      } else if (subgoal) {
        sel.part = { label: cleanText(subgoal[1]), text: cleanText(subgoal[3]), cell, report: null };
        sel.selvitys.parts.push(sel.part);
        sel.inReport = false;
      } else if (reporting) {
        const report = { text: cleanText(reporting[2]), cell };
        if (sel.part && sel.part.report === null) {
          sel.part.report = report;
        } else {
          sel.part = { label: "Raportointi", text: report.text, cell };
          sel.selvitys.parts.push(sel.part);
        }
        sel.inReport = true;
      } else if (sel.part) {
        if (sel.inReport && sel.part.report) {
          sel.part.report.text = sel.part.report.text ? `${sel.part.report.text}\n${line}` : line;
        } else if (!sel.inReport) {
          sel.part.text = sel.part.text ? `${sel.part.text}\n${line}` : line;
        } else {
          sel.part.text = sel.part.text ? `${sel.part.text}\n${line}` : line;
        }
      }
    }
  };

  const startSelvitys = (r: number, c: number, _heading: string, cols: number[]): void => {
    const raw = view.rawText(r, c);
    const end = selvitysHeadingEnd(raw);
    const head = cleanText(raw.slice(0, end));
    const { period, year } = periodOf(head);
    const selvitys: Selvitys = { heading: head, cell: at(r, c), period, year, text: "", parts: [] };
    const act = action;
    if (act) act.reports.push(selvitys);
    else
      problem(
        r,
        c,
        "selvitys-without-action",
        "Selvitys ilman edeltävää toimenpidettä.",
        "A selvitys with no action before it.",
      );
    selvitykset.push(selvitys);
    openSel = { selvitys, lines: [], part: null, inReport: false };
    if (end < raw.length) addSelvitysLine(openSel, raw.slice(end), r, c);
    for (const other of cols) if (other > c) addSelvitysLine(openSel, view.rawText(r, other), r, other);
    measureBlockOpen = false;
    waiting = [];
  };

  const appendFinancial = (fin: OpenFinancial, text: string, r: number, c: number): void => {
    if (fin.inOutcome) {
      if (!fin.goal.outcome) fin.goal.outcome = { text, cell: at(r, c) };
      else if (!fin.goal.outcome.text) fin.goal.outcome = { text, cell: at(r, c) };
      else fin.goal.outcome.text = `${fin.goal.outcome.text}\n${text}`;
    } else {
      fin.goal.text = `${fin.goal.text}\n${text}`;
    }
  };

  /** Takes trailing heading candidates back from the selvitys they were read into; returns the last. */
  const takeHeading = (): string | null => {
    if (candidates.length === 0) return null;
    const last = candidates[candidates.length - 1];
    // Only the candidates after the last real text: remove them from their selvitys, newest first.
    for (let i = candidates.length - 1; i >= 0; i--) {
      const cand = candidates[i];
      const sel = cand.selvitys;
      if (sel && sel.lines.length === cand.lineCount) {
        sel.lines.pop();
        sel.selvitys.text = sel.lines.join("\n");
        const part = sel.part;
        if (part) {
          const strip = (s: string): string => {
            const idx = s.lastIndexOf(cand.line.text);
            return idx >= 0 && idx + cand.line.text.length === s.length
              ? s.slice(0, idx).replace(/\n$/, "")
              : s;
          };
          if (sel.inReport && part.report) part.report.text = strip(part.report.text);
          else part.text = strip(part.text);
        }
      }
    }
    candidates = [];
    return last.line.text;
  };

  const rows = view.rowCount;
  for (let r = 0; r < rows; r++) {
    const cols = view.filled(r);
    if (cols.length === 0) continue;
    let c0 = cols[0];
    let t0 = view.text(r, c0);
    let rest = cols.slice(1);

    // "1." numbering in front of a label: skip the number.
    if (rest.length > 0 && /^\d{1,2}[.)]?$/.test(t0) && rest[0] < LABEL_COLUMNS + 1) {
      const t1 = view.text(r, rest[0]);
      if (t1.length <= 60 && matchLabel(t1, BLOCK_LABELS, { fuzzy: false })) {
        c0 = rest[0];
        t0 = t1;
        rest = rest.slice(1);
      }
    }

    // ---- hierarchy labels ----
    let label: LabelMatch<BlockLabel> | null = null;
    const numbered = NUMBERED_MEASURE.exec(t0);
    const inProse = openSel !== null || openFin !== null;
    // "Mittari 1: text | Lähtötaso | …" where no measure block is open (or "MITTARI 2" alone before its
    // text): the MITTARI label of a numbered measure, not a measure row of the block above.
    const numberedLabel =
      numbered !== null &&
      c0 < LABEL_COLUMNS &&
      !inProse &&
      (!measureBlockOpen ||
        (/^\s*mittari\s*\d+\s*[.:)]?\s*$/i.test(t0) && rest.length > 0) ||
        rest.some((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false, headerRow: true }) !== null));
    if (c0 < LABEL_COLUMNS && (!numbered || numberedLabel)) {
      const m = numberedLabel
        ? { kind: "measure" as const, canonical: "MITTARI", nearMiss: false, rest: "" }
        : (matchCellLabel(t0, false) ?? looseLabel(t0, inProse) ?? matchCellLabel(t0, true));
      if (m && HIERARCHY.has(m.kind)) {
        const sameCell = m.rest !== "";
        const head = sameCell ? ((m as LooseMatch).head ?? t0.slice(0, t0.indexOf(":"))) : t0;
        // Inside report text a "word: text" line is prose unless it is written as a label.
        const accept =
          !sameCell ||
          !inProse ||
          (!m.nearMiss &&
            ((m as LooseMatch).numbered === true ||
              head === head.toLocaleUpperCase("fi-FI") ||
              m.kind === "painopiste" ||
              m.kind === "teema" ||
              m.kind === "commitment"));
        // A near-miss must look like a label: alone in its cell, text to its right or after a colon.
        const nearOk =
          !m.nearMiss || (t0.length <= 30 && (rest.length > 0 || sameCell || m.kind === "measure"));
        if (accept && nearOk) label = m;
      }
    }

    if (label) {
      const kind = label.kind;
      if (label.nearMiss) nearMiss(r, c0, sameCellHead(t0, label), label.canonical);
      if (!label.nearMiss) kindsSeen.add(kind);
      sawContent = true;
      closeText();
      // The text: after the colon, else the first filled cell to the right.
      let textCol = c0;
      let text = label.rest;
      if (!text && rest.length > 0 && kind !== "measure") {
        textCol = rest[0];
        text = view.text(r, textCol);
      }
      const cell = at(r, textCol);
      const labelCell = textCol !== c0 ? { labelCell: at(r, c0) } : {};
      pending = null;
      if (kind !== "measure") {
        measureBlockOpen = false;
        waiting = [];
      }
      if (kind === "painopiste" || kind === "teema") {
        const heading = takeHeading();
        if (heading !== null) currentUnit = heading;
        const fkind: FocusAreaKind = kind;
        focus = { text, cell, ...labelCell, kind: fkind, unit: currentUnit, goals: [] };
        focusAreas.push(focus);
        if (!text) pending = { node: focus, measure: false };
        goal = null;
        commitment = null;
        action = null;
      } else if (kind === "goal") {
        candidates = [];
        const parent = ensureFocus(cell);
        goal = { text, cell, ...labelCell, commitments: [] };
        parent.goals.push(goal);
        if (!text) pending = { node: goal, measure: false };
        commitment = null;
        action = null;
      } else if (kind === "commitment") {
        candidates = [];
        const parent = ensureGoal(cell);
        commitment = { text, cell, ...labelCell, actions: [] };
        parent.commitments.push(commitment);
        if (!text) pending = { node: commitment, measure: false };
        action = null;
      } else if (kind === "action") {
        candidates = [];
        const node: Action = { text, cell, ...labelCell, measures: [], reports: [] };
        startAction(node);
        if (!text) pending = { node, measure: false };
      } else {
        candidates = [];
        // MITTARI: text (possibly several numbered measures), headers and/or values on the row.
        const act = ensureAction(r, c0, "measure");
        let mText = numberedLabel && !/^\s*mittari\s*\d+\s*[.:)]?\s*$/i.test(t0) ? t0 : label.rest;
        let mCol = c0;
        let after = rest;
        if (!mText && rest.length > 0) {
          const first = view.text(r, rest[0]);
          const isHeader =
            first.length <= 40 && (matchMeasureHeader(first) !== null || HEADER_PREFIX.test(first));
          if (!isHeader) {
            mCol = rest[0];
            mText = first;
            after = rest.slice(1);
          }
        }
        measureTextCol = mText && mCol !== c0 ? mCol : rightOf(r, c0) + 1;
        measureBlockOpen = true;
        waiting = [];
        const { values } = readValueCells(r, after, 0, true);
        if (mText) {
          const raw = mCol === c0 ? mText : view.rawText(r, mCol);
          const pieces = splitNumberedMeasures(raw);
          const texts = pieces.length > 1 ? pieces.map((p) => p.text) : [cleanText(mText)];
          const made = texts.map((t) => newMeasure(act, t, at(r, mCol)));
          if (values.size > 0) setValues(made[0], values);
          waiting = made.filter((m) => !hasValues(m));
        } else if (values.size > 0) {
          setValues(newMeasure(act, "", at(r, c0)), values);
        } else if (after.length === 0) {
          pending = { node: { text: "", cell: at(r, c0) }, measure: true };
        }
      }
      lastKind = kind;
      continue;
    }

    // ---- the text of a label written alone, on the row under it ----
    if (pending) {
      const p = pending;
      pending = null;
      const isHeaderRow = cols.some((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false }) !== null);
      if (c0 <= LABEL_COLUMNS && !isHeaderRow && !isSelvitysHeading(t0) && !isDepartmentName(t0)) {
        const text = cols.map((c) => view.text(r, c)).join(" ");
        const labelCell = p.node.cell;
        if (p.measure && action) {
          const pieces = splitNumberedMeasures(view.rawText(r, c0));
          const texts = cols.length === 1 && pieces.length > 1 ? pieces.map((x) => x.text) : [text];
          waiting = texts.map((t) => newMeasure(action as Action, t, at(r, c0)));
          measureTextCol = c0;
          measureBlockOpen = true;
        } else if (!p.measure) {
          p.node.text = text;
          p.node.cell = at(r, c0);
          p.node.labelCell = labelCell;
        }
        continue;
      }
    }

    // ---- selvitys heading ----
    if (c0 < LABEL_COLUMNS) {
      const sh = isSelvitysHeading(t0);
      if (sh) {
        if (sh.nearMiss) nearMiss(r, c0, t0.split(/[\s:]/, 1)[0], "Selvitys");
        sawContent = true;
        candidates = [];
        closeText();
        startSelvitys(r, c0, t0, cols);
        lastKind = null;
        continue;
      }
    }

    const lone = cols.length === 1 && c0 < LABEL_COLUMNS;

    // ---- department rows ----
    if (lone && isDepartmentName(t0)) {
      departmentRow ??= { text: t0, cell: at(r, c0) };
      if (lastKind !== "commitment" && lastKind !== "goal") {
        // A department heading between blocks: the sections under it start afresh.
        currentUnit = null;
        candidates = [];
        closeText();
      }
      continue;
    }

    // ---- financial goals ----
    if (c0 < LABEL_COLUMNS) {
      const fg = FINANCIAL_GOAL.exec(t0);
      const words = fg ? t0.slice(0, fg.index).split(" ").filter(Boolean).length : 99;
      const sectionHeading = matchLabel(t0, REPORT_LABELS, { allowRest: false, fuzzy: false });
      if (sectionHeading?.kind === "financialGoals" && lone) {
        candidates = [];
        closeText();
        measureBlockOpen = false;
        continue;
      }
      if (fg && words <= 4) {
        candidates = [];
        closeText();
        measureBlockOpen = false;
        const text = cols.map((c) => view.text(r, c)).join(" ");
        const fin: FinancialGoal = { text, cell: at(r, c0), outcome: null, unit: currentUnit };
        financialGoals.push(fin);
        openFin = { goal: fin, inOutcome: false };
        sawContent = true;
        continue;
      }
      const outcome = OUTCOME_LINE.exec(t0);
      if (outcome && openFin) {
        const fin = openFin as OpenFinancial;
        fin.inOutcome = true;
        const restText = cleanText(outcome[1]);
        fin.goal.outcome = { text: restText, cell: at(r, c0) };
        for (const c of cols.slice(1)) appendFinancial(fin, view.text(r, c), r, c);
        continue;
      }
    }

    // ---- measure rows and value rows ----
    if (!openSel && !openFin && (measureBlockOpen || (numbered && action))) {
      const act = action as Action | null;
      const textCol = measureTextCol >= 0 ? measureTextCol : c0;
      if (act && numbered && rest.length === 0 && c0 >= textCol) {
        // "Mittari 2. …" alone in the measure column: a measure without values.
        newMeasure(act, t0, at(r, c0));
        measureBlockOpen = true;
        if (measureTextCol < 0) measureTextCol = c0;
        continue;
      }
      // A header-only row ("Lähtötilanne | Tavoite 2025 | Toteutuma"), e.g. under the measure text.
      if (
        act &&
        cols.length >= 2 &&
        cols.every((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false, headerRow: true }))
      ) {
        readValueCells(r, cols, 0, true);
        measureBlockOpen = true;
        if (measureTextCol < 0 || measureTextCol >= c0) measureTextCol = Math.max(0, c0 - 1);
        continue;
      }
      // "Lähtötaso 65 %" / "Tavoitetaso 70 %" rows: the values of the measure being written.
      if (act && act.measures.length > 0 && cols.every((c) => prefixedHeader(view.text(r, c)))) {
        const { values } = readValueCells(r, cols, 0, false);
        const m = waiting[0] ?? act.measures[act.measures.length - 1];
        setValues(m, values);
        if (m.baseline && m.target && waiting[0] === m) waiting.shift();
        continue;
      }
      const known = headers.size > 0 ? headers : sheetHeaders;
      let firstHeader = Infinity;
      if (known) for (const c of known.keys()) firstHeader = Math.min(firstHeader, c);
      // A row starting under a value header is a row of values, wherever the measure text stands.
      const underHeader = known !== null && known.has(c0) && !numbered;
      if (
        act &&
        c0 > textCol &&
        c0 < firstHeader &&
        firstHeader < Infinity &&
        (rest.length > 0 || !waiting.length)
      ) {
        // Text left of the value headers, further right than expected: the measure column is here.
        measureTextCol = c0;
        const m = newMeasure(act, t0, at(r, c0));
        setValues(m, readValueCells(r, rest, 0, false).values);
        waiting = [];
        measureBlockOpen = true;
        continue;
      }
      if (act && (c0 > textCol || underHeader) && measureTextCol >= 0) {
        // Values only: for the next measure of the block still waiting for them.
        const { values } = readValueCells(r, cols, 0, true);
        if (values.size > 0) {
          const m = waiting.shift();
          if (m) setValues(m, values);
          else if (act.measures.length === 0 || !measureBlockOpen) {
            problem(
              r,
              c0,
              "orphan-measure-values",
              "Arvoja ilman mittaria: rivillä on lähtö- tai tavoitetaso, mutta sitä ei voi liittää mittariin.",
              "Values without a measure: the row has a baseline or target that belongs to no measure.",
            );
          } else {
            const m2 = newMeasure(act, "", at(r, textCol));
            setValues(m2, values);
            problem(
              r,
              c0,
              "orphan-measure-values",
              "Arvorivi ilman mittarin nimeä.",
              "A value row without a measure name.",
            );
          }
        }
        continue;
      }
      if (act && c0 === textCol && (rest.length > 0 || numbered)) {
        // A measure per row: text in the measure column, values to its right.
        const m = newMeasure(act, t0, at(r, c0));
        const { values } = readValueCells(r, rest, 0, false);
        setValues(m, values);
        waiting = [];
        measureBlockOpen = true;
        continue;
      }
      if (act && c0 < textCol && rest.length > 0) {
        // Shifted left: "Mittari 4." in the label column with values one column left of the headers.
        const offset = textCol - c0;
        const map = headers.size > 0 ? headers : sheetHeaders;
        const aligned = map !== null && rest.every((c) => map.has(c + offset));
        if (numbered || aligned) {
          const m = newMeasure(act, t0, at(r, c0));
          setValues(m, readValueCells(r, rest, offset, false).values);
          waiting = [];
          continue;
        }
      }
      // A header-only row ("Lähtötaso | Tavoitetaso") under an action with no MITTARI label.
      if (
        act &&
        cols.length >= 2 &&
        cols.every((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false }))
      ) {
        readValueCells(r, cols, 0, true);
        measureBlockOpen = true;
        if (measureTextCol < 0) measureTextCol = Math.max(0, c0 - 1);
        continue;
      }
    } else if (!openSel && !openFin && cols.length >= 2 && c0 > 0 && kindsSeen.size > 0) {
      // Values with no MITTARI in sight.
      let headerish = 0;
      for (const c of cols) if (matchMeasureHeader(view.text(r, c), { fuzzy: false })) headerish++;
      if (headerish >= 2 && action) {
        readValueCells(r, cols, 0, true);
        measureBlockOpen = true;
        measureTextCol = Math.max(0, c0 - 1);
        continue;
      }
      if (lastKind === "action" || lastKind === "commitment" || lastKind === "goal") {
        problem(
          r,
          c0,
          "orphan-measure-values",
          "Arvorivi ilman MITTARI-riviä.",
          "A row of values with no MITTARI row above it.",
        );
        continue;
      }
    }

    // ---- text lines: selvitys, financial goal, headings, title ----
    const lineText = cols.map((c) => view.text(r, c)).join(" ");
    if (!sawContent && !title && lone) {
      title = { text: t0, cell: at(r, c0) };
      addTitleLine(title);
      if (!looksLikeTitle(t0))
        candidates.push({ line: { row: r, col: c0, text: t0 }, selvitys: null, lineCount: 0 });
      continue;
    }
    // More title rows before the first label ("Toiminnalliset tavoitteet 2025" under the name): part
    // of the title, not a section heading. Repeated on every printed page, they are skipped again.
    if (
      !sawContent &&
      lone &&
      titleTexts.size < 5 &&
      /tavoit|talousarvi|toteutu|raportt|(19|20)\d\d/i.test(t0)
    ) {
      addTitleLine({ text: t0, cell: at(r, c0) });
      continue;
    }
    if (titleTexts.has(lineText) || isPageFooter(lineText)) continue;
    const headingLike = lone && isHeadingLike(t0);
    if (openFin) {
      if (headingLike && openFin.inOutcome && openFin.goal.outcome?.text) {
        // A heading after the outcome ends the financial goal.
        openFin = null;
        candidates = [{ line: { row: r, col: c0, text: t0 }, selvitys: null, lineCount: 0 }];
        continue;
      }
      appendFinancial(openFin, lineText, r, c0);
      continue;
    }
    if (openSel) {
      const sel = openSel as OpenSelvitys;
      for (const c of cols) addSelvitysLine(sel, view.rawText(r, c), r, c);
      if (headingLike)
        candidates.push({ line: { row: r, col: c0, text: t0 }, selvitys: sel, lineCount: sel.lines.length });
      else candidates = [];
      continue;
    }
    if (headingLike) {
      candidates.push({ line: { row: r, col: c0, text: t0 }, selvitys: null, lineCount: 0 });
      continue;
    }
    candidates = [];
  }

  // Focus areas before any section heading belong to the unit the title names, if it names one.
  const titleUnit = title ? unitInTitle((title as TextAt).text) : null;
  if (titleUnit)
    for (const f of focusAreas) if (f.unit === null && isBefore(f, focusAreas)) f.unit = titleUnit;
  // The title, else a later title line naming a department (not a unit standing for one), else the
  // department row, else the sheet name.
  const department =
    chooseDepartment([
      title ? departmentInTitle(title) : null,
      ...titleLines.map(departmentInTitle).filter((c) => c && !c.unitOnly),
      departmentRow ? departmentInRow(departmentRow, "whole") : null,
      departmentOfSheet(sheet),
    ])?.name ?? null;
  const fromSelvitys = reportPeriod(selvitykset);
  const titleText = titleLines.map((l) => l.text);
  const year = sheetYear(fromSelvitys.year, { title: titleText, sheet });
  // No selvitys names the period: the title ("toteutuminen 1.1.–30.9.2024") or the sheet ("Sivistys T2").
  const period = sheetPeriod(fromSelvitys.period, { title: titleText, sheet });

  // Structure, not stray words: three exact levels, or an explicit TOIMENPIDE and one more level.
  const looksLikeGoals = kindsSeen.size >= 3 || (kindsSeen.has("action") && kindsSeen.size >= 2);

  return {
    sheet,
    layout: looksLikeGoals ? "block" : "none",
    title,
    department,
    ...period,
    year,
    focusAreas: looksLikeGoals ? focusAreas : [],
    financialGoals,
    hasActualColumn: hasActual,
    ownStatusColumn,
    nearMisses: looksLikeGoals ? nearMisses : [],
    problems: looksLikeGoals ? problems : [],
    looksLikeGoals,
  };
}

/** Only focus areas before the first one with a unit of its own get the title's unit. */
function isBefore(f: FocusArea, all: FocusArea[]): boolean {
  for (const g of all) {
    if (g === f) return true;
    if (g.unit !== null) return false;
  }
  return false;
}

/**
 * The hierarchy label a cell starts with, exact spellings only (for layout detection): "TOIMENPIDE",
 * "Toimenpide: text", "TOIMENPIDE 1", "TOIMENPIDE Lupaprosessien …", "Mittari 1: text".
 */
export function exactBlockLabel(t0: string): BlockLabel | null {
  const m = matchCellLabel(t0, false) ?? looseLabel(t0, false);
  if (m && HIERARCHY.has(m.kind)) return m.kind;
  return NUMBERED_MEASURE.test(t0) ? "measure" : null;
}

/** Label match of a cell; a long "LABEL: text" cell is matched by its head only. */
function matchCellLabel(t0: string, fuzzy: boolean): LabelMatch<BlockLabel> | null {
  if (t0.length <= 200) return matchLabel(t0, BLOCK_LABELS, { fuzzy });
  const colon = t0.indexOf(":");
  if (colon <= 0 || colon >= 60) return null;
  const m = matchLabel(t0.slice(0, colon), BLOCK_LABELS, { allowRest: false, fuzzy });
  return m ? { ...m, rest: cleanText(t0.slice(colon + 1)) } : null;
}

type LooseMatch = LabelMatch<BlockLabel> & { head?: string; numbered?: boolean };

/**
 * A hierarchy label written with a number or without a colon: "TOIMENPIDE 1", "Toimenpide 2: text",
 * "PAINOPISTE 1. Osaava Pori", "TOIMENPIDE Lupaprosessien sujuvoittaminen", "Tavoite Kasvava Pori".
 * Exact spellings only. Without a number or separator the label must read as one: written in capitals,
 * or (outside report text) followed by a capitalised word. Inside report text only capitals count.
 */
function looseLabel(t0: string, inProse: boolean): LooseMatch | null {
  if (t0.length > 400) return null;
  const words = /^(\p{L}+)(?:\s+(\p{L}+))?/u.exec(t0);
  if (!words) return null;
  const heads = words[2] ? [`${words[1]} ${words[2]}`, words[1]] : [words[1]];
  for (const head of heads) {
    const hit = matchLabel(head, BLOCK_LABELS, { fuzzy: false, allowRest: false });
    if (!hit || !HIERARCHY.has(hit.kind)) continue;
    const tail = /^\s*(\d{1,2}(?:\.\d{1,2})*\.?)?\s*([:)\-–](?=\s|$))?\s*(.*)$/su.exec(t0.slice(head.length));
    if (!tail) continue;
    const [, number, sep, text] = tail;
    // "Mittari 1. …" is a numbered measure (see NUMBERED_MEASURE), not this.
    if (hit.kind === "measure" && number) continue;
    const capitals = head === head.toLocaleUpperCase("fi-FI");
    // In report text "Toimenpide 2: …" still reads as a label; "toimenpide on …" does not.
    if (inProse && !capitals && !(number && sep)) return null;
    if (!number && !sep) {
      if (!text) continue;
      const capitalised = /^\p{Lu}/u.test(text) && /^\p{Lu}/u.test(head);
      if (!capitals && (inProse || !capitalised)) return null;
    }
    return { ...hit, rest: cleanText(text), head, numbered: !!number };
  }
  return null;
}

function sameCellHead(t0: string, m: LabelMatch<string>): string {
  if (m.rest === "") return t0;
  const colon = t0.indexOf(":");
  return colon > 0 ? cleanText(t0.slice(0, colon)) : t0;
}

/** A period named at the end of a selvitys heading: "(T2)", "T1/2024", "Q3", "vuonna 2023", "2023 aikana". */
const PERIOD_TOKEN =
  /\(\s*[TQH][1-4](?:\s*\/\s*\d{2,4})?\s*\)|(?<![\p{L}\d])[TQH][1-4](?:\s*\/\s*(?:19|20)?\d\d)?(?![\p{L}\d])|vuo(?:nna|delta|den|si)\s+(?:19|20)\d\d|(?:19|20)\d\d\s*(?:aikana|osalta)/iu;

/**
 * Where a selvitys heading ends in its cell and the report text begins: after the colon
 * ("Selvitys … (T1): text"); without a colon after the period it names ("SELVITYS … VUONNA 2024 Text",
 * "Selvitys … (H1)" with the text on the next rows); else at the first line break.
 */
export function selvitysHeadingEnd(raw: string): number {
  const colon = raw.indexOf(":");
  const token = PERIOD_TOKEN.exec(raw.slice(0, 200));
  const tokenEnd = token ? token.index + token[0].length : -1;
  if (colon >= 0 && (tokenEnd < 0 || colon - tokenEnd <= 40)) return colon >= tokenEnd ? colon + 1 : tokenEnd;
  if (tokenEnd >= 0) return tokenEnd;
  const newline = raw.indexOf("\n");
  return newline >= 0 ? newline : raw.length;
}
