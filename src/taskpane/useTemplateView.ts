/**
 * The state of the view "Pohja": the period, year and department chosen (until a person chooses, what
 * the workbook proposes: the period after its report, src/template propose.ts), and the two ways to
 * make the templates — into this workbook ("Luo pohja"), or one new workbook per department ("Luo
 * erillisinä työkirjoina": written with src/xlsx's browser-safe core, loaded with `import()` only then,
 * so the pane's first load stays small, and opened with Excel.createWorkbook).
 */
import { useCallback, useMemo, useState } from "react";
import type { TemplateResult } from "../app";
import type { Period, WorkbookReport } from "../model";
import type { Bilingual } from "../model/text";
import { departmentsOf, proposePeriod } from "../template";
import type { Pane } from "./usePane";

export interface TemplateChoice {
  period: Period;
  /** As typed: the templates wait for four digits. */
  year: string;
  /** A department as the workbook names it, or "" for all. */
  department: string;
}

export interface TemplateViewState {
  /** What the workbook proposes; null before it is read. */
  proposal: { period: Period; year: number } | null;
  /** What will be made: the proposal where the person has not chosen otherwise. */
  choice: TemplateChoice | null;
  /** The departments the workbook reports (null: a report that names none). */
  departments: (string | null)[];
  /** The year as a number, or null while what is typed is not a year. */
  year: number | null;
  choose(change: Partial<TemplateChoice>): void;
  /** Why the last attempt made nothing (no goals, no such department, no year), or null. */
  refusal: Bilingual | null;
  /** "Luo pohja": the templates as new sheets of this workbook. */
  create(): Promise<void>;
  /** "Luo erillisinä työkirjoina": each template opened as a workbook of its own. */
  createWorkbooks(): Promise<void>;
}

function yearOf(typed: string): number | null {
  return /^\s*\d{4}\s*$/.test(typed) ? Number(typed) : null;
}

export function useTemplateView(pane: Pane, report: WorkbookReport | null): TemplateViewState {
  const { run, s } = pane;
  const [chosen, setChosen] = useState<Partial<TemplateChoice>>({});
  const [refusal, setRefusal] = useState<Bilingual | null>(null);
  const proposal = useMemo(() => (report ? proposePeriod(report, new Date().getFullYear()) : null), [report]);
  const departments = useMemo(() => (report ? departmentsOf(report) : []), [report]);
  const choice: TemplateChoice | null = proposal
    ? { period: proposal.period, year: String(proposal.year), department: "", ...chosen }
    : null;
  const year = choice ? yearOf(choice.year) : null;

  const choose = useCallback(
    (change: Partial<TemplateChoice>) => setChosen((c) => ({ ...c, ...change })),
    [],
  );

  const request =
    choice && year !== null
      ? { period: choice.period, year, department: choice.department === "" ? null : choice.department }
      : null;

  const settle = (r: TemplateResult | undefined) => {
    if (r) setRefusal(r.refusal);
  };

  const create = async () => {
    if (!request) return;
    settle(
      await run(
        "template",
        (a) => a.template({ ...request, into: "workbook" }),
        (r) => (r.refusal ? null : s.templatesCreated(r.templates.map((t) => t.template.sheet))),
      ),
    );
  };

  const createWorkbooks = async () => {
    if (!request) return;
    settle(
      await run(
        "workbooks",
        async (a) => {
          const r = await a.template(request);
          if (r.templates.length === 0) return r;
          const xlsx = await import(/* webpackChunkName: "xlsx" */ "../xlsx/core");
          for (const { spec } of r.templates) {
            const wb = xlsx.newWorkbook();
            xlsx.applyEdits(wb, [{ kind: "sheet", spec, activate: true }]);
            await a.openWorkbook(xlsx.workbookBytes(wb, `${spec.name}.xlsx`));
          }
          return r;
        },
        (r) => (r.refusal ? null : s.workbooksCreated(r.templates.length)),
      ),
    );
  };

  return { proposal, choice, departments, year, choose, refusal, create, createWorkbooks };
}
