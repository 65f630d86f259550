/**
 * The state of the view "Luettu": the workbook as last read. Every command reads the workbook afresh,
 * and the other views hand what they read here (`seen`), so this view always shows the latest.
 */
import { useCallback, useState } from "react";
import type { WorkbookReport } from "../model";
import type { Pane } from "./usePane";

export interface ReadViewState {
  report: WorkbookReport | null;
  /** Reads the workbook. */
  read(): Promise<void>;
  /** What another command read: the view shows it. */
  seen(report: WorkbookReport): void;
}

export function useReadView(pane: Pane): ReadViewState {
  const [report, setReport] = useState<WorkbookReport | null>(null);
  const { run } = pane;
  const read = useCallback(async () => {
    const r = await run("read", (a) => a.read());
    if (r) setReport(r);
  }, [run]);
  return { report, read, seen: setReport };
}
