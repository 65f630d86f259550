/**
 * Test-only builders: small Reports written as a tree, with cells assigned as a block-layout sheet
 * would have them (one row per label, measures one per row with values in C/D/E/F, a selvitys row
 * after the measures, a blank row between actions). `null` text makes an implied node.
 */
import { a1, cellRef, type CellRef } from "../../src/model/cellref";
import type { Finding } from "../../src/model/finding";
import type {
  Action,
  Commitment,
  FinancialGoal,
  FocusArea,
  FocusAreaKind,
  Goal,
  Layout,
  LabelNearMiss,
  Measure,
  Period,
  ProgrammeField,
  ProgrammeInfo,
  ProgrammeItem,
  ReadProblem,
  Report,
  Selvitys,
  TextAt,
  WorkbookReport,
} from "../../src/model/report";
import { workbookContext, type Rule } from "../../src/validate/types";

type Value = string | null | undefined;

export interface MeasureSpec {
  text: string;
  baseline?: Value;
  target?: Value;
  actual?: Value;
  ownStatus?: Value;
}
export interface SelvitysSpec {
  period: Period | null;
  heading?: string;
  year?: number | null;
  text?: string;
}
export interface ActionSpec {
  text: string | null;
  measures: MeasureSpec[];
  /** Omitted: one selvitys for the report's period (none when the report has no period). */
  reports?: SelvitysSpec[];
}
export interface CommitmentSpec {
  text: string | null;
  actions: ActionSpec[];
}
export interface GoalSpec {
  text: string | null;
  commitments: CommitmentSpec[];
}
export interface FocusSpec {
  text: string | null;
  kind: FocusAreaKind;
  goals: GoalSpec[];
}

export const measure = (text: string, values: Omit<MeasureSpec, "text"> = {}): MeasureSpec => ({
  text,
  ...values,
});
export const selvitys = (period: Period | null, opts: Omit<SelvitysSpec, "period"> = {}): SelvitysSpec => ({
  period,
  ...opts,
});
export const action = (
  text: string | null,
  measures: MeasureSpec[],
  opts: { reports?: SelvitysSpec[] } = {},
): ActionSpec => ({ text, measures, ...opts });
export const commitment = (text: string | null, actions: ActionSpec[]): CommitmentSpec => ({ text, actions });
export const goal = (text: string | null, commitments: CommitmentSpec[]): GoalSpec => ({ text, commitments });
export const focus = (
  text: string | null,
  goals: GoalSpec[],
  kind: FocusAreaKind = "painopiste",
): FocusSpec => ({
  text,
  kind,
  goals,
});

/** A block of the usual shape: focus area → goal → commitment → one action with its measures. */
export const block = (
  names: { focus?: string; goal?: string; commitment?: string; action: string },
  measures: MeasureSpec[],
  opts: { reports?: SelvitysSpec[] } = {},
): FocusSpec =>
  focus(names.focus ?? "Kasvava Pori", [
    goal(names.goal ?? "Asukasmäärään vaikuttaminen", [
      commitment(names.commitment ?? "Panostamme kaupunkimarkkinointiin", [
        action(names.action, measures, opts),
      ]),
    ]),
  ]);

export interface ReportOptions {
  sheet?: string;
  layout?: Layout;
  period?: Period | null;
  year?: number | null;
  hasActualColumn?: boolean;
  ownStatusColumn?: string | null;
  nearMisses?: LabelNearMiss[];
  problems?: ReadProblem[];
  financialGoals?: { text: string; outcome?: string | null }[];
  programme?: ProgrammeInfo;
  looksLikeGoals?: boolean;
}

const DEFAULT_HEADINGS: Partial<Record<Period, string>> = {
  T1: "Selvitys tavoitteen toteutumisesta (T1):",
  T2: "Selvitys toimenpiteen edistymisestä toisella vuosikolmanneksella (T2):",
  Q3: "Selvitys toimenpiteen edistymisestä vuoden kolmannella neljänneksellä (Q3):",
};

/** Builds a Report; rows are numbered from 3 (a title in A1) in tree order. */
export function report(opts: ReportOptions, focusAreas: FocusSpec[]): Report {
  const sheet = opts.sheet ?? "Raportti";
  const period = opts.period === undefined ? "T2" : opts.period;
  const year = opts.year === undefined ? 2025 : opts.year;
  const hasActualColumn = opts.hasActualColumn ?? false;
  let row = 2;
  const next = (col = 2): CellRef => cellRef(sheet, ++row, col);
  /** The cell an implied node gets: where its first child will be, without taking a row. */
  const peek = (): CellRef => cellRef(sheet, row + 1, 2);
  const level = (
    text: string | null,
  ): { text: string; cell: CellRef; implied?: boolean; labelCell?: CellRef } => {
    if (text === null) return { text: "", cell: peek(), implied: true };
    const cell = next();
    return { text, cell, labelCell: cellRef(sheet, cell.row, 1) };
  };
  const value = (v: Value, fallback: string | null, r: number, col: number): TextAt | null => {
    const t = v === undefined ? fallback : v;
    return t === null ? null : { text: t, cell: cellRef(sheet, r, col) };
  };
  const headingOf = (s: SelvitysSpec): string =>
    s.heading ??
    (s.period === "year"
      ? `Selvitys toimenpiteen toteutumisesta vuonna ${s.year ?? year ?? 2025}:`
      : s.period
        ? (DEFAULT_HEADINGS[s.period] ?? `Selvitys toimenpiteen edistymisestä (${s.period}):`)
        : "Selvitys:");

  const buildAction = (spec: ActionSpec): Action => {
    const node: Action = { ...level(spec.text), measures: [], reports: [] };
    spec.measures.forEach((m, i) => {
      const cell = next();
      const r = cell.row;
      node.measures.push({
        text: m.text,
        cell,
        index: i + 1,
        baseline: value(m.baseline, "0", r, 3),
        target: value(m.target, "5", r, 4),
        actual: value(m.actual, hasActualColumn ? "6" : null, r, 5),
        ownStatus: value(m.ownStatus, null, r, 6),
      } satisfies Measure);
    });
    const reports = spec.reports ?? (period ? [selvitys(period)] : []);
    for (const s of reports) {
      const cell = next(1);
      node.reports.push({
        heading: headingOf(s),
        cell,
        period: s.period,
        year: s.year === undefined ? (s.period === "year" ? year : null) : s.year,
        text: s.text ?? "Työ on edennyt suunnitellusti.",
        parts: [],
      } satisfies Selvitys);
    }
    row++; // blank row between actions
    return node;
  };
  const buildCommitment = (spec: CommitmentSpec): Commitment => {
    const node: Commitment = { ...level(spec.text), actions: [] };
    node.actions = spec.actions.map(buildAction);
    return node;
  };
  const buildGoal = (spec: GoalSpec): Goal => {
    const node: Goal = { ...level(spec.text), commitments: [] };
    node.commitments = spec.commitments.map(buildCommitment);
    return node;
  };
  const areas: FocusArea[] = focusAreas.map((spec) => {
    const node: FocusArea = { ...level(spec.text), kind: spec.kind, unit: null, goals: [] };
    node.goals = spec.goals.map(buildGoal);
    return node;
  });
  const financialGoals: FinancialGoal[] = (opts.financialGoals ?? []).map((f) => {
    const cell = next(1);
    const outcome = f.outcome === undefined ? "Toteutui." : f.outcome;
    return {
      text: f.text,
      cell,
      unit: null,
      outcome: outcome === null ? null : { text: outcome, cell: next(1) },
    };
  });
  return {
    sheet,
    layout: opts.layout ?? "block",
    title: { text: "Talousarvion toiminnalliset tavoitteet", cell: cellRef(sheet, 1, 1) },
    department: "Konsernipalvelut",
    period,
    year,
    focusAreas: areas,
    financialGoals,
    hasActualColumn,
    ownStatusColumn: opts.ownStatusColumn ?? null,
    nearMisses: opts.nearMisses ?? [],
    problems: opts.problems ?? [],
    ...(opts.programme ? { programme: opts.programme } : {}),
    looksLikeGoals: opts.looksLikeGoals ?? true,
  };
}

/**
 * A report with every level in place: a usual block, and a focus area with one goal, one commitment
 * and two actions, their measures and selvitys. No rule of the hierarchy finds anything in it.
 */
export function completeReport(): Report {
  return report({}, [
    block({ action: "Tehostamme viestintää" }, [measure("Suunnitelma laadittu")]),
    focus("Hyvinvoiva Pori", [
      goal("Toimivat palvelut", [
        commitment("Asiakaslähtöiset palvelut", [
          action("Yhteistoimintasopimus", [measure("Sopimus tehty"), measure("Asiakasmäärä")]),
          action("Ohjaamo", [measure("Ohjaamon asiakkaat")]),
        ]),
      ]),
    ]),
  ]);
}

export function workbook(...sheets: Report[]): WorkbookReport {
  return { name: "testi.xlsx", sheets };
}

/** The first node or measure of the report whose text is exactly `text`. */
export function nodeWithText(r: Report, text: string): TextAt {
  const found: TextAt[] = [];
  for (const f of r.focusAreas) {
    found.push(f);
    for (const g of f.goals) {
      found.push(g);
      for (const c of g.commitments) {
        found.push(c);
        for (const a of c.actions) found.push(a, ...a.measures);
      }
    }
  }
  const hit = found.find((n) => n.text === text);
  if (!hit) throw new Error(`No node with text ${JSON.stringify(text)}`);
  return hit;
}

/** [code, "B12"] pairs of findings, for compact expectations. */
export function at(findings: Finding[]): [string, string][] {
  return findings.map((f) => [f.code, a1(f.cell)]);
}

/** Runs one rule on `r`, with `others` as the rest of the workbook. */
export function run(rule: Rule, r: Report, ...others: Report[]): Finding[] {
  return rule.check(r, workbookContext([r, ...others]));
}

// The older programme layout (2018): numbered items of five fields, long-term goals from a list.

export const PROGRAMME_SHEET = "Toiminnalliset tavoitteet";
const LIST_SHEET = "Pitkän aikavälin tavoitteet";

/** Programme item `n` (its number in column A, rows of seven from row 4) with the given long-term goal. */
export function programmeItem(
  n: number,
  longTermGoal: string | null,
  missing: ProgrammeField[] = [],
): ProgrammeItem {
  const top = 4 + (n - 1) * 7;
  const texts: Record<ProgrammeField, string | null> = {
    longTermGoal,
    operationalGoal: "Yritysten toimintaympäristön kehittäminen.",
    action: "Osaavan työvoiman varmistaminen.",
    measure: "Insinööripula on helpottanut.",
    responsible: "Pasi Pitkänen",
  };
  const fields = {} as Record<ProgrammeField, TextAt | null>;
  (Object.keys(texts) as ProgrammeField[]).forEach((f, i) => {
    const t = texts[f];
    fields[f] =
      missing.includes(f) || t === null ? null : { text: t, cell: cellRef(PROGRAMME_SHEET, top + 1 + i, 2) };
  });
  return { number: `${n}.`, cell: cellRef(PROGRAMME_SHEET, top, 1), fields };
}

/** A list of long-term goals, one a row from A2 of its own sheet. */
export const longTermGoalList = (...goals: string[]): TextAt[] =>
  goals.map((g, i) => ({ text: g, cell: cellRef(LIST_SHEET, i + 2, 1) }));

/** A programme-layout sheet of these items, with a list of long-term goals (empty: none). */
export function programmeReport(items: ProgrammeItem[], longTermGoals: TextAt[]): Report {
  const info: ProgrammeInfo = { items, longTermGoals, promises: [], year: 2018 };
  return report({ sheet: PROGRAMME_SHEET, layout: "programme", period: null, programme: info }, []);
}
