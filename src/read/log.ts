/**
 * What a reader tells validation besides the report: the rows where reading stopped making sense
 * (problems, at most MAX_PROBLEMS per sheet so that a sheet of junk stays small) and the labels it
 * recognised only as near-misses. Shared by the three layout readers.
 */
import { cellRef } from "../model/cellref";
import type { LabelNearMiss, ReadProblem } from "../model/report";

/** Problems kept per sheet: enough to point at every fault of a real report, few for a junk sheet. */
export const MAX_PROBLEMS = 200;

export class ReadLog {
  readonly problems: ReadProblem[] = [];
  readonly nearMisses: LabelNearMiss[] = [];

  constructor(private readonly sheet: string) {}

  /** A problem at the 0-based cell (r, c), in Finnish and English. */
  problem(r: number, c: number, code: string, fi: string, en: string): void {
    if (this.problems.length < MAX_PROBLEMS)
      this.problems.push({ cell: cellRef(this.sheet, r + 1, c + 1), code, fi, en });
  }

  /** A label at the 0-based cell (r, c) written as `written` and read as `readAs`. */
  nearMiss(r: number, c: number, written: string, readAs: string): void {
    this.nearMisses.push({ cell: cellRef(this.sheet, r + 1, c + 1), written, readAs });
  }
}
