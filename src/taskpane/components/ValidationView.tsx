/** "Tarkistus": run the check, see findings by sheet and severity, click one to select its cell. */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Regular,
  DocumentSearch20Regular,
  ErrorCircle16Filled,
  Info16Filled,
  TableAdd20Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import {
  a1,
  SEVERITIES,
  SEVERITY_WORDS,
  type CellRef,
  type Finding,
  type Language,
  type Severity,
  type WorkbookReport,
} from "../../model";
import { strings } from "../../i18n";
import { actionAt, groupFindings } from "../viewModel";
import { CellLink } from "./CellLink";
import { FilterToggles } from "./FilterToggles";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  intro: { color: tokens.colorNeutralForeground3, display: "block", marginBottom: tokens.spacingVerticalS },
  counts: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
  sheet: { marginTop: tokens.spacingVerticalM },
  group: { marginTop: tokens.spacingVerticalS },
  groupHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  where: { color: tokens.colorNeutralForeground3, display: "block" },
  context: {
    display: "-webkit-box",
    WebkitBoxOrient: "vertical",
    WebkitLineClamp: "2",
    overflow: "hidden",
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  ok: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

export interface ValidationViewProps {
  lang: Language;
  /** null before the first run. */
  findings: Finding[] | null;
  /** The count line from summariseFindings, in the pane's language. */
  countLine: string | null;
  sheetOrder: string[];
  /** What was read, to show each finding's action as context (optional). */
  report?: WorkbookReport | null;
  running: boolean;
  /** True while any command of the pane runs: every button waits. */
  disabled?: boolean;
  writing: boolean;
  onRun: () => void;
  onWriteSheet: () => void;
  onSelect: (cell: CellRef) => void;
  /** What sits under the buttons, before the results (the department list editor). */
  settings?: ReactNode;
}

export function ValidationView(props: ValidationViewProps) {
  const s = strings(props.lang);
  const styles = useStyles();
  const busy = props.running || props.writing || props.disabled === true;
  const [only, setOnly] = useState<Severity | null>(null);
  const all = props.findings ?? [];
  const counts = Object.fromEntries(SEVERITIES.map((v) => [v, 0])) as Record<Severity, number>;
  for (const f of all) counts[f.severity]++;
  // A filter on a severity that a re-run no longer finds would hide everything: it lapses.
  const filter = only !== null && counts[only] > 0 ? only : null;
  const shown = filter === null ? all : all.filter((f) => f.severity === filter);
  const groups = groupFindings(shown, props.sheetOrder);
  const contextOf = (f: Finding): string => {
    const action = props.report ? actionAt(props.report, f.cell) : null;
    return action ? action.text.trim() : "";
  };
  return (
    <div>
      <Caption1 className={styles.intro}>{s.validationIntro}</Caption1>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<DocumentSearch20Regular />} onClick={props.onRun} disabled={busy}>
          {props.findings === null ? s.runValidation : s.rerunValidation}
        </Button>
        {props.findings !== null && props.findings.length > 0 && (
          <Button icon={<TableAdd20Regular />} onClick={props.onWriteSheet} disabled={busy}>
            {s.writeFindings}
          </Button>
        )}
      </div>
      {props.settings}
      {props.running && <Spinner size="small" label={s.validating} />}
      {props.writing && <Spinner size="small" label={s.writingFindings} />}
      {props.findings !== null && props.countLine !== null && !props.running && (
        <div aria-live="polite">
          <Body1Strong as="p" className={styles.counts} data-finding-counts="">
            {props.countLine}
          </Body1Strong>
          {props.findings.length === 0 && (
            <Body1 className={styles.ok}>
              <CheckmarkCircle20Regular aria-hidden /> {s.noFindings}
            </Body1>
          )}
        </div>
      )}
      {!props.running && SEVERITIES.filter((v) => counts[v] > 0).length > 1 && (
        <>
          <FilterToggles
            options={SEVERITIES.filter((v) => counts[v] > 0).map((v) => {
              const Icon = ICONS[v];
              const name = SEVERITY_WORDS[v][props.lang].heading;
              return {
                key: v,
                name: s.showOnly(name, counts[v]),
                icon: <Icon className={styles[v]} />,
                content: `${name} (${counts[v]})`,
              };
            })}
            selected={filter}
            onSelect={setOnly}
            label={s.filterBySeverity}
            showing={s.showingFindings(shown.length, all.length)}
            showAll={s.showAll}
          />
        </>
      )}
      {!props.running &&
        groups.map((sheet) => (
          <section
            key={sheet.sheet}
            className={styles.sheet}
            aria-label={s.findingsFor(sheet.sheet)}
            data-sheet={sheet.sheet}
          >
            <Subtitle2 as="h2">{sheet.sheet}</Subtitle2>
            {sheet.groups.map((group) => {
              const Icon = ICONS[group.severity];
              return (
                <div key={group.severity} className={styles.group} data-severity={group.severity}>
                  <Body1Strong as="h3" className={mergeClasses(styles.groupHead, styles[group.severity])}>
                    <Icon aria-hidden />
                    {`${SEVERITY_WORDS[group.severity][props.lang].heading} (${group.findings.length})`}
                  </Body1Strong>
                  <ul className={styles.list}>
                    {group.findings.map((f, i) => {
                      const context = contextOf(f);
                      return (
                        <li key={i} className={styles.item} data-finding={f.code}>
                          <CellLink
                            cell={f.cell}
                            label={s.selectCell(f.message[props.lang], a1(f.cell))}
                            onSelect={props.onSelect}
                            disabled={busy}
                          >
                            {f.message[props.lang]}
                          </CellLink>
                          {context !== "" && (
                            <Caption1 className={styles.context} title={context} data-context="">
                              {`${s.contextAction}: ${context}`}
                            </Caption1>
                          )}
                          <Caption1 className={styles.where}>
                            {a1(f.cell)}
                            {f.suggestion ? ` · ${s.suggestionLabel}: ${f.suggestion[props.lang]}` : ""}
                          </Caption1>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
    </div>
  );
}
