/** Use case "read" (Luettu; `toteuma read`): what was read from the workbook, every sheet. */
import type { WorkbookReport, WorkbookSnapshot } from "../model";
import { SCALE_SETTING } from "../assess";
import { DEPARTMENTS_SETTING, departmentListOf } from "./departments";
import { job, type Job } from "./job";
import type { HostPort } from "./port";

/**
 * The settings the use cases that read the goals need, asked for with the snapshot so that Excel reads
 * them in the same round trip: the city's department list and the status scale.
 */
export const SNAPSHOT_SETTINGS: readonly string[] = [DEPARTMENTS_SETTING, SCALE_SETTING];

export interface Snapshot {
  snapshot: WorkbookSnapshot;
  report: WorkbookReport;
}

/**
 * The first two steps of every use case that looks at the goals: one snapshot (with the city's list
 * of departments kept in the workbook's settings), every sheet read.
 */
export async function snapshotAndRead(j: Job): Promise<Snapshot> {
  const snapshot = await j.step("snapshot", () => j.port.snapshot({ settings: SNAPSHOT_SETTINGS }));
  const departments = await departmentListOf(j.port, snapshot);
  const report = await j.sliced("read", { kind: "read", snapshot, departments });
  return { snapshot, report };
}

export async function read(port: HostPort): Promise<WorkbookReport> {
  return (await snapshotAndRead(job(port, 2))).report;
}
