/**
 * The path of open nodes while the rows are read: focus area → goal → commitment → action. A child
 * whose parent was not written gets an implied parent (a TOIMENPIDE straight after a TAVOITE gets an
 * implied TEKO), so the tree always has every level.
 */
import type { CellRef } from "../../model/cellref";
import type { Action, Commitment, FocusArea, Goal } from "../../model/report";

export class Tree {
  readonly focusAreas: FocusArea[] = [];
  focus: FocusArea | null = null;
  goal: Goal | null = null;
  commitment: Commitment | null = null;
  action: Action | null = null;
  /** The section (unit) heading that focus areas read from here on belong to. */
  unit: string | null = null;

  addFocus(node: FocusArea): void {
    this.focusAreas.push(node);
    this.focus = node;
    this.goal = null;
    this.commitment = null;
    this.action = null;
  }

  addGoal(node: Goal): void {
    this.ensureFocus(node.cell).goals.push(node);
    this.goal = node;
    this.commitment = null;
    this.action = null;
  }

  addCommitment(node: Commitment): void {
    this.ensureGoal(node.cell).commitments.push(node);
    this.commitment = node;
    this.action = null;
  }

  addAction(node: Action): void {
    this.ensureCommitment(node.cell).actions.push(node);
    this.action = node;
  }

  /** True under a TEKO written in the sheet (not an implied one). */
  underCommitment(): boolean {
    return this.commitment !== null && !this.commitment.implied;
  }

  private ensureFocus(cell: CellRef): FocusArea {
    if (!this.focus) {
      this.focus = { text: "", cell, implied: true, kind: "painopiste", unit: this.unit, goals: [] };
      this.focusAreas.push(this.focus);
    }
    return this.focus;
  }

  private ensureGoal(cell: CellRef): Goal {
    if (!this.goal) {
      this.goal = { text: "", cell, implied: true, commitments: [] };
      this.ensureFocus(cell).goals.push(this.goal);
    }
    return this.goal;
  }

  private ensureCommitment(cell: CellRef): Commitment {
    if (!this.commitment) {
      this.commitment = { text: "", cell, implied: true, actions: [] };
      this.ensureGoal(cell).commitments.push(this.commitment);
    }
    return this.commitment;
  }
}
