/** The state of the view "Tila": the last assessment of each measure; colouring and clearing. */
import { useCallback } from "react";
import type { StatusResult } from "../app";
import type { Scale } from "../assess";
import type { WorkbookReport } from "../model";
import { useLatest, type Pane } from "./usePane";

export interface StatusViewState {
  /** null before the first assessment. */
  result: StatusResult | null;
  assess(): Promise<void>;
  /** "Väritä tila": assess and colour from one snapshot. */
  colour(): Promise<void>;
  /** "Poista värit": every cell Toteuma touched back as it was. */
  clear(): Promise<void>;
  /** The scale setting: remembered in the workbook, then every measure assessed on it. */
  chooseScale(scale: Scale): Promise<void>;
}

export function useStatusView(pane: Pane, seen: (report: WorkbookReport) => void): StatusViewState {
  const [result, runInto] = useLatest<StatusResult>(pane, seen);
  const { run, s } = pane;
  const assess = useCallback(() => runInto("assess", (a) => a.status()), [runInto]);
  const colour = useCallback(
    () =>
      runInto(
        "colour",
        (a) => a.colour(),
        (r) => s.coloured(r.assessments.length),
      ),
    [runInto, s],
  );
  const clear = useCallback(async () => {
    await run(
      "clear",
      (a) => a.clear(),
      () => s.cleared,
    );
  }, [run, s]);
  const chooseScale = useCallback(
    (scale: Scale) =>
      runInto(
        "assess",
        async (a) => {
          await a.setScale(scale);
          return a.status({ scale });
        },
        () => s.scaleSaved,
      ),
    [runInto, s],
  );
  return { result, assess, colour, clear, chooseScale };
}
