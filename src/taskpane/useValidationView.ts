/** The state of the view "Tarkistus": the last check (its findings and count line). */
import { useCallback } from "react";
import type { CheckResult } from "../app";
import type { WorkbookReport } from "../model";
import { useLatest, type Pane } from "./usePane";

export interface ValidationViewState {
  /** null before the first check. */
  result: CheckResult | null;
  /** "Tarkista raportti": never changes a cell. */
  check(): Promise<void>;
  /** "Kirjoita havainnot taulukkoon Tarkistus": checks afresh and writes the sheet. */
  write(): Promise<void>;
}

export function useValidationView(pane: Pane, seen: (report: WorkbookReport) => void): ValidationViewState {
  const [result, runInto] = useLatest<CheckResult>(pane, seen);
  const { s, lang } = pane;
  const check = useCallback(() => runInto("validate", (a) => a.check()), [runInto]);
  const write = useCallback(
    () =>
      runInto(
        "write",
        (a) => a.writeFindings(lang),
        () => s.findingsWritten,
      ),
    [runInto, s, lang],
  );
  return { result, check, write };
}
