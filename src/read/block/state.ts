/**
 * What the block reader knows while it reads the rows, grouped by what it is about: the open path of
 * nodes (Tree), the measure block (Measures), the selvitys and financial goal being read, heading
 * candidates and the title block, and what the problems and near-misses are.
 */
import type { Action, TextAt } from "../../model/report";
import { ReadLog } from "../log";
import type { SheetView } from "../sheet";
import type { BlockLabel } from "../vocabulary";
import { FinancialGoals } from "./financial";
import { Headings, TitleBlock } from "./headings";
import type { Pending } from "./hierarchy";
import { Measures } from "./measures";
import { Selvitykset } from "./selvitys";
import { Tree } from "./tree";

export class BlockState {
  readonly log: ReadLog;
  readonly tree = new Tree();
  readonly measures: Measures;
  readonly selvitys: Selvitykset;
  readonly financial: FinancialGoals;
  readonly headings = new Headings();
  readonly title = new TitleBlock();
  /** The hierarchy labels written exactly: whether the sheet holds goals at all. */
  readonly kindsSeen = new Set<BlockLabel>();
  /** The last hierarchy label read (none after a selvitys heading). */
  lastKind: BlockLabel | null = null;
  /** True from the first label, selvitys or financial goal on: lone rows above it are the title block. */
  sawContent = false;
  /** The first department row ("Elinvoima- ja ympäristötoimiala"). */
  departmentRow: TextAt | null = null;
  /** A label written alone whose text is on the next row. */
  pending: Pending | null = null;

  constructor(readonly view: SheetView) {
    this.log = new ReadLog(view.sheet);
    this.measures = new Measures(view, this.log);
    this.selvitys = new Selvitykset(view, this.log);
    this.financial = new FinancialGoals(view);
  }

  /** True inside report text: a selvitys or a financial goal is open. */
  inProse(): boolean {
    return this.selvitys.open !== null || this.financial.open !== null;
  }

  /** Ends the report text being read. */
  closeText(): void {
    this.selvitys.open = null;
    this.financial.open = null;
  }

  /** Opens an action: its measures start afresh. */
  startAction(node: Action): void {
    this.tree.addAction(node);
    this.measures.forAction();
  }

  /**
   * The open action, or an implied one for a MITTARI written without its TOIMENPIDE. Under an
   * explicit TEKO only the TOIMENPIDE row is missing, and validation says so as a missing level;
   * without one the structure itself is lost, and that is a reading problem.
   */
  ensureAction(r: number, c: number): Action {
    if (this.tree.action) return this.tree.action;
    if (!this.tree.underCommitment())
      this.log.problem(
        r,
        c,
        "measure-without-action",
        "MITTARI ilman edeltävää TOIMENPIDETTÄ.",
        "A MITTARI without a TOIMENPIDE before it.",
      );
    const action: Action = { text: "", cell: this.view.at(r, c), implied: true, measures: [], reports: [] };
    this.startAction(action);
    return action;
  }
}
