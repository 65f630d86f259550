/**
 * From a workbook read to the templates asked for: which sheets each department's template is made
 * from, its year, and the hierarchy carried over with the last period's selvitys as reference.
 */
import { periodInfo, selvitysHeading, type Period } from "../model/period";
import type { Action, Commitment, FocusArea, Goal, Report, Selvitys, WorkbookReport } from "../model/report";
import { countActions } from "../model/report";
import { cleanText, labelKey } from "../text";
import { INSTRUCTION, previousLabel, templateSheetName, templateTitle } from "./name";
import type {
  Template,
  TemplateAction,
  TemplateCommitment,
  TemplateFocusArea,
  TemplateGoal,
  TemplatePlan,
  TemplateRefusal,
  TemplateRequest,
  TemplateSubGoal,
} from "./types";

/** The sheets a template can be made from: read as goals, with at least one action. */
export function sourceSheets(wr: WorkbookReport): Report[] {
  return wr.sheets.filter((r) => r.layout !== "none" && countActions(r) > 0);
}

/** A department as a key: case and spaces do not matter; sheets without one share "". */
const keyOf = (department: string | null): string => (department ? labelKey(department) : "");

/** The departments of the workbook's goal sheets, each once, as first written (null: a sheet names none). */
export function departmentsOf(wr: WorkbookReport): (string | null)[] {
  const seen = new Map<string, string | null>();
  for (const r of sourceSheets(wr))
    if (!seen.has(keyOf(r.department))) seen.set(keyOf(r.department), r.department);
  return [...seen.values()];
}

/** True when the report is a year-end report: its period is the year, or it has a Toteuma column. */
export function isYearEndReport(report: Report): boolean {
  return report.period === "year" || report.hasActualColumn;
}

/**
 * The template's year when none is asked for: the source's; after a year-end report, a period within
 * a year (T1, Q1, H1 — the next report in the cycle, model/period.ts `nextPeriod`) is next year's.
 * Null when the source names no year.
 */
export function defaultYear(source: Report, period: Period): number | null {
  if (source.year === null) return null;
  return isYearEndReport(source) && period !== "year" ? source.year + 1 : source.year;
}

/** How recent a report is: its year, then how far into the year its period reaches. */
export function recency(r: Pick<Report, "year" | "period">): number {
  return (r.year ?? 0) * 100 + (r.period ? periodInfo(r.period).months.to : 0);
}

/**
 * Each department's sources: the sheets of its most recent report (a workbook may keep T1 beside T2:
 * the template follows T2), in sheet order.
 */
function sourcesByDepartment(wr: WorkbookReport): Report[][] {
  const groups = new Map<string, Report[]>();
  for (const r of sourceSheets(wr)) {
    const key = keyOf(r.department);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((sheets) => {
    const latest = Math.max(...sheets.map(recency));
    return sheets.filter((r) => recency(r) === latest);
  });
}

/** The department asked for among the workbook's: the same name, else the only one it starts. */
function findDepartment(groups: Report[][], asked: string): Report[] | null {
  const key = labelKey(asked);
  const exact = groups.find((g) => keyOf(g[0].department) === key);
  if (exact) return exact;
  const starts = groups.filter((g) => g[0].department && keyOf(g[0].department).startsWith(key));
  return starts.length === 1 ? starts[0] : null;
}

const REFUSALS = {
  noGoals: {
    code: "no-goals",
    fi: "Työkirjassa ei ole tavoitteita, joista pohjan voisi tehdä: yhdeltäkään välilehdeltä ei luettu toimenpiteitä.",
    en: "The workbook has no goals to make a template from: no sheet was read to have actions.",
  },
  noYear: {
    code: "no-year",
    fi: "Työkirjasta ei löytynyt raportin vuotta: anna pohjan vuosi.",
    en: "The workbook does not name the report's year: give the template's year.",
  },
} satisfies Record<string, TemplateRefusal>;

function unknownDepartment(asked: string, known: (string | null)[]): TemplateRefusal {
  const names = known.filter((d): d is string => d !== null);
  const list = names.length > 0 ? names.join(", ") : null;
  return {
    code: "no-department",
    fi: `Toimialaa '${cleanText(asked)}' ei ole työkirjassa.${list ? ` Työkirjan toimialat: ${list}.` : " Työkirjan välilehdet eivät nimeä toimialaa."}`,
    en: `The workbook has no department '${cleanText(asked)}'.${list ? ` Its departments: ${list}.` : " Its sheets name no department."}`,
  };
}

/** The templates asked for: one per department (or the one asked), or why none can be made. */
export function planTemplates(wr: WorkbookReport, request: TemplateRequest): TemplatePlan {
  const groups = sourcesByDepartment(wr);
  if (groups.length === 0) return { templates: [], refusal: REFUSALS.noGoals };
  let chosen = groups;
  if (request.department) {
    const found = findDepartment(groups, request.department);
    if (!found) return { templates: [], refusal: unknownDepartment(request.department, departmentsOf(wr)) };
    chosen = [found];
  }
  const taken = [...(request.existingSheets ?? [])];
  const templates: Template[] = [];
  for (const sources of chosen) {
    const year = request.year ?? defaultYear(sources[0], request.period);
    if (year === null) return { templates: [], refusal: REFUSALS.noYear };
    const t = templateOf(sources, request.period, year, taken);
    taken.push(t.sheet);
    templates.push(t);
  }
  return { templates, refusal: null };
}

/** One department's template from its source sheets. */
export function templateOf(
  sources: Report[],
  period: Period,
  year: number,
  taken: readonly string[],
): Template {
  const first = sources[0];
  const department = first.department;
  const previous = { period: first.period, year: first.year };
  return {
    sheet: templateSheetName(department, period, year, taken),
    title: templateTitle(department, period, year),
    instruction: INSTRUCTION,
    department,
    period,
    year,
    heading: selvitysHeading(period, year),
    layout: first.layout === "table" ? "table" : "block",
    actuals: period === "year",
    previousLabel: previousLabel("selvitys", previous.period, previous.year),
    previousReportLabel: previousLabel("raportointi", previous.period, previous.year),
    focusAreas: sources.flatMap((r) => r.focusAreas.map((f) => focusAreaOf(r, f))),
    sources: sources.map((r) => r.sheet),
  };
}

const level = (node: { text: string; implied?: boolean }) => ({
  text: cleanText(node.text),
  implied: node.implied === true,
});

function focusAreaOf(report: Report, f: FocusArea): TemplateFocusArea {
  return {
    ...level(f),
    kind: f.kind === "teema" ? "teema" : "painopiste",
    unit: f.unit,
    goals: f.goals.map((g) => goalOf(report, g)),
  };
}

function goalOf(report: Report, g: Goal): TemplateGoal {
  return { ...level(g), commitments: g.commitments.map((c) => commitmentOf(report, c)) };
}

function commitmentOf(report: Report, c: Commitment): TemplateCommitment {
  return { ...level(c), actions: c.actions.map((a) => actionOf(report, a)) };
}

/** The selvitys of the source's own period (every one when its period is unknown). */
function lastReports(report: Report, action: Action): Selvitys[] {
  return action.reports.filter(
    (s) => report.period === null || s.period === null || s.period === report.period,
  );
}

function actionOf(report: Report, a: Action): TemplateAction {
  const last = lastReports(report, a);
  const withSubGoals = last.find((s) => s.parts.some((p) => p.report !== undefined));
  const subGoals: TemplateSubGoal[] = withSubGoals
    ? withSubGoals.parts
        .filter((p) => p.report !== undefined)
        .map((p) => ({
          label: cleanText(p.label),
          text: p.text,
          previous: p.report && cleanText(p.report.text) !== "" ? p.report.text : null,
        }))
    : [];
  const texts = last.map((s) => s.text).filter((t) => cleanText(t) !== "");
  return {
    ...level(a),
    measures: a.measures.map((m) => ({
      text: cleanText(m.text),
      baseline: m.baseline && cleanText(m.baseline.text) !== "" ? cleanText(m.baseline.text) : null,
      target: m.target && cleanText(m.target.text) !== "" ? cleanText(m.target.text) : null,
    })),
    previous: subGoals.length === 0 && texts.length > 0 ? texts.join("\n\n") : null,
    subGoals,
  };
}
