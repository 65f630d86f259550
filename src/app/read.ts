/** Use case "read" (Luettu; `toteuma read`): what was read from the workbook, every sheet. */
import type { WorkbookReport, WorkbookSnapshot } from "../model";
import { readingWorkbook } from "../read";
import { departmentListOf } from "./departments";
import { job, type Job } from "./job";
import type { HostPort } from "./port";

export interface Snapshot {
  snapshot: WorkbookSnapshot;
  report: WorkbookReport;
}

/**
 * The first two steps of every use case that looks at the goals: one snapshot (with the city's list
 * of departments kept in the workbook's settings), every sheet read.
 */
export async function snapshotAndRead(j: Job): Promise<Snapshot> {
  const [snapshot, departments] = await j.step("snapshot", () =>
    Promise.all([j.port.snapshot(), departmentListOf(j.port)]),
  );
  const report = await j.sliced("read", () => readingWorkbook(snapshot, { departments }));
  return { snapshot, report };
}

export async function read(port: HostPort): Promise<WorkbookReport> {
  return (await snapshotAndRead(job(port, 2))).report;
}
