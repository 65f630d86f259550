/** "Tila": legend, counts per status per sheet, each measure with its status and reason; colour and clear. */
import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ColorFill20Regular, Eraser20Regular } from "@fluentui/react-icons";
import {
  a1,
  STATUS_STYLE,
  STATUSES,
  type Assessment,
  type CellRef,
  type Language,
  type Status,
  type WorkbookReport,
} from "../../model";
import { statusLabel, strings } from "../../i18n";
import { measureIndex, measureKey, statusBySheet } from "../viewModel";
import { CellLink } from "./CellLink";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  chip: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  sheet: { marginTop: tokens.spacingVerticalL },
  counts: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0`, padding: 0 },
  count: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXS,
  },
  reason: { display: "block", color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
});

export function StatusChip(props: { status: Status; lang: Language; count?: number }) {
  const styles = useStyles();
  const style = STATUS_STYLE[props.status];
  return (
    <span
      className={styles.chip}
      style={{ backgroundColor: style.fill, color: style.font }}
      data-status={props.status}
    >
      {statusLabel(props.status, props.lang)}
      {props.count !== undefined ? ` ${props.count}` : ""}
    </span>
  );
}

export interface StatusViewProps {
  lang: Language;
  report: WorkbookReport | null;
  assessments: Assessment[] | null;
  busy: "assess" | "colour" | "clear" | null;
  onColour: () => void;
  onClear: () => void;
  onSelect: (cell: CellRef) => void;
}

export function StatusView(props: StatusViewProps) {
  const s = strings(props.lang);
  const styles = useStyles();
  const { report, assessments, lang } = props;
  const index = report ? measureIndex(report) : new Map();
  const sheets = report && assessments ? statusBySheet(report, assessments) : [];
  const spinnerLabel =
    props.busy === "assess"
      ? s.assessing
      : props.busy === "colour"
        ? s.colouring
        : props.busy === "clear"
          ? s.clearing
          : null;
  return (
    <div>
      <section aria-label={s.legendLabel}>
        <ul className={styles.legend}>
          {STATUSES.map((st) => (
            <li key={st}>
              <StatusChip status={st} lang={lang} />
            </li>
          ))}
        </ul>
      </section>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          icon={<ColorFill20Regular />}
          onClick={props.onColour}
          disabled={props.busy !== null}
        >
          {s.colourStatus}
        </Button>
        <Button icon={<Eraser20Regular />} onClick={props.onClear} disabled={props.busy !== null}>
          {s.clearColours}
        </Button>
      </div>
      {spinnerLabel && <Spinner size="small" label={spinnerLabel} />}
      {report && assessments && sheets.length === 0 && <Caption1>{s.noMeasures}</Caption1>}
      {sheets.map((sheet) => (
        <section
          key={sheet.sheet}
          className={styles.sheet}
          aria-label={s.statusTableCaption(sheet.sheet)}
          data-sheet={sheet.sheet}
        >
          <Subtitle2 as="h2">{sheet.sheet}</Subtitle2>
          <ul className={styles.counts} aria-label={s.statusCountsFor(sheet.sheet)}>
            {STATUSES.map((st) => (
              <li key={st} className={styles.count} data-status-count={st}>
                <StatusChip status={st} lang={lang} />
                <Body1Strong>{sheet.counts[st]}</Body1Strong>
              </li>
            ))}
          </ul>
          <ul className={styles.list}>
            {sheet.assessments.map((a) => {
              const path = index.get(measureKey(a.sheet, a.ordinal));
              const name = path ? path.measure.text : a1(a.cell);
              // The cell "Väritä tila" colours: the actual, or without one the target.
              const coloured = path ? (path.measure.actual ?? path.measure.target) : null;
              return (
                <li
                  key={measureKey(a.sheet, a.ordinal)}
                  className={styles.item}
                  data-assessment={a.status}
                  data-colour-cell={coloured ? a1(coloured.cell) : undefined}
                >
                  <StatusChip status={a.status} lang={lang} />{" "}
                  <CellLink cell={a.cell} label={s.selectCell(name, a1(a.cell))} onSelect={props.onSelect}>
                    {name}
                  </CellLink>
                  <Caption1 className={styles.reason}>
                    {`${s.reasonLabel} (${a.source === "own" ? s.ownStatusSource : s.computedSource}): ${a.reason[lang]}`}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
