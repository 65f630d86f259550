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
import {
  chooseDepartment,
  departmentInRow,
  departmentInTitle,
  departmentOfSheet,
  isDepartmentName,
  isPageFooter,
  sheetYear,
} from "./meta";
import type { SheetView } from "./sheet";
import { cleanText, labelKey, matchLabel, mostCommon, type LabelMatch } from "../text";
import { PROGRAMME_LABELS, splitNumberedMeasures, type ProgrammeLabel } from "./vocabulary";

/** Labels may start in any of these first columns (0-based A..D). */
const LABEL_COLUMNS = 4;

/** "1.", "12", "3)", "1 .", "1.1", "2.3.", "Tavoite 1", "Kohta 4." alone: a block number. */
const BLOCK_NUMBER = /^(?:(?:tavoite|kohta|nro|no)\.?\s*)?(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*[.)]?$/i;
/** "1. Pitkän aikavälin tavoite", "1) …", "1.1 …": a block number before a label in the same cell. */
const NUMBER_PREFIX = /^(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?\s+(?=\p{L})/u;

/**
 * Every exact spelling of a programme label, longest first, as a pattern for "Label Text" written in
 * one cell without a colon ("Mittari Yhteinen suunnitelma.", "TOIMENPIDE Kirjastoauto kouluille"). Case
 * folds only the label: the text after it is checked for a capital separately.
 */
const LABEL_THEN_TEXT = new RegExp(
  `^(${Object.values<readonly string[]>(PROGRAMME_LABELS.entries)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|")})((?:\\s*,?\\s*(?:v\\.|vuodelle|vuonna|vuosi)?\\s*(?:19|20)\\d\\d)?)\\s+`,
  "iu",
);
/** The first five letters of every spelling: a cheap test before LABEL_THEN_TEXT. */
const LABEL_HEADS = new Set(
  Object.values<readonly string[]>(PROGRAMME_LABELS.entries)
    .flat()
    .map((l) => l.slice(0, 5).toLocaleLowerCase("fi-FI")),
);
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
  if (best) return best;
  // "Mittari Yhteinen suunnitelma.": an exact label, then text that starts a sentence.
  const lead =
    text.length > 12 && LABEL_HEADS.has(text.slice(0, 5).toLocaleLowerCase("fi-FI"))
      ? LABEL_THEN_TEXT.exec(text)
      : null;
  // The text must start as a sentence does (capital letter or quote): "Toimenpiteet ovat …" and
  // "Toiminnalliset tavoitteet 2024, toteutuminen …" are text, not a label and its text.
  if (lead && /^[\p{Lu}"'”]/u.test(text.slice(lead[0].length))) {
    const head = cleanText(lead[1] + lead[2]);
    const hit = matchField(head);
    if (hit && !hit.nearMiss) return { ...hit, rest: cleanText(text.slice(lead[0].length)) };
  }
  return null;
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

/** One "Toimenpide" of a block with the "Mittari" lines under it. */
interface ActionPart {
  action: TextAt | null;
  labelCell: CellRef | undefined;
  measures: TextAt[];
}

interface OpenItem {
  number: string | null;
  cell: CellRef;
  /** The first of each field (what `ProgrammeItem.fields` carries). */
  fields: Fields;
  /** Label cells, for the nodes' `labelCell`. */
  labelCells: Partial<Record<ProgrammeField, CellRef>>;
  seen: Set<ProgrammeField>;
  /** The block's actions in order; a Mittari before any Toimenpide opens a part with no action. */
  parts: ActionPart[];
}

/** Where plain lines go: a text last opened (a field, a promise or its person), or the list. */
type Continuation =
  | { kind: "text"; labelCol: number; get: () => TextAt | null; set: (t: TextAt) => void }
  | { kind: "list"; column: number };

function emptyFields(): Fields {
  return { longTermGoal: null, operationalGoal: null, action: null, measure: null, responsible: null };
}

function appendText(target: TextAt | null, text: string, cell: CellRef): TextAt {
  return target ? { ...target, text: `${target.text} ${text}` } : { text, cell };
}

/**
 * True when a field row starts the next block rather than adding to the open one. A numbered block
 * runs to the next number: a repeated Toimenpide or Mittari is another action or measure of it, a
 * repeated Vastuuhenkilö another person; only a second long-term or operational goal starts a block
 * (the clerk forgot the number). An unnumbered block also ends where a goal follows the block's
 * action, or anything follows its Vastuuhenkilö, or a field repeats (except Mittari after Mittari or
 * Toimenpide, and Vastuuhenkilö right after Vastuuhenkilö).
 */
function startsBlock(open: OpenItem, field: ProgrammeField, justBefore: ProgrammeField | null): boolean {
  const goal = field === "longTermGoal" || field === "operationalGoal";
  if (open.number !== null) return goal && open.seen.has(field);
  if (field === "responsible") return open.seen.has("responsible") && justBefore !== "responsible";
  if (goal) return open.seen.has(field) || open.seen.has("action") || open.seen.has("measure");
  return open.seen.has("responsible") && open.seen.has(field);
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
  /** Lone rows before the first block or heading: the title block ("PORIN KAUPUNKI", the title, a date). */
  const titleLines: TextAt[] = [];
  const titleKeys = new Set<string>();
  let departmentRow: TextAt | null = null;
  let item: OpenItem | null = null;
  let promise: ServicePromise | null = null;
  let cont: Continuation | null = null;
  let lastField: ProgrammeField | null = null;
  let started = false;

  const problem = (r: number, c: number, code: string, fi: string, en: string): void => {
    if (problems.length < 200) problems.push({ cell: at(r, c), code, fi, en });
  };

  const emptyNumbered: OpenItem[] = [];
  const flush = (): void => {
    if (item) {
      // The block's first action and that action's first measure are its fields.
      const main = item.parts.find((p) => p.action !== null) ?? item.parts[0];
      item.fields.action = main?.action ?? null;
      item.fields.measure = main?.measures[0] ?? null;
      if (item.seen.size > 0) items.push(item);
      else if (item.number !== null) emptyNumbered.push(item);
    }
    item = null;
    cont = null;
    lastField = null;
  };
  const newItem = (number: string | null, cell: CellRef): OpenItem => {
    flush();
    promise = null;
    item = { number, cell, fields: emptyFields(), labelCells: {}, seen: new Set(), parts: [] };
    return item;
  };
  const textCont = (labelCol: number, get: () => TextAt | null, set: (t: TextAt) => void): Continuation => ({
    kind: "text",
    labelCol,
    get,
    set,
  });

  /** Adds a field row to the open block; returns where its text continues. */
  const addField = (
    open: OpenItem,
    field: ProgrammeField,
    value: TextAt | null,
    labelCell: CellRef,
    labelCol: number,
  ): Continuation => {
    const first = !open.seen.has(field);
    open.seen.add(field);
    if (first) open.labelCells[field] = labelCell;
    if (field === "action") {
      const last = open.parts[open.parts.length - 1];
      // "Mittari" written before its "Toimenpide": the action joins the measures already read.
      const part: ActionPart =
        last && last.action === null && last.labelCell === undefined
          ? last
          : { action: null, labelCell: undefined, measures: [] };
      if (part !== last) open.parts.push(part);
      part.action = value;
      part.labelCell = labelCell;
      return textCont(
        labelCol,
        () => part.action,
        (t) => (part.action = t),
      );
    }
    if (field === "measure") {
      let part = open.parts[open.parts.length - 1];
      if (!part) {
        part = { action: null, labelCell: undefined, measures: [] };
        open.parts.push(part);
      }
      const p = part;
      const i = p.measures.length;
      if (value) p.measures.push(value);
      return textCont(
        labelCol,
        () => p.measures[i] ?? null,
        (t) => (p.measures[i] = t),
      );
    }
    if (!first && value) {
      // A second Vastuuhenkilö of a numbered block: more people.
      const prev = open.fields[field];
      open.fields[field] = prev ? { ...prev, text: `${prev.text}, ${value.text}` } : value;
    } else if (first) open.fields[field] = value;
    return textCont(
      labelCol,
      () => open.fields[field],
      (t) => (open.fields[field] = t),
    );
  };

  for (let r = 0; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) {
      // A blank row ends a text continued over rows (not a block, nor a list of long-term goals).
      if (cont && (cont as Continuation).kind !== "list") cont = null;
      continue;
    }
    // Page footers and headers copied from print ("Sivu 3/8", the title repeated on every page).
    if (filled.length <= 4 && filled.some((c) => isPageFooter(view.text(r, c)))) continue;
    const t0 = view.text(r, filled[0]);
    if (
      started &&
      titleKeys.size > 0 &&
      titleKeys.has(labelKey(filled.map((c) => view.text(r, c)).join(" ")))
    )
      continue;
    const row = readRow(view, r, filled);
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
        const p: ServicePromise = {
          text: row.value?.text ?? "",
          cell: row.value?.cell ?? at(r, row.labelCol),
          responsible: null,
        };
        promise = p;
        promises.push(p);
        cont = textCont(
          row.labelCol,
          () => (p.text ? p : null),
          (t) => {
            p.text = t.text;
            p.cell = t.cell;
          },
        );
        continue;
      }
      if (kind === "responsible" && promise && !item) {
        // The promise's Vastuuhenkilö; a second one names more people.
        const p = promise as ServicePromise;
        if (row.value)
          p.responsible = p.responsible
            ? { ...p.responsible, text: `${p.responsible.text}, ${row.value.text}` }
            : row.value;
        cont = textCont(
          row.labelCol,
          () => p.responsible,
          (t) => (p.responsible = t),
        );
        continue;
      }
      const field = kind as ProgrammeField;
      let open = item as OpenItem | null;
      if (row.number !== null) open = newItem(row.number, at(r, row.numberCol));
      else if (!open) open = newItem(null, at(r, row.labelCol));
      else if (startsBlock(open, field, lastField)) open = newItem(null, at(r, row.labelCol));
      cont = addField(open, field, row.value, at(r, row.labelCol), row.labelCol);
      lastField = field;
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
      c.set(appendText(c.get(), text, at(r, filled[0])));
      continue;
    }

    // "Toimiala: Sivistystoimiala", "Toimiala | Tekninen toimiala": a department row.
    if (filled.length <= 2 && /^toimiala\b/i.test(t0)) {
      const named = cleanText(
        (filled.length === 2 ? `${t0} ${view.text(r, filled[1])}` : t0).replace(/^toimiala\s*:?/i, ""),
      );
      if (named) {
        departmentRow ??= { text: named, cell: at(r, filled[filled.length - 1]) };
        continue;
      }
    }
    if (filled.length === 1 && isDepartmentName(t0)) {
      departmentRow ??= { text: t0, cell: at(r, filled[0]) };
      flush();
      promise = null;
      continue;
    }
    if (!started && filled.length === 1) {
      if (titleLines.length < 8) {
        titleLines.push({ text: t0, cell: at(r, filled[0]) });
        titleKeys.add(labelKey(t0));
      }
      continue;
    }
    if (item && filled.length >= 2 && filled[0] < LABEL_COLUMNS && t0.length <= 40) {
      // "Label | text" inside a block, with a label the reader does not know.
      problem(r, filled[0], "unrecognised-label", `Tuntematon otsikko: ${t0}`, `Unknown label: ${t0}`);
    }
  }
  flush();
  // A number with nothing under it is an empty block, or a page number of a footer: "3" alone where
  // the blocks are written "1." or "1)" is the page's, and says nothing.
  const bare = (n: string): boolean => /^\d+$/.test(n);
  const blocksPunctuated = items.some((i) => i.number !== null && !bare(i.number));
  for (const e of emptyNumbered) {
    if (blocksPunctuated && bare(e.number as string)) continue;
    problem(
      e.cell.row - 1,
      e.cell.col - 1,
      "programme-empty-block",
      `Numeroitu kohta ${e.number} on tyhjä.`,
      `Numbered block ${e.number} is empty.`,
    );
  }
  // A "Palvelulupaukset" heading reads as a promise with no text and nobody responsible: not one.
  const realPromises = promises.filter((p) => p.text !== "" || p.responsible !== null);

  const focusAreas = buildTree(items);

  // The department from the title block (the first line that names one), a department row, or the
  // sheet name; the title is the line that named the department, else the first line.
  const chosen = chooseDepartment([
    ...titleLines.map(departmentInTitle),
    departmentRow ? departmentInRow(departmentRow, "named") : null,
    departmentOfSheet(sheet),
  ]);
  const title: TextAt | null =
    (chosen?.source === "title" ? titleLines.find((l) => l.cell === chosen.cell) : null) ??
    titleLines[0] ??
    null;
  // The year of the labels ("Toiminnallinen tavoite 2018"), else the title's, else another title line's.
  const year = sheetYear(mostCommon(years), {
    title: title ? [title.text, ...titleLines.map((l) => l.text)] : [],
    sheet,
  });

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
    department: chosen?.name ?? null,
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
    // No Toimenpide and no Mittari: one implied action, so the block still shows in the tree.
    const parts: ActionPart[] =
      it.parts.length > 0 ? it.parts : [{ action: null, labelCell: undefined, measures: [] }];
    for (const part of parts) {
      const action: Action = part.action
        ? withLabel<Action>(
            { text: part.action.text, cell: part.action.cell, measures: [], reports: [] },
            part.labelCell,
            part.action.cell,
          )
        : { text: "", cell: it.cell, implied: true, measures: [], reports: [] };
      action.number = it.number;
      action.responsible = f.responsible;
      const measureTexts: TextAt[] = [];
      for (const m of part.measures) {
        const split = splitNumberedMeasures(m.text);
        if (split.length >= 2) for (const x of split) measureTexts.push({ text: x.text, cell: m.cell });
        else measureTexts.push(m);
      }
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
  }
  return focusAreas;
}

function withLabel<T extends { labelCell?: CellRef }>(node: T, label: CellRef | undefined, text: CellRef): T {
  if (label && (label.row !== text.row || label.col !== text.col)) node.labelCell = label;
  return node;
}
