/**
 * Hierarchy labels of the block layout as people write them: "TOIMENPIDE" alone with its text to the
 * right, "Toimenpide: text", "TOIMENPIDE 1", "PAINOPISTE 1. Osaava Pori", "TOIMENPIDE Lupaprosessien
 * …", "Mittari 2: text | Lähtötaso | …", near-misses ("TOIMENPDE"). Inside report text a "word: text"
 * line is prose unless it is written as a label.
 */
import { cleanText, matchLabel, type LabelMatch } from "../../text";
import {
  BLOCK_LABELS,
  HIERARCHY_KINDS,
  matchMeasureHeader,
  NUMBERED_MEASURE,
  type BlockLabel,
} from "../vocabulary";
import { LABEL_COLUMNS, type Row } from "./row";
import type { SheetView } from "../sheet";

const HIERARCHY = new Set<BlockLabel>(HIERARCHY_KINDS);

/** A label the row starts with, as accepted. */
export interface RowLabel extends LabelMatch<BlockLabel> {
  /** The label as written in a cell that holds its text too ("TOIMENPIDE 1" of "TOIMENPIDE 1: text"). */
  head?: string;
  /** True when a number follows the label ("TOIMENPIDE 1"). */
  numbered?: boolean;
  /** "Mittari 1: text | Lähtötaso | …": a numbered measure that is the MITTARI label of its block. */
  numberedMeasure?: boolean;
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

/**
 * The hierarchy label the row starts with, or null. `inProse`: the row is inside report text (a
 * selvitys or a financial goal is open); `measureBlockOpen`: rows under a MITTARI row may be its
 * measures, so a "Mittari 2. …" there is one of them, not a new MITTARI label.
 */
export function rowLabel(
  view: SheetView,
  row: Row,
  ctx: { inProse: boolean; measureBlockOpen: boolean },
): RowLabel | null {
  const { r, c0, t0, rest, numbered } = row;
  if (c0 >= LABEL_COLUMNS) return null;
  // "Mittari 1: text | Lähtötaso | …" where no measure block is open (or "MITTARI 2" alone before its
  // text): the MITTARI label of a numbered measure, not a measure row of the block above.
  const numberedLabel =
    numbered &&
    !ctx.inProse &&
    (!ctx.measureBlockOpen ||
      (/^\s*mittari\s*\d+\s*[.:)]?\s*$/i.test(t0) && rest.length > 0) ||
      rest.some((c) => matchMeasureHeader(view.text(r, c), { fuzzy: false, headerRow: true }) !== null));
  if (numbered && !numberedLabel) return null;
  const m: RowLabel | null = numberedLabel
    ? { kind: "measure", canonical: "MITTARI", nearMiss: false, rest: "", numberedMeasure: true }
    : (matchCellLabel(t0, false) ?? looseLabel(t0, ctx.inProse) ?? matchCellLabel(t0, true));
  if (!m || !HIERARCHY.has(m.kind)) return null;
  const sameCell = m.rest !== "";
  const head = sameCell ? (m.head ?? t0.slice(0, t0.indexOf(":"))) : t0;
  // Inside report text a "word: text" line is prose unless it is written as a label.
  const accept =
    !sameCell ||
    !ctx.inProse ||
    (!m.nearMiss &&
      (m.numbered === true ||
        head === head.toUpperCase() ||
        m.kind === "painopiste" ||
        m.kind === "teema" ||
        m.kind === "commitment"));
  // A near-miss must look like a label: alone in its cell, text to its right or after a colon.
  const nearOk = !m.nearMiss || (t0.length <= 30 && (rest.length > 0 || sameCell || m.kind === "measure"));
  return accept && nearOk ? m : null;
}

/** The label as written, for a near-miss: the cell, or its part before the colon. */
export function writtenLabel(t0: string, m: LabelMatch<string>): string {
  if (m.rest === "") return t0;
  const colon = t0.indexOf(":");
  return colon > 0 ? cleanText(t0.slice(0, colon)) : t0;
}

/** Label match of a cell; a long "LABEL: text" cell is matched by its head only. */
function matchCellLabel(t0: string, fuzzy: boolean): RowLabel | null {
  if (t0.length <= 200) return matchLabel(t0, BLOCK_LABELS, { fuzzy });
  const colon = t0.indexOf(":");
  if (colon <= 0 || colon >= 60) return null;
  const m = matchLabel(t0.slice(0, colon), BLOCK_LABELS, { allowRest: false, fuzzy });
  return m ? { ...m, rest: cleanText(t0.slice(colon + 1)) } : null;
}

/**
 * First letters (lower case) of the hierarchy labels' spellings: a text whose first character lower
 * cases to none of them starts with no hierarchy label (looseLabel matches the first words exactly).
 */
const HIERARCHY_INITIALS = new Set(
  HIERARCHY_KINDS.flatMap((k) => BLOCK_LABELS.entries[k].map((s) => s.toLowerCase().charCodeAt(0))),
);

/** False when a clean text starting with character code `c` cannot start with a hierarchy label. */
function mayStartHierarchyLabel(c: number): boolean {
  // Only A-Z lower case to a-z: every other character is itself or not one of these.
  return HIERARCHY_INITIALS.has(c >= 65 && c <= 90 ? c + 32 : c);
}

/**
 * A hierarchy label written with a number or without a colon: "TOIMENPIDE 1", "Toimenpide 2: text",
 * "PAINOPISTE 1. Osaava Pori", "TOIMENPIDE Lupaprosessien sujuvoittaminen", "Tavoite Kasvava Pori".
 * Exact spellings only. Without a number or separator the label must read as one: written in capitals,
 * or (outside report text) followed by a capitalised word. Inside report text only capitals count.
 */
function looseLabel(t0: string, inProse: boolean): RowLabel | null {
  if (t0.length > 400 || !mayStartHierarchyLabel(t0.charCodeAt(0))) return null;
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
    const capitals = head === head.toUpperCase();
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
