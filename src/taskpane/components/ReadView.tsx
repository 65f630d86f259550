/** "Luettu": what was read from each sheet, as a hierarchy with counts; actions and measures select their cell. */
import { Body1Strong, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
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
import { hasGoalStructure } from "../viewModel";
import { CellLink } from "./CellLink";

const useStyles = makeStyles({
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
  def: { margin: 0 },
  counts: { display: "block", margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
  list: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalM },
  root: { listStyleType: "none", margin: 0, padding: 0 },
  node: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  level: { display: "block", color: tokens.colorNeutralForeground3 },
  measure: { marginTop: tokens.spacingVerticalXS },
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

function MeasureItem(props: {
  measure: Measure;
  s: Strings;
  styles: Styles;
  onSelect: (c: CellRef) => void;
}) {
  const { measure, s, styles } = props;
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
      <CellLink cell={measure.cell} label={s.selectCell(name, a1(measure.cell))} onSelect={props.onSelect}>
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

function ActionItem(props: { action: Action; s: Strings; styles: Styles; onSelect: (c: CellRef) => void }) {
  const { action, s, styles } = props;
  const name = textOf(action, s);
  return (
    <li className={styles.node} data-action="">
      <Caption1 className={styles.level}>{s.actionLabel}</Caption1>
      <CellLink cell={action.cell} label={s.selectCell(name, a1(action.cell))} onSelect={props.onSelect}>
        {name}
      </CellLink>
      {action.measures.length > 0 && (
        <ul className={styles.list}>
          {action.measures.map((m, i) => (
            <MeasureItem key={i} measure={m} s={s} styles={styles} onSelect={props.onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Level(props: {
  label: string;
  node: TextAt & { implied?: boolean };
  s: Strings;
  styles: Styles;
  children: ReactNode;
}) {
  const { styles } = props;
  return (
    <li className={styles.node}>
      <Caption1 className={styles.level}>{props.label}</Caption1>
      {props.node.implied || props.node.text.trim() === "" ? (
        <span className={styles.muted}>{props.s.notWritten}</span>
      ) : (
        <Body1Strong>{props.node.text}</Body1Strong>
      )}
      <ul className={styles.list}>{props.children}</ul>
    </li>
  );
}

function SheetSection(props: { report: Report; lang: Language; onSelect: (c: CellRef) => void }) {
  const { report, lang, onSelect } = props;
  const s = strings(lang);
  const styles = useStyles();
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
              <Level key={fi} label={focusLabel(f, s)} node={f} s={s} styles={styles}>
                {f.goals.map((g, gi) => (
                  <Level key={gi} label={s.goalLabel} node={g} s={s} styles={styles}>
                    {g.commitments.map((c, ci) => (
                      <Level key={ci} label={s.commitmentLabel} node={c} s={s} styles={styles}>
                        {c.actions.map((a, ai) => (
                          <ActionItem key={ai} action={a} s={s} styles={styles} onSelect={onSelect} />
                        ))}
                      </Level>
                    ))}
                  </Level>
                ))}
              </Level>
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
}) {
  return (
    <div>
      {props.report.sheets.map((r) => (
        <SheetSection key={r.sheet} report={r} lang={props.lang} onSelect={props.onSelect} />
      ))}
    </div>
  );
}
