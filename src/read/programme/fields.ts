/**
 * Programme labels as people write them, and what a row says: "Pitkän aikavälin tavoite", "Toiminnallinen
 * tavoite 2018", "Toimenpide", "Mittari", "Vastuuhenkilö", "Palvelulupaus" in one of the first columns
 * with their text to the right, or "Label: text" in one cell, in any case, near-misses remembered; a
 * block number ("1.", "1)", "Kohta 4.") before a label or alone; a numbered section heading.
 */
import type { TextAt } from "../../model/report";
import { cleanKeyLength, cleanText, labelKey, matchLabel, type LabelMatch } from "../../text";
import type { SheetView } from "../sheet";
import { PROGRAMME_LABELS, type ProgrammeLabel } from "../vocabulary";

/** Labels may start in any of these first columns (0-based A..D). */
export const LABEL_COLUMNS = 4;

/** "1.", "12", "3)", "1 .", "1.1", "2.3.", "Tavoite 1", "Kohta 4." alone: a block number. */
export const BLOCK_NUMBER = /^(?:(?:tavoite|kohta|nro|no)\.?\s*)?(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*[.)]?$/i;
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
    .map((l) => l.slice(0, 5).toLowerCase()),
);
/** "2.1. Pitkän aikavälin tavoitteet", "3. Palvelulupaukset": a section heading's number. */
export const SECTION_PREFIX = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

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
  const known = fields.get(raw);
  if (known !== undefined) return known;
  const m = matchFieldOnce(raw);
  if (fields.size >= FIELDS_LIMIT) fields.clear();
  fields.set(raw, m ? Object.freeze(m) : null);
  return m;
}

/**
 * matchField's answers to texts met before (frozen, as they are shared): layout detection asks it
 * about the first cells of every row of every sheet, and labels repeat on every block.
 */
const fields = new Map<string, FieldMatch | null>();
const FIELDS_LIMIT = 20_000;

function matchFieldOnce(raw: string): FieldMatch | null {
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
    // base is clean (a part of a clean text, without what ends it): too long a key is told cheaply.
    if (cleanKeyLength(base) > MAX_LABEL_KEY) continue;
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
    text.length > 12 && LABEL_HEADS.has(text.slice(0, 5).toLowerCase()) ? LABEL_THEN_TEXT.exec(text) : null;
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
export interface RowRead {
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

/**
 * What most rows say: nothing (no number, no label). One frozen answer shared by all of them rather
 * than a new one per row of every sheet (layout detection reads every row).
 */
const NOTHING: RowRead = Object.freeze({
  number: null,
  numberCol: -1,
  label: null,
  labelCol: -1,
  value: null,
  section: false,
});

/** True when `t` (a clean text) starts with a digit: NUMBER_PREFIX and SECTION_PREFIX need one. */
function startsWithDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True unless `t` (a clean text) starts with a character BLOCK_NUMBER cannot start with (a digit, t, k or n). */
function mayBeBlockNumber(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const lower = c | 0x20;
  return lower === 116 || lower === 107 || lower === 110;
}

/** The text of a cell the label is read from: without a "1." or section number in front of it. */
function labelTextOf(t: string, prefix: RegExpExecArray | null, numbered: boolean): string {
  if (prefix) return t.slice(prefix[0].length);
  if (!numbered && startsWithDigit(t) && SECTION_PREFIX.test(t)) return t.replace(SECTION_PREFIX, "");
  return t;
}

export function readRow(view: SheetView, r: number, filled: readonly number[]): RowRead {
  if (filled[0] >= LABEL_COLUMNS) return NOTHING;
  let t = view.text(r, filled[0]);
  let number: string | null = null;
  let numberCol = -1;
  let i = 0;
  if (mayBeBlockNumber(t) && BLOCK_NUMBER.test(t)) {
    number = t;
    numberCol = filled[0];
    i = 1;
    if (filled.length === 1) return { ...NOTHING, number, numberCol };
    t = view.text(r, filled[1]);
  }
  const col = filled[i];
  const prefix = number === null && startsWithDigit(t) ? NUMBER_PREFIX.exec(t) : null;
  const label = matchField(labelTextOf(t, prefix, number !== null));
  if (!label) {
    const section = number === null && filled.length === 1 && startsWithDigit(t) && SECTION_PREFIX.test(t);
    return number === null && !section ? NOTHING : { ...NOTHING, number, numberCol, section };
  }
  const out: RowRead = { number, numberCol, label: null, labelCol: -1, value: null, section: false };
  const right = filled.slice(i + 1);
  const valueText = label.rest
    ? label.rest
    : right
        .map((c) => view.text(r, c))
        .join(" ")
        .trim();
  const valueCell = view.at(r, label.rest ? col : (right[0] ?? col));
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
  if (!prefix && out.number === null && !valueText && startsWithDigit(t) && SECTION_PREFIX.test(t))
    out.section = true;
  return out;
}

/**
 * The label of a row that readRow reads with a label, a value and no section heading, or null: the
 * same reading without building the row's value (layout detection asks it of every row of every sheet).
 */
function labelWithValue(view: SheetView, r: number, filled: readonly number[]): FieldMatch | null {
  if (filled[0] >= LABEL_COLUMNS) return null;
  let t = view.text(r, filled[0]);
  let i = 0;
  if (mayBeBlockNumber(t) && BLOCK_NUMBER.test(t)) {
    if (filled.length === 1) return null;
    i = 1;
    t = view.text(r, filled[1]);
  }
  const prefix = i === 0 && startsWithDigit(t) ? NUMBER_PREFIX.exec(t) : null;
  const label = matchField(labelTextOf(t, prefix, i === 1));
  // readRow's value: the text after the colon, else the filled cells right of the label (never blank).
  return label && (label.rest !== "" || filled.length > i + 1) ? label : null;
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
    const label = labelWithValue(view, r, filled);
    if (!label) continue;
    kinds.add(label.kind);
    if (!label.nearMiss && label.kind !== "action" && label.kind !== "measure") distinctive = true;
    if (!distinctive) continue;
    if ((kinds.has("longTermGoal") || kinds.has("operationalGoal")) && kinds.size >= 3) return true;
    if (kinds.has("promise") && kinds.has("responsible")) return true;
  }
  return false;
}
