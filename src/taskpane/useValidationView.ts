/** The state of the view "Tarkistus": the findings of the last check and their count line. */
import { useCallback, useState } from "react";
import type { CheckResult } from "../app";
import type { Finding, WorkbookReport } from "../model";
import type { FindingSummary } from "../validate/summary";
import type { Pane } from "./usePane";

export interface ValidationViewState {
  /** null before the first check. */
  findings: { findings: Finding[]; summary: FindingSummary } | null;
  /** "Tarkista raportti": never changes a cell. */
  check(): Promise<void>;
  /** "Kirjoita havainnot taulukkoon Tarkistus": checks afresh and writes the sheet. */
  write(): Promise<void>;
}

export function useValidationView(pane: Pane, seen: (report: WorkbookReport) => void): ValidationViewState {
  const [findings, setFindings] = useState<ValidationViewState["findings"]>(null);
  const { run, s, lang } = pane;
  const show = useCallback(
    (r: CheckResult | undefined) => {
      if (!r) return;
      seen(r.report);
      setFindings({ findings: r.findings, summary: r.summary });
    },
    [seen],
  );
  const check = useCallback(async () => show(await run("validate", (a) => a.check())), [run, show]);
  const write = useCallback(
    async () =>
      show(
        await run(
          "write",
          (a) => a.writeFindings(lang),
          () => s.findingsWritten,
        ),
      ),
    [run, show, s, lang],
  );
  return { findings, check, write };
}
