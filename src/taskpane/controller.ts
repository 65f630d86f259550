/**
 * The pane's one way through: snapshot → read → validate / assess → plan → apply. One snapshot per
 * command. The controller knows the host only through WorkbookHost and the pure core through `Core`
 * (so tests can hand it the simulator's host and the real core); React components only see its
 * results, which are plain data.
 */
import type { Assessment, CellRef, Finding, Language, WorkbookReport, WorkbookSnapshot } from "../model";
import type { Edit } from "../edits/types";
import type { WorkbookHost } from "../excel/host";
import { refusalOf, type RefusalReason } from "../excel/errors";
import type { Strings } from "../i18n";
import type { FindingSummary } from "../validate/summary";

/** The pure functions the controller strings together. */
export interface Core {
  readWorkbook(snapshot: WorkbookSnapshot): WorkbookReport;
  validateWorkbook(report: WorkbookReport): Finding[];
  summariseFindings(findings: readonly Finding[]): FindingSummary;
  assessWorkbook(report: WorkbookReport): Assessment[];
  planColour(report: WorkbookReport, assessments: Assessment[], snapshot: WorkbookSnapshot): Edit[];
  planClear(snapshot: WorkbookSnapshot): Edit[];
  planFindingsSheet(
    findings: Finding[],
    report: WorkbookReport,
    lang: Language,
    snapshot: WorkbookSnapshot,
  ): Edit;
}

/**
 * Where a command failed; the pane turns it into one sentence (Strings["error…"]). The last four are
 * Excel refusing a change as a whole (src/excel/errors.ts): nothing was changed.
 */
export type Stage = "snapshot" | "read" | "validate" | "assess" | "apply" | "select" | RefusalReason;

export class PaneError extends Error {
  constructor(
    readonly stage: Stage,
    override readonly cause: unknown,
  ) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "PaneError";
  }
}

const STAGE_MESSAGE: Record<Stage, keyof Strings> = {
  snapshot: "errorSnapshot",
  read: "errorRead",
  validate: "errorValidate",
  assess: "errorAssess",
  apply: "errorApply",
  select: "errorSelect",
  protected: "errorProtected",
  editMode: "errorEditMode",
  changed: "errorChanged",
  partial: "errorPartial",
};

/** A sentence for the person and, apart, the host's own short message (never a stack trace). */
export function describeError(error: unknown, t: Strings): { message: string; detail: string | null } {
  const stage: Stage = error instanceof PaneError ? error.stage : "read";
  const cause = error instanceof PaneError ? error.cause : error;
  const raw = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : null;
  const detail = raw ? raw.split("\n")[0].slice(0, 300) : null;
  return { message: t[STAGE_MESSAGE[stage]] as string, detail };
}

export interface ValidationResult {
  report: WorkbookReport;
  findings: Finding[];
  /** Counts per severity and the count line ("2 virhettä, 5 varoitusta, 1 huomautus"). */
  summary: FindingSummary;
}

export interface StatusResult {
  report: WorkbookReport;
  assessments: Assessment[];
}

async function step<T>(stage: Stage, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw e instanceof PaneError ? e : new PaneError(refusalOf(e)?.reason ?? stage, e);
  }
}

export class PaneController {
  constructor(
    private readonly host: WorkbookHost,
    private readonly core: Core,
  ) {}

  private async snapshotAndRead(): Promise<{ snapshot: WorkbookSnapshot; report: WorkbookReport }> {
    const snapshot = await step("snapshot", () => this.host.snapshot());
    const report = await step("read", () => this.core.readWorkbook(snapshot));
    return { snapshot, report };
  }

  /** What was read: one snapshot, every sheet. */
  async read(): Promise<WorkbookReport> {
    return (await this.snapshotAndRead()).report;
  }

  /** "Tarkista raportti": never changes a cell. */
  async validate(): Promise<ValidationResult> {
    return (await this.check()).result;
  }

  private async check(): Promise<{ snapshot: WorkbookSnapshot; result: ValidationResult }> {
    const { snapshot, report } = await this.snapshotAndRead();
    const findings = await step("validate", () => this.core.validateWorkbook(report));
    return { snapshot, result: { report, findings, summary: this.core.summariseFindings(findings) } };
  }

  async assess(): Promise<StatusResult> {
    const { report } = await this.snapshotAndRead();
    const assessments = await step("assess", () => this.core.assessWorkbook(report));
    return { report, assessments };
  }

  /** "Väritä tila": assess and colour in one go, from one snapshot. */
  async colour(): Promise<StatusResult> {
    const { snapshot, report } = await this.snapshotAndRead();
    const assessments = await step("assess", () => this.core.assessWorkbook(report));
    const edits = await step("apply", () => this.core.planColour(report, assessments, snapshot));
    await step("apply", () => this.host.apply(edits));
    return { report, assessments };
  }

  /** "Poista värit": put back every cell Toteuma touched. */
  async clear(): Promise<void> {
    const snapshot = await step("snapshot", () => this.host.snapshot());
    const edits = await step("apply", () => this.core.planClear(snapshot));
    await step("apply", () => this.host.apply(edits));
  }

  /** Validates afresh and writes the findings into the sheet "Tarkistus". */
  async writeFindings(lang: Language): Promise<ValidationResult> {
    const { snapshot, result } = await this.check();
    const edit = await step("apply", () =>
      this.core.planFindingsSheet(result.findings, result.report, lang, snapshot),
    );
    await step("apply", () => this.host.apply([edit]));
    return result;
  }

  async select(ref: CellRef): Promise<void> {
    await step("select", () => this.host.select(ref));
  }
}
