/**
 * Use case "template" (Pohja; `toteuma template`): the next period's selvitys templates, one sheet per
 * department (or the one asked), made from the workbook's most recent report. `into: "workbook"` adds
 * them to this workbook as new sheets (never over an existing one); without it they are only planned,
 * for the command line to write into a new file and the pane to open as new workbooks
 * (`openWorkbook`).
 */
import type { SheetSpec } from "../edits/types";
import { templateEdits, templateLayout, type AnswerCell } from "../edits/template";
import type { WorkbookReport } from "../model";
import { planTemplates, type Template, type TemplateRefusal, type TemplateRequest } from "../template";
import { job } from "./job";
import type { HostPort } from "./port";
import { snapshotAndRead } from "./read";

export interface TemplateOptions extends Omit<TemplateRequest, "existingSheets"> {
  /** "workbook": add the sheets to this workbook; "none" (default): plan only. */
  into?: "workbook" | "none";
}

export interface PlannedTemplate {
  template: Template;
  /** The sheet as written (src/edits/template.ts). */
  spec: SheetSpec;
  /** Where its answers go. */
  answers: AnswerCell[];
}

export interface TemplateResult {
  report: WorkbookReport;
  templates: PlannedTemplate[];
  /** Why no template was made (no goals, no such department, no year), or null. */
  refusal: TemplateRefusal | null;
}

export async function template(port: HostPort, options: TemplateOptions): Promise<TemplateResult> {
  const into = options.into ?? "none";
  const j = job(port, into === "workbook" ? 3 : 2);
  const { snapshot, report } = await snapshotAndRead(j);
  const plan = planTemplates(report, {
    ...options,
    existingSheets: into === "workbook" ? snapshot.sheets.map((g) => g.sheet) : [],
  });
  const templates = plan.templates.map((t) => ({ template: t, ...templateLayout(t) }));
  if (into === "workbook" && templates.length > 0)
    await j.step("apply", () => port.apply(templateEdits(plan.templates)));
  return { report, templates, refusal: plan.refusal };
}

/**
 * Opens a new workbook made of these .xlsx bytes (Excel: `Excel.createWorkbook`, ExcelApi 1.8). `stage`
 * says whose workbook it is, for the sentence when it fails: templates ("open") or a merge ("openMerged").
 */
export async function openWorkbook(
  port: HostPort,
  bytes: Uint8Array,
  stage: "open" | "openMerged" = "open",
): Promise<void> {
  // A stage of its own: a new window failing is not this workbook refusing a change.
  await job(port, 1).step(stage, () => {
    if (!port.openWorkbook) throw new Error("This host cannot open a new workbook.");
    return port.openWorkbook(bytes);
  });
}
