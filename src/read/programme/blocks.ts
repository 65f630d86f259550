/**
 * The programme's numbered blocks while they are read. A block starts at a number ("1." in a cell of
 * its own, "1." before the label, or "1. Pitkän aikavälin tavoite" in one cell) or, in an unnumbered
 * programme, where a field repeats. Fields may come in any order and may be missing. Beside the blocks:
 * "Palvelulupaus" with its "Vastuuhenkilö". Text continued on the rows under a field, a promise or its
 * person goes to it.
 */
import type { CellRef } from "../../model/cellref";
import type { ProgrammeField, ServicePromise, TextAt } from "../../model/report";

type Fields = Record<ProgrammeField, TextAt | null>;

/** One "Toimenpide" of a block with the "Mittari" lines under it. */
export interface ActionPart {
  action: TextAt | null;
  labelCell: CellRef | undefined;
  measures: TextAt[];
}

/** A block being read. */
export interface OpenBlock {
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
export type Continuation =
  | { kind: "text"; labelCol: number; get: () => TextAt | null; set: (t: TextAt) => void }
  | { kind: "list"; column: number };

function emptyFields(): Fields {
  return { longTermGoal: null, operationalGoal: null, action: null, measure: null, responsible: null };
}

/** The text continued on the next row, after a space. */
export function appendText(target: TextAt | null, text: string, cell: CellRef): TextAt {
  return target ? { ...target, text: `${target.text} ${text}` } : { text, cell };
}

const textCont = (labelCol: number, get: () => TextAt | null, set: (t: TextAt) => void): Continuation => ({
  kind: "text",
  labelCol,
  get,
  set,
});

/**
 * True when a field row starts the next block rather than adding to the open one. A numbered block
 * runs to the next number: a repeated Toimenpide or Mittari is another action or measure of it, a
 * repeated Vastuuhenkilö another person; only a second long-term or operational goal starts a block
 * (the clerk forgot the number). An unnumbered block also ends where a goal follows the block's
 * action, or anything follows its Vastuuhenkilö, or a field repeats (except Mittari after Mittari or
 * Toimenpide, and Vastuuhenkilö right after Vastuuhenkilö).
 */
function startsBlock(open: OpenBlock, field: ProgrammeField, justBefore: ProgrammeField | null): boolean {
  const goal = field === "longTermGoal" || field === "operationalGoal";
  if (open.number !== null) return goal && open.seen.has(field);
  if (field === "responsible") return open.seen.has("responsible") && justBefore !== "responsible";
  if (goal) return open.seen.has(field) || open.seen.has("action") || open.seen.has("measure");
  return open.seen.has("responsible") && open.seen.has(field);
}

/** The blocks and promises of a programme sheet, and what is open while its rows are read. */
export class Blocks {
  /** The blocks read, with at least one field. */
  readonly items: OpenBlock[] = [];
  /** Numbered blocks with nothing in them. */
  readonly emptyNumbered: OpenBlock[] = [];
  readonly promises: ServicePromise[] = [];
  /** The block being read. */
  open: OpenBlock | null = null;
  /** The service promise being read (its Vastuuhenkilö may follow). */
  promise: ServicePromise | null = null;
  /** Where plain lines go. */
  cont: Continuation | null = null;
  /** The field of the last field row. */
  lastField: ProgrammeField | null = null;

  /** Ends the open block: its first action and that action's first measure are its fields. */
  flush(): void {
    const item = this.open;
    if (item) {
      const main = item.parts.find((p) => p.action !== null) ?? item.parts[0];
      item.fields.action = main?.action ?? null;
      item.fields.measure = main?.measures[0] ?? null;
      if (item.seen.size > 0) this.items.push(item);
      else if (item.number !== null) this.emptyNumbered.push(item);
    }
    this.open = null;
    this.cont = null;
    this.lastField = null;
  }

  /** Ends what is open, the promise too. */
  close(): void {
    this.flush();
    this.promise = null;
  }

  /** Starts a block numbered `number` (null: unnumbered) at `cell`. */
  start(number: string | null, cell: CellRef): OpenBlock {
    this.close();
    const item: OpenBlock = {
      number,
      cell,
      fields: emptyFields(),
      labelCells: {},
      seen: new Set(),
      parts: [],
    };
    this.open = item;
    return item;
  }

  /** A field row: into the open block, or a new one when the row is numbered or the field starts one. */
  field(
    field: ProgrammeField,
    value: TextAt | null,
    number: { text: string; cell: CellRef } | null,
    labelCell: CellRef,
    labelCol: number,
  ): void {
    let open = this.open;
    if (number !== null) open = this.start(number.text, number.cell);
    else if (!open) open = this.start(null, labelCell);
    else if (startsBlock(open, field, this.lastField)) open = this.start(null, labelCell);
    this.cont = this.addField(open, field, value, labelCell, labelCol);
    this.lastField = field;
  }

  /** A "Palvelulupaus" row: a promise of its own, ending the block. */
  addPromise(value: TextAt | null, labelCell: CellRef, labelCol: number): void {
    this.flush();
    const p: ServicePromise = { text: value?.text ?? "", cell: value?.cell ?? labelCell, responsible: null };
    this.promise = p;
    this.promises.push(p);
    this.cont = textCont(
      labelCol,
      () => (p.text ? p : null),
      (t) => {
        p.text = t.text;
        p.cell = t.cell;
      },
    );
  }

  /** The promise's Vastuuhenkilö; a second one names more people. */
  addPromiseResponsible(p: ServicePromise, value: TextAt | null, labelCol: number): void {
    if (value)
      p.responsible = p.responsible
        ? { ...p.responsible, text: `${p.responsible.text}, ${value.text}` }
        : value;
    this.cont = textCont(
      labelCol,
      () => p.responsible,
      (t) => (p.responsible = t),
    );
  }

  /** Adds a field row to the open block; returns where its text continues. */
  private addField(
    open: OpenBlock,
    field: ProgrammeField,
    value: TextAt | null,
    labelCell: CellRef,
    labelCol: number,
  ): Continuation {
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
  }
}
