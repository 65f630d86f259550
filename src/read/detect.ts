/**
 * Which layout a sheet is in. Programme and table sheets are recognised by their own readers'
 * `looks…` checks; the block layout by hierarchy labels as the first cell of their rows; a sheet that
 * is only a list of long-term goals is "none" but feeds the programme sheets.
 */
import type { Layout } from "../model/report";
import type { SheetView } from "./sheet";
import { exactBlockLabel } from "./block";
import type { BlockLabel } from "./vocabulary";
import { looksLikeProgramme, readLongTermGoalList } from "./programme";
import { looksLikeTable } from "./table";

export type Detected = Layout | "long-term-goals";

/**
 * True when hierarchy labels stand as the first filled cell of rows, in the first three columns:
 * three different levels, or TOIMENPIDE and one more. Exact spellings only (a guess is not evidence).
 */
export function looksLikeBlock(view: SheetView): boolean {
  const kinds = new Set<BlockLabel>();
  for (let r = 0; r < view.rowCount; r++) {
    for (let c = 0; c < 3; c++) {
      const t = view.text(r, c);
      if (!t) continue;
      const kind = exactBlockLabel(t);
      if (kind) kinds.add(kind);
      break;
    }
    if (kinds.size >= 3 || (kinds.has("action") && kinds.size >= 2)) return true;
  }
  return false;
}

export function detectLayout(view: SheetView): Detected {
  if (looksLikeProgramme(view)) return "programme";
  if (looksLikeTable(view)) return "table";
  if (looksLikeBlock(view)) return "block";
  if (readLongTermGoalList(view)) return "long-term-goals";
  return "none";
}
