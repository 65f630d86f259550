import type { CellRef } from "./cellref";
import type { Bilingual } from "./text";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One validation finding, pointing at its cell. */
export interface Finding {
  /** Stable rule code, e.g. "action-without-measure". */
  code: string;
  severity: Severity;
  cell: CellRef;
  message: Bilingual;
  suggestion?: Bilingual;
}
