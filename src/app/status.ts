/** Use case "status" (Tila; `toteuma status`): each measure's status, whose judgement it is, and why. */
import type { Assessment, WorkbookReport } from "../model";
import { assessWorkbook } from "../assess";
import { job, type Job } from "./job";
import type { HostPort } from "./port";
import { snapshotAndRead, type Snapshot } from "./read";

export interface StatusResult {
  report: WorkbookReport;
  assessments: Assessment[];
}

/** The status's three steps (snapshot, read, assess), for the use cases that go on from it. */
export async function assessed(j: Job): Promise<Snapshot & StatusResult> {
  const { snapshot, report } = await snapshotAndRead(j);
  const assessments = await j.step("assess", () => assessWorkbook(report));
  return { snapshot, report, assessments };
}

export async function status(port: HostPort): Promise<StatusResult> {
  const { report, assessments } = await assessed(job(port, 3));
  return { report, assessments };
}
