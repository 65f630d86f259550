/** The state of the view "Tila": each measure's assessment; colouring and clearing the workbook. */
import { useCallback, useState } from "react";
import type { StatusResult } from "../app";
import type { Assessment, WorkbookReport } from "../model";
import type { Pane } from "./usePane";

export interface StatusViewState {
  /** null before the first assessment. */
  assessments: Assessment[] | null;
  assess(): Promise<void>;
  /** "Väritä tila": assess and colour from one snapshot. */
  colour(): Promise<void>;
  /** "Poista värit": every cell Toteuma touched back as it was. */
  clear(): Promise<void>;
}

export function useStatusView(pane: Pane, seen: (report: WorkbookReport) => void): StatusViewState {
  const [assessments, setAssessments] = useState<Assessment[] | null>(null);
  const { run, s } = pane;
  const show = useCallback(
    (r: StatusResult | undefined) => {
      if (!r) return;
      seen(r.report);
      setAssessments(r.assessments);
    },
    [seen],
  );
  const assess = useCallback(async () => show(await run("assess", (a) => a.status())), [run, show]);
  const colour = useCallback(
    async () =>
      show(
        await run(
          "colour",
          (a) => a.colour(),
          (r) => s.coloured(r.assessments.length),
        ),
      ),
    [run, show, s],
  );
  const clear = useCallback(async () => {
    await run(
      "clear",
      (a) => a.clear(),
      () => s.cleared,
    );
  }, [run, s]);
  return { assessments, assess, colour, clear };
}
