/**
 * "Luettu": what was read from each sheet, as a collapsible hierarchy with counts on every node.
 * Each branch is a disclosure button (aria-expanded; Tab, Enter and Space work); a small workbook
 * opens fully, a large one starts collapsed. Actions and measures select their cell.
 */
import { Body1Strong, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import {
  ArrowCollapseAll16Regular,
  ArrowExpandAll16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
} from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";
import {
  a1,
  countActions,
  countMeasures,
  type Action,
  type CellRef,
  type FocusArea,
  type Language,
  type Measure,
  type Report,
  type TextAt,
  type WorkbookReport,
} from "../../model";
import { layoutName, periodName, strings, type Strings } from "../../i18n";
import { countsUnder, hasGoalStructure, initialDepth, TREE_LEVELS } from "../viewModel";
import { CellLink } from "./CellLink";

const useStyles = makeStyles({
  tools: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  note: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  sheet: {
    marginBottom: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  counts: { display: "block", margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
  list: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalS },
  root: { listStyleType: "none", margin: 0, padding: 0 },
  node: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  toggle: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: "inherit",
    lineHeight: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  chevron: { flexShrink: 0, marginTop: "2px", color: tokens.colorNeutralForeground3 },
  headText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  level: { display: "block", color: tokens.colorNeutralForeground3 },
  nodeCounts: { display: "block", color: tokens.colorNeutralForeground3 },
  actionName: { paddingLeft: `calc(16px + ${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})` },
  measure: { marginTop: tokens.spacingVerticalXS, minWidth: 0 },
  values: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: "contents" },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

type Styles = ReturnType<typeof useStyles>;

/** What every node needs: strings, styles, the click handler, how far the tree opens at first. */
interface TreeContext {
  s: Strings;
  styles: Styles;
  onSelect: (c: CellRef) => void;
  depth: number;
  disabled: boolean;
}

function textOf(t: TextAt, s: Strings): string {
  return t.text.trim() !== "" ? t.text : s.notWritten;
}

function focusLabel(f: FocusArea, s: Strings): string {
  const kind =
    f.kind === "teema"
      ? s.themeLabel
      : f.kind === "pitkan-aikavalin-tavoite"
        ? s.longTermGoalLabel
        : s.focusAreaLabel;
  return f.unit ? `${kind} · ${f.unit}` : kind;
}

/** A disclosure button: chevron, then what it names; its list is rendered only while open. */
function Toggle(props: {
  open: boolean;
  controls: string;
  onToggle: () => void;
  styles: Styles;
  children: ReactNode;
}) {
  const Chevron = props.open ? ChevronDown16Regular : ChevronRight16Regular;
  return (
    <button
      type="button"
      className={props.styles.toggle}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
      data-toggle=""
    >
      <Chevron className={props.styles.chevron} aria-hidden />
      <span className={props.styles.headText}>{props.children}</span>
    </button>
  );
}

function MeasureItem(props: { measure: Measure; ctx: TreeContext }) {
  const { measure, ctx } = props;
  const { s, styles } = ctx;
  const values: [string, TextAt | null | undefined][] = [
    [s.baselineLabel, measure.baseline],
    [s.targetLabel, measure.target],
  ];
  if (measure.actual) values.push([s.actualLabel, measure.actual]);
  if (measure.ownStatus) values.push([s.ownStatusLabel, measure.ownStatus]);
  const name = textOf(measure, s);
  return (
    <li className={styles.measure} data-measure="">
      <Caption1 className={styles.level}>{`${s.measureLabel} ${measure.index}`}</Caption1>
      <CellLink
        cell={measure.cell}
        label={s.selectCell(name, a1(measure.cell))}
        onSelect={ctx.onSelect}
        clamp
        fullText={name}
        disabled={ctx.disabled}
      >
        {name}
      </CellLink>
      <dl className={styles.values}>
        {values.map(([label, value]) => (
          <div key={label} className={styles.pair}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.def}>
              {value && value.text.trim() !== "" ? (
                value.text
              ) : (
                <span className={styles.muted}>{s.missingValue}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function ActionItem(props: { action: Action; ctx: TreeContext }) {
  const { action, ctx } = props;
  const { s, styles } = ctx;
  const [open, setOpen] = useState(ctx.depth > 3);
  const listId = useId();
  const name = textOf(action, s);
  const hasMeasures = action.measures.length > 0;
  return (
    <li className={styles.node} data-action="" data-open={open ? "true" : "false"}>
      {hasMeasures ? (
        <Toggle open={open} controls={listId} onToggle={() => setOpen(!open)} styles={styles}>
          <Caption1 className={styles.level}>
            {`${s.actionLabel} · ${s.measuresCount(action.measures.length)}`}
          </Caption1>
        </Toggle>
      ) : (
        <Caption1 className={styles.level}>{`${s.actionLabel} · ${s.measuresCount(0)}`}</Caption1>
      )}
      <div className={hasMeasures ? styles.actionName : undefined}>
        <CellLink
          cell={action.cell}
          label={s.selectCell(name, a1(action.cell))}
          onSelect={ctx.onSelect}
          clamp
          fullText={name}
          disabled={ctx.disabled}
        >
          {name}
        </CellLink>
      </div>
      {hasMeasures && open && (
        <ul className={styles.list} id={listId}>
          {action.measures.map((m, i) => (
            <MeasureItem key={i} measure={m} ctx={ctx} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Focus area, goal or commitment: a disclosure naming the level, its text and what lies under it. */
function Branch(props: {
  level: number;
  label: string;
  node: TextAt & { implied?: boolean };
  counts: { actions: number; measures: number };
  ctx: TreeContext;
  children: ReactNode;
}) {
  const { ctx, node } = props;
  const { s, styles } = ctx;
  const [open, setOpen] = useState(ctx.depth > props.level);
  const listId = useId();
  const written = !node.implied && node.text.trim() !== "";
  return (
    <li className={styles.node} data-level={props.level} data-open={open ? "true" : "false"}>
      <Toggle open={open} controls={listId} onToggle={() => setOpen(!open)} styles={styles}>
        <Caption1 className={styles.level}>{props.label}</Caption1>
        {written ? (
          <Body1Strong>{node.text}</Body1Strong>
        ) : (
          <span className={styles.muted}>{s.notWritten}</span>
        )}
        <Caption1 className={styles.nodeCounts} data-node-counts="">
          {s.nodeCounts(props.counts.actions, props.counts.measures)}
        </Caption1>
      </Toggle>
      {open && (
        <ul className={styles.list} id={listId}>
          {props.children}
        </ul>
      )}
    </li>
  );
}

function SheetSection(props: { report: Report; lang: Language; ctx: TreeContext }) {
  const { report, lang, ctx } = props;
  const { s, styles } = ctx;
  const headingId = `read-${report.sheet.replace(/[^A-Za-z0-9]/g, "_")}`;
  return (
    <section className={styles.sheet} aria-labelledby={headingId} data-sheet={report.sheet}>
      <Subtitle2 as="h2" id={headingId}>
        {report.sheet}
      </Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.layoutLabel}</dt>
        <dd className={styles.def}>{layoutName(report.layout, lang)}</dd>
        <dt className={styles.term}>{s.departmentLabel}</dt>
        <dd className={styles.def}>{report.department ?? s.unknown}</dd>
        <dt className={styles.term}>{s.periodLabel}</dt>
        <dd className={styles.def}>{periodName(report.period, report.year, lang) ?? s.unknown}</dd>
      </dl>
      {hasGoalStructure(report) ? (
        <>
          <Body1Strong as="p" className={styles.counts} data-counts="">
            {`${s.actionsCount(countActions(report))}, ${s.measuresCount(countMeasures(report))}`}
          </Body1Strong>
          <ul className={styles.root} aria-label={s.hierarchyLabel(report.sheet)}>
            {report.focusAreas.map((f, fi) => (
              <Branch key={fi} level={0} label={focusLabel(f, s)} node={f} counts={countsUnder(f)} ctx={ctx}>
                {f.goals.map((g, gi) => (
                  <Branch key={gi} level={1} label={s.goalLabel} node={g} counts={countsUnder(g)} ctx={ctx}>
                    {g.commitments.map((c, ci) => (
                      <Branch
                        key={ci}
                        level={2}
                        label={s.commitmentLabel}
                        node={c}
                        counts={countsUnder(c)}
                        ctx={ctx}
                      >
                        {c.actions.map((a, ai) => (
                          <ActionItem key={ai} action={a} ctx={ctx} />
                        ))}
                      </Branch>
                    ))}
                  </Branch>
                ))}
              </Branch>
            ))}
          </ul>
        </>
      ) : (
        <p className={styles.muted} data-no-structure="">
          {report.looksLikeGoals ? s.unreadableGoalStructure : s.noGoalStructure}
        </p>
      )}
    </section>
  );
}

export function ReadView(props: {
  report: WorkbookReport;
  lang: Language;
  onSelect: (cell: CellRef) => void;
  /** While a command runs, the cell links wait. */
  disabled?: boolean;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const first = initialDepth(props.report);
  // "Avaa kaikki" / "Sulje kaikki" remount the tree with every node open or closed.
  const [tree, setTree] = useState({ depth: first, round: 0 });
  const ctx: TreeContext = {
    s,
    styles,
    onSelect: props.onSelect,
    depth: tree.depth,
    disabled: props.disabled ?? false,
  };
  const measures = props.report.sheets.reduce((n, r) => n + countMeasures(r), 0);
  const anyTree = props.report.sheets.some(hasGoalStructure);
  return (
    <div>
      {anyTree && (
        <div className={styles.tools}>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowExpandAll16Regular />}
            onClick={() => setTree((t) => ({ depth: TREE_LEVELS, round: t.round + 1 }))}
          >
            {s.expandAll}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowCollapseAll16Regular />}
            onClick={() => setTree((t) => ({ depth: 0, round: t.round + 1 }))}
          >
            {s.collapseAll}
          </Button>
        </div>
      )}
      {first === 0 && tree.round === 0 && (
        <Caption1 className={styles.note} data-collapsed-note="">
          {s.treeCollapsedNote(measures)}
        </Caption1>
      )}
      <div key={tree.round}>
        {props.report.sheets.map((r) => (
          <SheetSection key={r.sheet} report={r} lang={props.lang} ctx={ctx} />
        ))}
      </div>
    </div>
  );
}
