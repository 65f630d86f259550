/**
 * The older programme layout (seed 003, `*-palveluohjelma-2018.xlsx`): numbered blocks of
 * "Pitkän aikavälin tavoite / Toiminnallinen tavoite 2018 / Toimenpide / Mittari / Vastuuhenkilö",
 * "Palvelulupaus / Vastuuhenkilö" pairs, and (usually on a sheet of its own) a list of the long-term
 * goals.
 *
 * A label stands in one of the first columns with its text to the right, or as "Label: text" in one
 * cell; any case, colons, stray spaces and near-misses ("Vastuhenkilö") are accepted, near-misses
 * remembered. A block starts at a number ("1." in a cell of its own, "1." before the label, or
 * "1. Pitkän aikavälin tavoite" in one cell) or, in an unnumbered programme, where a field repeats.
 * Fields may come in any order and may be missing: a missing field is null in `ProgrammeItem.fields`.
 *
 * The programme maps onto the city's hierarchy as:
 *   focus area (kind "pitkan-aikavalin-tavoite") = Pitkän aikavälin tavoite,
 *   goal = Toiminnallinen tavoite, commitment = implied (the format has no TEKO),
 *   action = Toimenpide (with its block number and Vastuuhenkilö), measure = Mittari.
 * One focus area per distinct long-term goal text, in order of first appearance, and within it one
 * goal per distinct operational goal text: the programme repeats the long-term goal in every block
 * (blocks 1–3 of seed 003 share "Työpaikkojen ja verotulojen kasvu."), and the tree should show that
 * goal once with its actions under it, not once per block. Blocks with the same long-term goal are
 * grouped even when not consecutive: in a programme the long-term goal is an identity, not a position.
 *
 * One pass over the rows, constant work per cell: linear in sheet size.
 */
import { cellRef, type CellRef } from "../model/cellref";
import type {
  Action,
  Commitment,
  FocusArea,
  Goal,
  LabelNearMiss,
  Measure,
  ProgrammeField,
  ProgrammeItem,
  ReadProblem,
  Report,
  ServicePromise,
  TextAt,
} from "../model/report";
import { departmentFromSheetName, isDepartmentName, organisationFromTitle } from "./department";
import type { SheetView } from "./sheet";
import { cleanText, labelKey, matchLabel, type LabelMatch } from "./text";
import { PROGRAMME_LABELS, splitNumberedMeasures, type ProgrammeLabel } from "./vocabulary";

/** Labels may start in any of these first columns (0-based A..D). */
const LABEL_COLUMNS = 4;

/** "1.", "12", "3)" alone: a block number. */
const BLOCK_NUMBER = /^(\d{1,3})\s*[.)]?$/;
/** "1. Pitkän aikavälin tavoite": a block number before a label in the same cell. */
const NUMBER_PREFIX = /^(\d{1,3})\s*[.)]\s+(?=\p{L})/u;
/** "2.1. Pitkän aikavälin tavoitteet", "3. Palvelulupaukset": a section heading's number. */
const SECTION_PREFIX = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;
/** "- Työpaikkojen …", "• …", "1) …", "3. …": list markers before a list entry. */
const LIST_MARKER = /^(?:[-–—•*·▪]\s*|\d{1,3}\s*[.)]\s+)/;

/** First letters of every programme label spelling, and the longest spelling (plus room for edits). */
const LABEL_INITIALS = new Set(
  Object.values<readonly string[]>(PROGRAMME_LABELS.entries).flatMap((spellings) =>
    spellings.map((s) => labelKey(s)[0]),
  ),
);
const MAX_LABEL_KEY =
  Math.max(
    ...Object.values<readonly string[]>(PROGRAMME_LABELS.entries).flatMap((spellings) =>
      spellings.map((s) => labelKey(s).length),
    ),
  ) + 2;

export interface FieldMatch {
  kind: ProgrammeLabel;
  canonical: string;
  nearMiss: boolean;
  /** The label as written (the part before the colon). */
  written: string;
  /** Text after a colon in the same cell, or "". */
  rest: string;
  /** "Toiminnallinen tavoite 2018" → 2018. */
  year: number | null;
}

/** "Toiminnallinen tavoite 2018", "… vuodelle 2018" → base label and year. */
function splitYear(head: string): { base: string; year: number | null } {
  const m = /^(.*?)[\s,]+(?:(?:vuodelle|vuonna|vuosi|vuosille|v\.)\s*)?((?:19|20)\d\d)$/i.exec(head);
  return m ? { base: m[1], year: Number(m[2]) } : { base: head, year: null };
}

/**
 * Matches a cell as a programme label: the whole cell, or the part before a colon with the text after
 * it. Exact spellings win over near-misses.
 */
export function matchField(raw: string): FieldMatch | null {
  const text = cleanText(raw);
  if (!text) return null;
  const candidates: { head: string; rest: string }[] = [];
  if (text.length <= 80) candidates.push({ head: text, rest: "" });
  const colon = text.indexOf(":");
  if (colon > 0 && colon < 60)
    candidates.push({ head: cleanText(text.slice(0, colon)), rest: cleanText(text.slice(colon + 1)) });
  let best: FieldMatch | null = null;
  for (const { head, rest } of candidates) {
    const { base, year } = splitYear(head.replace(/\s*:$/, ""));
    const key = labelKey(base);
    if (!key || key.length > MAX_LABEL_KEY) continue;
    // Exact spellings first; near-misses only for words that start like a label (cheap on junk).
    const m: LabelMatch<ProgrammeLabel> | null =
      matchLabel(base, PROGRAMME_LABELS, { allowRest: false, fuzzy: false }) ??
      (LABEL_INITIALS.has(key[0]) ? matchLabel(base, PROGRAMME_LABELS, { allowRest: false }) : null);
    if (!m) continue;
    const hit: FieldMatch = {
      kind: m.kind,
      canonical: m.canonical,
      nearMiss: m.nearMiss,
      written: head,
      rest,
      year,
    };
    if (!m.nearMiss) return hit;
    best ??= hit;
  }
  return best;
}

/** What a row says, read from its first cells. */
interface RowRead {
  /** Block number as written ("1."), when the row starts one. */
  number: string | null;
  numberCol: number;
  label: FieldMatch | null;
  labelCol: number;
  /** The field's text (after the colon, or the cells right of the label), or null. */
  value: TextAt | null;
  /** A numbered section heading ("2.2. Toiminnalliset tavoitteet", "3. Palvelulupaukset"). */
  section: boolean;
}

function readRow(view: SheetView, r: number, filled: number[]): RowRead {
  const sheet = view.sheet;
  const out: RowRead = {
    number: null,
    numberCol: -1,
    label: null,
    labelCol: -1,
    value: null,
    section: false,
  };
  let i = 0;
  if (filled[0] >= LABEL_COLUMNS) return out;
  let t = view.text(r, filled[0]);
  if (BLOCK_NUMBER.test(t)) {
    out.number = t;
    out.numberCol = filled[0];
    i = 1;
    if (filled.length === 1) return out;
    t = view.text(r, filled[1]);
  }
  const col = filled[i];
  let labelText = t;
  const prefix = out.number === null ? NUMBER_PREFIX.exec(t) : null;
  if (prefix) labelText = t.slice(prefix[0].length);
  else if (out.number === null && SECTION_PREFIX.test(t)) labelText = t.replace(SECTION_PREFIX, "");
  const label = matchField(labelText);
  const right = filled.slice(i + 1);
  const valueText = label?.rest
    ? label.rest
    : right
        .map((c) => view.text(r, c))
        .join(" ")
        .trim();
  const valueCell: CellRef = cellRef(sheet, r + 1, (label?.rest ? col : (right[0] ?? col)) + 1);
  if (label) {
    if (prefix && !valueText) {
      // "3. Palvelulupaukset" with nothing after it: a section heading, not a block.
      out.section = true;
      out.label = label;
      out.labelCol = col;
      return out;
    }
    if (prefix) {
      out.number = prefix[1] + ".";
      out.numberCol = col;
    }
    out.label = label;
    out.labelCol = col;
    out.value = valueText ? { text: valueText, cell: valueCell } : null;
    if (!prefix && out.number === null && SECTION_PREFIX.test(t) && !valueText) out.section = true;
    return out;
  }
  if (SECTION_PREFIX.test(t) && out.number === null && filled.length === 1) out.section = true;
  return out;
}

/** True when the row is a long-term goal list heading ("2.1. Pitkän aikavälin tavoitteet"). */
function isListHeading(row: RowRead, text: string): boolean {
  if (!row.label || row.label.kind !== "longTermGoal" || row.value) return false;
  return row.section || /tavoitteet$/i.test(labelKey(text.replace(SECTION_PREFIX, "")));
}

/** A list entry without its bullet or number; "" for intro lines ("Mitä pitää saada aikaan …:"). */
function listEntry(text: string): string {
  const t = cleanText(text.replace(LIST_MARKER, "")).replace(/^\*\*(.*)\*\*$/, "$1");
  if (!t || t.endsWith(":") || !/\p{L}/u.test(t)) return "";
  return t;
}

/** The entry of a list row: a lone cell, or the text after a number cell; null when the row is not one. */
function listRowEntry(view: SheetView, r: number, filled: number[], column: number): TextAt | null {
  let c = filled[0];
  if (filled.length > 1) {
    if (BLOCK_NUMBER.test(view.text(r, filled[0]))) c = filled[1];
    else if (filled.includes(column)) c = column;
  }
  const text = listEntry(view.text(r, c));
  return text ? { text, cell: cellRef(view.sheet, r + 1, c + 1) } : null;
}

/**
 * A sheet that is a list of long-term goals ("Pitkän aikavälin tavoitteet" heading, or the sheet
 * named so, then one goal per row); null when the sheet is not such a list.
 */
export function readLongTermGoalList(view: SheetView): TextAt[] | null {
  if (looksLikeProgramme(view)) return null;
  let start = -1;
  let column = 0;
  // A heading "Pitkän aikavälin tavoitteet" (section number allowed) as the last cell of its row:
  // alone, or after a "Nro" column.
  for (let r = 0; r < Math.min(view.rowCount, 10) && start < 0; r++) {
    const filled = view.filled(r);
    if (filled.length === 0 || filled.length > 3) continue;
    const c = filled[filled.length - 1];
    if (c >= LABEL_COLUMNS + 2) continue;
    const m = matchField(view.text(r, c).replace(SECTION_PREFIX, ""));
    if (m && m.kind === "longTermGoal" && !m.rest) {
      start = r + 1;
      column = c;
    }
  }
  if (start < 0) {
    const byName = matchField(cleanText(view.sheet.replace(SECTION_PREFIX, "")));
    if (!byName || byName.kind !== "longTermGoal") return null;
    start = 0;
  }
  const goals: TextAt[] = [];
  for (let r = start; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) continue;
    const row = readRow(view, r, filled);
    // Another section or a programme block: the list has ended.
    if (row.section || (row.label && row.label.kind !== "longTermGoal")) break;
    if (filled.length > 3) break;
    const entry = listRowEntry(view, r, filled, column);
    if (entry) goals.push(entry);
  }
  return goals.length > 0 ? goals : null;
}

/**
 * True when programme labels stand first in rows with text beside them: a long-term or operational
 * goal label (exact) and two more kinds, or "Palvelulupaus" with its "Vastuuhenkilö".
 */
export function looksLikeProgramme(view: SheetView): boolean {
  const kinds = new Set<ProgrammeLabel>();
  let distinctive = false;
  for (let r = 0; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) continue;
    const row = readRow(view, r, filled);
    if (!row.label || !row.value || row.section) continue;
    kinds.add(row.label.kind);
    if (!row.label.nearMiss && row.label.kind !== "action" && row.label.kind !== "measure")
      distinctive = true;
    if (!distinctive) continue;
    if ((kinds.has("longTermGoal") || kinds.has("operationalGoal")) && kinds.size >= 3) return true;
    if (kinds.has("promise") && kinds.has("responsible")) return true;
  }
  return false;
}

type Fields = Record<ProgrammeField, TextAt | null>;

interface OpenItem {
  number: string | null;
  cell: CellRef;
  fields: Fields;
  /** Label cells, for the nodes' `labelCell`. */
  labelCells: Partial<Record<ProgrammeField, CellRef>>;
  seen: Set<ProgrammeField>;
  /** Extra "Mittari" rows of the same block, after the first. */
  extraMeasures: TextAt[];
}

/** Where plain lines go: the field or promise last opened. */
type Continuation =
  | { kind: "field"; item: OpenItem; field: ProgrammeField; labelCol: number; extra: TextAt | null }
  | { kind: "promise"; promise: ServicePromise; labelCol: number; responsible: boolean }
  | { kind: "list"; column: number };

function emptyFields(): Fields {
  return { longTermGoal: null, operationalGoal: null, action: null, measure: null, responsible: null };
}

function appendText(target: TextAt | null, text: string, cell: CellRef): TextAt {
  return target ? { ...target, text: `${target.text} ${text}` } : { text, cell };
}

export function readProgramme(view: SheetView, longTermGoals: TextAt[]): Report {
  const sheet = view.sheet;
  const at = (r: number, c: number): CellRef => cellRef(sheet, r + 1, c + 1);
  const nearMisses: LabelNearMiss[] = [];
  const problems: ReadProblem[] = [];
  const items: OpenItem[] = [];
  const promises: ServicePromise[] = [];
  const years: number[] = [];
  const listed: TextAt[] = [];
  let title: TextAt | null = null;
  let departmentRow: string | null = null;
  let item: OpenItem | null = null;
  let promise: ServicePromise | null = null;
  let cont: Continuation | null = null;
  let started = false;

  const problem = (r: number, c: number, code: string, fi: string, en: string): void => {
    if (problems.length < 200) problems.push({ cell: at(r, c), code, fi, en });
  };

  const flush = (): void => {
    if (item) {
      if (item.seen.size > 0) items.push(item);
      else if (item.number !== null)
        problem(
          item.cell.row - 1,
          item.cell.col - 1,
          "programme-empty-block",
          `Numeroitu kohta ${item.number} on tyhjä.`,
          `Numbered block ${item.number} is empty.`,
        );
    }
    item = null;
    cont = null;
  };
  const newItem = (number: string | null, cell: CellRef): OpenItem => {
    flush();
    promise = null;
    item = { number, cell, fields: emptyFields(), labelCells: {}, seen: new Set(), extraMeasures: [] };
    return item;
  };

  for (let r = 0; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) {
      // A blank row ends a text continued over rows (not a block, nor a list of long-term goals).
      if (cont && (cont as Continuation).kind !== "list") cont = null;
      continue;
    }
    const row = readRow(view, r, filled);
    const t0 = view.text(r, filled[0]);
    const label = row.label;

    if (label && label.nearMiss && !row.section)
      nearMisses.push({ cell: at(r, row.labelCol), written: label.written, readAs: label.canonical });

    // Section headings: end what is open; "2.1. Pitkän aikavälin tavoitteet" starts a list.
    if (row.section || (label && isListHeading(row, t0))) {
      flush();
      promise = null;
      started = true;
      if (label && isListHeading(row, t0)) cont = { kind: "list", column: filled[0] };
      continue;
    }

    if (row.number !== null && !label) {
      // "1." alone (or before an unknown label): a new block.
      started = true;
      newItem(row.number, at(r, row.numberCol));
      if (filled.length > 1)
        problem(
          r,
          filled[1],
          "unrecognised-label",
          `Tuntematon otsikko: ${view.text(r, filled[1])}`,
          `Unknown label: ${view.text(r, filled[1])}`,
        );
      continue;
    }

    if (label) {
      started = true;
      const kind = label.kind;
      if (label.year !== null) years.push(label.year);
      if (kind === "promise") {
        flush();
        promise = {
          text: row.value?.text ?? "",
          cell: row.value?.cell ?? at(r, row.labelCol),
          responsible: null,
        };
        promises.push(promise);
        cont = { kind: "promise", promise, labelCol: row.labelCol, responsible: false };
        continue;
      }
      if (kind === "responsible" && promise && !(promise as ServicePromise).responsible && !item) {
        const p = promise as ServicePromise;
        p.responsible = row.value;
        cont = { kind: "promise", promise: p, labelCol: row.labelCol, responsible: true };
        continue;
      }
      if (kind === "responsible" && promise && !item) {
        // A second Vastuuhenkilö for one promise: more people.
        const p = promise as ServicePromise;
        if (row.value) p.responsible = appendText(p.responsible, row.value.text, row.value.cell);
        continue;
      }
      const field = kind as ProgrammeField;
      let open = item as OpenItem | null;
      if (row.number !== null) open = newItem(row.number, at(r, row.numberCol));
      else if (!open) open = newItem(null, at(r, row.labelCol));
      else if (open.seen.has(field)) {
        const c = cont as Continuation | null;
        if (field === "measure" && c?.kind === "field" && c.field === "measure" && row.value) {
          // "Mittari" again right after a Mittari: another measure of the same action.
          open.extraMeasures.push(row.value);
          cont = { kind: "field", item: open, field, labelCol: row.labelCol, extra: row.value };
          continue;
        }
        // A field repeats in an unnumbered programme: the next block has begun.
        open = newItem(null, at(r, row.labelCol));
      }
      open.seen.add(field);
      open.fields[field] = row.value;
      open.labelCells[field] = at(r, row.labelCol);
      cont = { kind: "field", item: open, field, labelCol: row.labelCol, extra: null };
      continue;
    }

    // ---- lines with no label ----
    const c = cont as Continuation | null;
    if (c && c.kind === "list") {
      if (filled.length <= 3) {
        const entry = listRowEntry(view, r, filled, c.column);
        if (entry) listed.push(entry);
        continue;
      }
      cont = null;
    } else if (c && filled[0] > c.labelCol) {
      // Text continued on the next row, in the text column.
      const text = filled.map((k) => view.text(r, k)).join(" ");
      const cell = at(r, filled[0]);
      if (c.kind === "field") {
        if (c.extra) {
          const i = c.item.extraMeasures.indexOf(c.extra);
          c.extra = appendText(c.extra, text, cell);
          c.item.extraMeasures[i] = c.extra;
        } else c.item.fields[c.field] = appendText(c.item.fields[c.field], text, cell);
      } else if (c.responsible) c.promise.responsible = appendText(c.promise.responsible, text, cell);
      else {
        const joined = appendText(c.promise.text ? c.promise : null, text, cell);
        c.promise.text = joined.text;
        c.promise.cell = joined.cell;
      }
      continue;
    }

    if (!started && !title && filled.length === 1) {
      title = { text: t0, cell: at(r, filled[0]) };
      continue;
    }
    if (filled.length === 1 && isDepartmentName(t0)) {
      departmentRow ??= t0;
      flush();
      promise = null;
      continue;
    }
    if (item && filled.length >= 2 && filled[0] < LABEL_COLUMNS && t0.length <= 40) {
      // "Label | text" inside a block, with a label the reader does not know.
      problem(r, filled[0], "unrecognised-label", `Tuntematon otsikko: ${t0}`, `Unknown label: ${t0}`);
    }
  }
  flush();
  // A "Palvelulupaukset" heading reads as a promise with no text and nobody responsible: not one.
  const realPromises = promises.filter((p) => p.text !== "" || p.responsible !== null);

  const focusAreas = buildTree(items);

  const titleOrg = title ? organisationFromTitle((title as TextAt).text) : { department: null, unit: null };
  const department =
    titleOrg.department ??
    (departmentRow ? organisationFromTitle(departmentRow).department : null) ??
    departmentFromSheetName(sheet);
  const year = mostCommon(years) ?? yearIn((title as TextAt | null)?.text ?? "") ?? yearIn(sheet);

  const allGoals = [...longTermGoals];
  const keys = new Set(allGoals.map((g) => labelKey(g.text)));
  for (const g of listed)
    if (!keys.has(labelKey(g.text))) {
      keys.add(labelKey(g.text));
      allGoals.push(g);
    }

  return {
    sheet,
    layout: "programme",
    title,
    department,
    period: null,
    year,
    focusAreas,
    financialGoals: [],
    hasActualColumn: false,
    ownStatusColumn: null,
    nearMisses,
    problems,
    programme: {
      items: items.map((i) => ({ number: i.number, cell: i.cell, fields: i.fields }) satisfies ProgrammeItem),
      longTermGoals: allGoals,
      promises: realPromises,
      year,
    },
    looksLikeGoals: true,
  };
}

/** Items → focus areas (long-term goals) → goals (operational goals) → implied commitment → action. */
function buildTree(items: OpenItem[]): FocusArea[] {
  const focusAreas: FocusArea[] = [];
  const focusByKey = new Map<string, FocusArea>();
  const goalsByFocus = new Map<FocusArea, Map<string, Goal>>();
  for (const it of items) {
    const f = it.fields;
    const ltg = f.longTermGoal;
    let focus: FocusArea | undefined = ltg ? focusByKey.get(labelKey(ltg.text)) : undefined;
    if (!focus) {
      focus = ltg
        ? withLabel<FocusArea>(
            { text: ltg.text, cell: ltg.cell, kind: "pitkan-aikavalin-tavoite", unit: null, goals: [] },
            it.labelCells.longTermGoal,
            ltg.cell,
          )
        : { text: "", cell: it.cell, implied: true, kind: "pitkan-aikavalin-tavoite", unit: null, goals: [] };
      if (ltg) focusByKey.set(labelKey(ltg.text), focus);
      focusAreas.push(focus);
      goalsByFocus.set(focus, new Map());
    }
    const goals = goalsByFocus.get(focus) as Map<string, Goal>;
    const og = f.operationalGoal;
    let goal: Goal | undefined = og ? goals.get(labelKey(og.text)) : undefined;
    if (!goal) {
      goal = og
        ? withLabel<Goal>(
            { text: og.text, cell: og.cell, commitments: [] },
            it.labelCells.operationalGoal,
            og.cell,
          )
        : { text: "", cell: it.cell, implied: true, commitments: [] };
      if (og) goals.set(labelKey(og.text), goal);
      focus.goals.push(goal);
    }
    const actionCell = f.action?.cell ?? it.cell;
    let commitment: Commitment | undefined = goal.commitments[0];
    if (!commitment) {
      // The programme format has no TEKO: one implied commitment per goal holds its actions.
      commitment = { text: "", cell: actionCell, implied: true, actions: [] };
      goal.commitments.push(commitment);
    }
    const action: Action = f.action
      ? withLabel<Action>(
          { text: f.action.text, cell: f.action.cell, measures: [], reports: [] },
          it.labelCells.action,
          f.action.cell,
        )
      : { text: "", cell: it.cell, implied: true, measures: [], reports: [] };
    action.number = it.number;
    action.responsible = f.responsible;
    const measureTexts: TextAt[] = [];
    if (f.measure) {
      const split = splitNumberedMeasures(f.measure.text);
      if (split.length >= 2) for (const p of split) measureTexts.push({ text: p.text, cell: f.measure.cell });
      else measureTexts.push(f.measure);
    }
    measureTexts.push(...it.extraMeasures);
    for (const m of measureTexts) {
      const measure: Measure = {
        text: m.text,
        cell: m.cell,
        index: action.measures.length + 1,
        baseline: null,
        target: null,
        actual: null,
        ownStatus: null,
        responsible: f.responsible,
      };
      action.measures.push(measure);
    }
    commitment.actions.push(action);
  }
  return focusAreas;
}

function withLabel<T extends { labelCell?: CellRef }>(node: T, label: CellRef | undefined, text: CellRef): T {
  if (label && (label.row !== text.row || label.col !== text.col)) node.labelCell = label;
  return node;
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function yearIn(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
