/**
 * Financial goals beside the operational ones: "Joukkoliikenteen taloudellinen tavoite vuodelle 2023:
 * …" (the lines under it continue it) and its "Toteutuminen: …" (the outcome, continued likewise),
 * under a "Taloudelliset tavoitteet" heading or not. A heading after the outcome ends the goal.
 */
import type { FinancialGoal } from "../../model/report";
import { cleanText, matchLabel } from "../../text";
import type { SheetView } from "../sheet";
import { FINANCIAL_GOAL, OUTCOME_LINE, REPORT_LABELS } from "../vocabulary";
import { LABEL_COLUMNS, lineOf, type Row } from "./row";
import type { BlockState } from "./state";

/** The financial goal being read. */
export interface OpenFinancial {
  goal: FinancialGoal;
  /** True once its "Toteutuminen" line is read: plain lines continue the outcome. */
  inOutcome: boolean;
}

/** Every financial goal of the sheet, in order, and the one open. */
export class FinancialGoals {
  readonly all: FinancialGoal[] = [];
  open: OpenFinancial | null = null;

  constructor(private readonly view: SheetView) {}

  /** Adds a line of text (the cell at r, c) to the goal or to its outcome. */
  append(fin: OpenFinancial, text: string, r: number, c: number): void {
    if (fin.inOutcome) {
      if (!fin.goal.outcome) fin.goal.outcome = { text, cell: this.view.at(r, c) };
      else if (!fin.goal.outcome.text) fin.goal.outcome = { text, cell: this.view.at(r, c) };
      else fin.goal.outcome.text = `${fin.goal.outcome.text}\n${text}`;
    } else {
      fin.goal.text = `${fin.goal.text}\n${text}`;
    }
  }
}

/** The longest text FINANCIAL_GOAL matches in a clean text ("taloudelliset tavoitteet"). */
const FINANCIAL_GOAL_LENGTH = 24;

/**
 * The start of a clean text in which FINANCIAL_GOAL finds the same first match as in the whole text,
 * when that match has at most four words before it (financialRow's condition): the text up to its
 * fifth word, and room for a match starting there. A long report text is not searched to its end.
 */
function leadingWords(t: string): string {
  if (t.length <= 200) return t;
  let at = -1;
  for (let n = 0; n < 4; n++) {
    at = t.indexOf(" ", at + 1);
    if (at < 0) return t;
  }
  return t.slice(0, at + 1 + FINANCIAL_GOAL_LENGTH);
}

/** A financial goal's first line, its outcome line, or the heading above financial goals. */
export function financialRow(s: BlockState, row: Row): boolean {
  const { r, c0, t0, cols, lone } = row;
  if (c0 >= LABEL_COLUMNS) return false;
  const fg = FINANCIAL_GOAL.exec(leadingWords(t0));
  const words = fg ? t0.slice(0, fg.index).split(" ").filter(Boolean).length : 99;
  // The heading above financial goals stands alone in its row: other rows are not matched.
  const sectionHeading = lone ? matchLabel(t0, REPORT_LABELS, { allowRest: false, fuzzy: false }) : null;
  if (sectionHeading?.kind === "financialGoals") {
    s.headings.clear();
    s.closeText();
    s.measures.open = false;
    return true;
  }
  if (fg && words <= 4) {
    s.headings.clear();
    s.closeText();
    s.measures.open = false;
    const fin: FinancialGoal = {
      text: lineOf(s.view, row),
      cell: s.view.at(r, c0),
      outcome: null,
      unit: s.tree.unit,
    };
    s.financial.all.push(fin);
    s.financial.open = { goal: fin, inOutcome: false };
    s.sawContent = true;
    return true;
  }
  const open = s.financial.open;
  const outcome = open ? OUTCOME_LINE.exec(t0) : null;
  if (outcome && open) {
    open.inOutcome = true;
    open.goal.outcome = { text: cleanText(outcome[1]), cell: s.view.at(r, c0) };
    for (const c of cols.slice(1)) s.financial.append(open, s.view.text(r, c), r, c);
    return true;
  }
  return false;
}
