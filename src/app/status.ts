/** Use case "status" (Tila; `toteuma status`): each measure's status, whose judgement it is, and why. */
import type { Assessment, WorkbookReport } from "../model";
import type { Scale } from "../assess";
import { job, type Job } from "./job";
import type { HostPort } from "./port";
import { snapshotAndRead, type Snapshot } from "./read";
import { getScale } from "./scale";

export interface StatusResult {
  report: WorkbookReport;
  assessments: Assessment[];
  /** The scale profile the figures were judged on. */
  scale: Scale;
}

/** How a status is taken: `scale` for this run only, otherwise the workbook's own (scale.ts). */
export interface StatusOptions {
  scale?: Scale | null;
}

/** The status's three steps (snapshot, read, assess), for the use cases that go on from it. */
export async function assessed(j: Job, options: StatusOptions = {}): Promise<Snapshot & StatusResult> {
  const { snapshot, report } = await snapshotAndRead(j);
  return {
    snapshot,
    report,
    ...(await j.step("assess", async () => {
      const scale = options.scale ?? (await getScale(j.port, snapshot));
      return { scale, assessments: await j.core("assess", { kind: "assess", report, scale }) };
    })),
  };
}

export async function status(port: HostPort, options: StatusOptions = {}): Promise<StatusResult> {
  const { report, assessments, scale } = await assessed(job(port, 3), options);
  return { report, assessments, scale };
}
