/** Use case "read" (Luettu; `toteuma read`): what was read from the workbook, every sheet. */
import type { WorkbookReport, WorkbookSnapshot } from "../model";
import { readingWorkbook } from "../read";
import { job, type Job } from "./job";
import type { HostPort } from "./port";

export interface Snapshot {
  snapshot: WorkbookSnapshot;
  report: WorkbookReport;
}

/** The first two steps of every use case that looks at the goals: one snapshot, every sheet read. */
export async function snapshotAndRead(j: Job): Promise<Snapshot> {
  const snapshot = await j.step("snapshot", () => j.port.snapshot());
  const report = await j.sliced("read", () => readingWorkbook(snapshot));
  return { snapshot, report };
}

export async function read(port: HostPort): Promise<WorkbookReport> {
  return (await snapshotAndRead(job(port, 2))).report;
}
