/** "Tila": legend, counts per status per sheet, each measure with its status and reason; colour and clear. */
import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ColorFill20Regular, Eraser20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  a1,
  STATUS_STYLE,
  STATUSES,
  statusLabel,
  type Assessment,
  type CellRef,
  type Language,
  type Status,
  type WorkbookReport,
} from "../../model";
import { parseScale, scaleText, type Scale } from "../../assess";
import { formatNumber } from "../../assess/quantity";
import { strings, type Strings } from "../../i18n";
import { measureIndex, measureKey, statusBySheet } from "../viewModel";
import { CellLink } from "./CellLink";
import { FilterToggles } from "./FilterToggles";

/** Whose status it is, after "Perustelu": the person's own, read from the selvitys, or computed. */
function sourceWords(source: Assessment["source"], s: Strings): string {
  if (source === "own") return s.ownStatusSource;
  return source === "selvitys" ? s.selvitysSource : s.computedSource;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
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
  counts: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXS,
  },
  reason: { display: "block", color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
  context: {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: "2",
    overflow: "hidden",
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  itemHead: { display: "block", marginBottom: tokens.spacingVerticalXXS },
  filterCount: { marginLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  scale: { maxWidth: "100%", marginTop: tokens.spacingVerticalS },
});

/** The scales the setting offers; a share set elsewhere (`--scale distance:7,5`) is offered too. */
const SCALE_CHOICES = ["pori", "distance:5", "distance:10", "distance:15", "distance:20"];

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
  /** True while any command of the pane runs (here or in another view): every button waits. */
  disabled?: boolean;
  onColour: () => void;
  onClear: () => void;
  onSelect: (cell: CellRef) => void;
  /** The scale the shown statuses were judged on (null before the first assessment). */
  scale?: Scale | null;
  /** A scale chosen: remember it in the workbook and assess again. */
  onScale?: (scale: Scale) => void;
}

/** "Asteikko": the workbook's scale profile, changed in place. */
function ScaleSetting(props: {
  lang: Language;
  scale: Scale;
  disabled: boolean;
  onScale: (s: Scale) => void;
}) {
  const s = strings(props.lang);
  const styles = useStyles();
  const current = scaleText(props.scale);
  const choices = SCALE_CHOICES.includes(current) ? SCALE_CHOICES : [...SCALE_CHOICES, current];
  const label = (text: string) => {
    const scale = parseScale(text) as Scale;
    return scale.kind === "pori" ? s.scalePori : s.scaleDistance(formatNumber(scale.share));
  };
  return (
    <Field label={s.scaleLabel} className={styles.scale}>
      <Select
        value={current}
        disabled={props.disabled}
        data-scale-setting=""
        onChange={(_, data) => {
          const chosen = parseScale(data.value);
          if (chosen && data.value !== current) props.onScale(chosen);
        }}
      >
        {choices.map((c) => (
          <option key={c} value={c}>
            {label(c)}
          </option>
        ))}
      </Select>
    </Field>
  );
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
  const disabled = props.disabled === true || props.busy !== null;
  const [only, setOnly] = useState<Status | null>(null);
  const totals = Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>;
  for (const a of assessments ?? []) totals[a.status]++;
  const total = assessments?.length ?? 0;
  const shown = only === null ? total : totals[only];
  return (
    <div>
      <section aria-label={s.legendLabel}>
        <FilterToggles
          options={STATUSES.map((st) => ({
            key: st,
            name: s.showOnly(statusLabel(st, lang), totals[st]),
            content: (
              <>
                <StatusChip status={st} lang={lang} />
                {assessments !== null && <span className={styles.filterCount}>{`(${totals[st]})`}</span>}
              </>
            ),
          }))}
          selected={only}
          onSelect={setOnly}
          label={s.filterByStatus}
          showing={s.showingMeasures(shown, total)}
          showAll={s.showAll}
          disabled={assessments === null}
        />
      </section>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          icon={<ColorFill20Regular />}
          onClick={props.onColour}
          disabled={disabled}
        >
          {s.colourStatus}
        </Button>
        <Button icon={<Eraser20Regular />} onClick={props.onClear} disabled={disabled}>
          {s.clearColours}
        </Button>
      </div>
      {props.scale && props.onScale && (
        <ScaleSetting lang={lang} scale={props.scale} disabled={disabled} onScale={props.onScale} />
      )}
      {spinnerLabel && <Spinner size="small" label={spinnerLabel} />}
      {report && assessments && sheets.length === 0 && <Caption1>{s.noMeasures}</Caption1>}
      {sheets.map((sheet) => {
        const listed = only === null ? sheet.assessments : sheet.assessments.filter((a) => a.status === only);
        return (
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
            {listed.length === 0 && <Caption1 className={styles.muted}>{s.noneWithStatus}</Caption1>}
            <ul className={styles.list}>
              {listed.map((a) => {
                const path = index.get(measureKey(a.sheet, a.ordinal));
                const name = path ? path.measure.text : a1(a.cell);
                const action = path ? path.action.text.trim() : "";
                // The cell "Väritä tila" colours: the actual, or without one the target.
                const coloured = path ? (path.measure.actual ?? path.measure.target) : null;
                return (
                  <li
                    key={measureKey(a.sheet, a.ordinal)}
                    className={styles.item}
                    data-assessment={a.status}
                    data-colour-cell={coloured ? a1(coloured.cell) : undefined}
                  >
                    <span className={styles.itemHead}>
                      <StatusChip status={a.status} lang={lang} />
                    </span>
                    <CellLink
                      cell={a.cell}
                      label={s.selectCell(name, a1(a.cell))}
                      onSelect={props.onSelect}
                      clamp
                      fullText={name}
                      disabled={disabled}
                    >
                      {name}
                    </CellLink>
                    {action !== "" && (
                      <Caption1 className={styles.context} title={action} data-context="">
                        {`${s.contextAction}: ${action}`}
                      </Caption1>
                    )}
                    <Caption1 className={styles.reason}>
                      {`${s.reasonLabel} (${sourceWords(a.source, s)}): ${a.reason[lang]}`}
                    </Caption1>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
