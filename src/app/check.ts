/** Use case "check" ("Tarkista raportti"; `toteuma validate`): every finding; never changes a cell. */
import type { Finding, WorkbookReport } from "../model";
import { summariseFindings, type FindingSummary } from "../validate";
import { job, type Job } from "./job";
import type { HostPort } from "./port";
import { snapshotAndRead, type Snapshot } from "./read";

export interface CheckResult {
  report: WorkbookReport;
  findings: Finding[];
  /** Counts per severity and the count line ("2 virhettä, 5 varoitusta, 1 huomautus"). */
  summary: FindingSummary;
}

/** The check's three steps (snapshot, read, validate), for the use cases that go on from it. */
export async function checked(j: Job): Promise<Snapshot & { result: CheckResult }> {
  const { snapshot, report } = await snapshotAndRead(j);
  const findings = await j.sliced("validate", { kind: "validate", report });
  return { snapshot, report, result: { report, findings, summary: summariseFindings(findings) } };
}

export async function check(port: HostPort): Promise<CheckResult> {
  return (await checked(job(port, 3))).result;
}
