/**
 * "Pohja": the next period's selvitys templates. Period, year and department (proposed: the period
 * after the workbook's report), "Luo pohja" (into this workbook) and "Luo erillisinä työkirjoina" (one
 * new workbook per department). Plain data and callbacks; the state is useTemplateView.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { DocumentAdd20Regular, WindowNew20Regular } from "@fluentui/react-icons";
import type { Language } from "../../model";
import { PERIODS, periodInfo, type Period } from "../../model/period";
import type { Bilingual } from "../../model/text";
import { periodName, strings } from "../../i18n";
import type { TemplateChoice } from "../useTemplateView";

export interface TemplateViewProps {
  lang: Language;
  proposal: { period: Period; year: number } | null;
  choice: TemplateChoice;
  departments: (string | null)[];
  /** False while the year typed is not a year. */
  yearValid: boolean;
  refusal: Bilingual | null;
  busy: "template" | "workbooks" | null;
  disabled: boolean;
  onChoose(change: Partial<TemplateChoice>): void;
  onCreate(): void;
  onCreateWorkbooks(): void;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  period: { flexGrow: 2, flexBasis: "12em", minWidth: 0 },
  year: { flexGrow: 1, flexBasis: "5em", maxWidth: "8em", minWidth: 0 },
  // Fluent's Input and Select keep a minimum width of their own: let the field decide.
  fill: { width: "100%", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function TemplateView(props: TemplateViewProps) {
  const s = strings(props.lang);
  const styles = useStyles();
  const { choice, lang } = props;
  const named = props.departments.filter((d): d is string => d !== null);
  const proposed = props.proposal ? periodName(props.proposal.period, props.proposal.year, lang) : null;
  const off = props.disabled || !props.yearValid;
  return (
    <section aria-label={s.tabTemplate}>
      <Body1 as="p">{s.templateIntro}</Body1>
      <div className={styles.form}>
        {proposed && (
          <Caption1 as="p" className={styles.muted} data-proposal>
            {s.templateProposal(proposed)}
          </Caption1>
        )}
        <div className={styles.row}>
          <Field label={s.templatePeriod} className={styles.period}>
            <Select
              className={styles.fill}
              value={choice.period}
              disabled={props.disabled}
              onChange={(_, d) => props.onChoose({ period: d.value as Period })}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {periodInfo(p).name[lang]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={s.templateYear}
            className={styles.year}
            validationState={props.yearValid ? "none" : "error"}
            validationMessage={props.yearValid ? undefined : s.templateYearInvalid}
          >
            <Input
              className={styles.fill}
              value={choice.year}
              inputMode="numeric"
              maxLength={4}
              disabled={props.disabled}
              onChange={(_, d) => props.onChoose({ year: d.value })}
            />
          </Field>
        </div>
        {named.length > 1 && (
          <Field label={s.templateDepartment}>
            <Select
              value={choice.department}
              disabled={props.disabled}
              onChange={(_, d) => props.onChoose({ department: d.value })}
            >
              <option value="">{s.allDepartments}</option>
              {named.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {named.length === 1 && <Caption1 as="p">{`${s.templateDepartment}: ${named[0]}`}</Caption1>}
        {props.refusal && (
          <MessageBar intent="warning" aria-labelledby={undefined} aria-label={props.refusal[lang]}>
            <MessageBarBody>{props.refusal[lang]}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={<DocumentAdd20Regular />}
            disabled={off}
            onClick={props.onCreate}
          >
            {s.createTemplate}
          </Button>
          <Button icon={<WindowNew20Regular />} disabled={off} onClick={props.onCreateWorkbooks}>
            {s.createWorkbooks}
          </Button>
        </div>
        {props.busy === "template" && <Spinner size="small" label={s.creatingTemplate} />}
        {props.busy === "workbooks" && <Spinner size="small" label={s.creatingWorkbooks} />}
      </div>
    </section>
  );
}
