/**
 * Long pure work in slices: a generator that does one slice of the work (a sheet, a few hundred
 * measures) per step and yields how far it has come, returning the result at its end. The caller
 * decides what happens between slices: the use cases (src/app/job.ts) let the task pane answer and
 * tell its progress bar; `whole` runs it through at once. The work itself stays pure and synchronous.
 */

/** How far sliced work has come: `done` of `total` units (sheets, or measures when assessing). */
export interface Slice {
  done: number;
  total: number;
  unit: "sheet" | "measure";
}

/** Work in slices that ends with a T. */
export type Sliced<T> = Generator<Slice, T, void>;

/** Runs sliced work to its end at once. */
export function whole<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
