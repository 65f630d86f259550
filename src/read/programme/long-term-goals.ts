/**
 * Lists of long-term goals: under a "Pitkän aikavälin tavoitteet" heading (section number allowed), or
 * on a sheet named so, one goal per row, bulleted or numbered. The programme sheets of the same
 * workbook refer to them.
 */
import type { TextAt } from "../../model/report";
import { cleanText, labelKey } from "../../text";
import type { SheetView } from "../sheet";
import {
  BLOCK_NUMBER,
  LABEL_COLUMNS,
  looksLikeProgramme,
  matchField,
  readRow,
  SECTION_PREFIX,
  type RowRead,
} from "./fields";

/** "- Työpaikkojen …", "• …", "1) …", "3. …": list markers before a list entry. */
const LIST_MARKER = /^(?:[-–—•*·▪]\s*|\d{1,3}\s*[.)]\s+)/;

/** True when the row is a long-term goal list heading ("2.1. Pitkän aikavälin tavoitteet"). */
export function isListHeading(row: RowRead, text: string): boolean {
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
export function listRowEntry(
  view: SheetView,
  r: number,
  filled: readonly number[],
  column: number,
): TextAt | null {
  let c = filled[0];
  if (filled.length > 1) {
    if (BLOCK_NUMBER.test(view.text(r, filled[0]))) c = filled[1];
    else if (filled.includes(column)) c = column;
  }
  const text = listEntry(view.text(r, c));
  return text ? { text, cell: view.at(r, c) } : null;
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
