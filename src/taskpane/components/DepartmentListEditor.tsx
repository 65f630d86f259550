/**
 * "Toimialaluettelo": the city's own list of departments, one name per line, with `Alias = Name`
 * lines and `#` comments, kept in the workbook's settings. A disclosure under the check's buttons:
 * opening it reads the kept list; the text is checked as it is typed (how many departments and other
 * names, or the lines that cannot be taken, one sentence each), and saved as a whole.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular, Save20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useState } from "react";
import type { Language } from "../../model";
import { strings } from "../../i18n";
import { isEmptyList, parseDepartmentList } from "../../read";

const useStyles = makeStyles({
  root: { margin: `${tokens.spacingVerticalS} 0` },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { color: tokens.colorNeutralForeground3 },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface DepartmentListEditorProps {
  lang: Language;
  /** The text kept in the workbook ("" for none); null until loaded. */
  saved: string | null;
  /** What runs for the list, if anything. */
  busy: "load" | "save" | null;
  /** True while any command of the pane runs: every button waits. */
  disabled: boolean;
  /** Reads the kept list (when the editor is first opened). */
  onLoad: () => void;
  onSave: (text: string) => void;
}

export function DepartmentListEditor(props: DepartmentListEditorProps) {
  const s = strings(props.lang);
  const styles = useStyles();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  // A newly kept text replaces the draft it came from.
  useEffect(() => setDraft(null), [props.saved]);
  const text = draft ?? props.saved ?? "";
  const { list, problems } = parseDepartmentList(text);
  const changed = props.saved !== null && text !== props.saved;
  const { onLoad } = props;
  const toggle = () => {
    if (!open && props.saved === null) onLoad();
    setOpen(!open);
  };
  const Chevron = open ? ChevronDown20Regular : ChevronRight20Regular;
  return (
    <div className={styles.root} data-department-list="">
      <Button
        appearance="subtle"
        icon={<Chevron />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {s.departmentsToggle}
      </Button>
      {open && (
        <section id={panelId} className={styles.panel} aria-label={s.departmentsToggle}>
          <Caption1 className={styles.intro}>{s.departmentsIntro}</Caption1>
          {props.busy === "load" || props.saved === null ? (
            <Spinner size="small" label={s.departmentsLoading} />
          ) : (
            <>
              <Field
                label={s.departmentsLabel}
                validationState={problems.length > 0 ? "error" : "none"}
                validationMessage={
                  problems.length > 0 ? (
                    <>
                      {s.departmentsProblems}
                      <ul className={styles.problems}>
                        {problems.map((p) => (
                          <li key={p.line}>{p[props.lang]}</li>
                        ))}
                      </ul>
                    </>
                  ) : undefined
                }
              >
                <Textarea
                  className={styles.textarea}
                  resize="vertical"
                  rows={8}
                  value={text}
                  onChange={(_, d) => setDraft(d.value)}
                  disabled={props.disabled}
                  spellCheck={false}
                />
              </Field>
              <Body1 aria-live="polite" data-department-count="">
                {isEmptyList(list)
                  ? s.departmentsNone
                  : s.departmentsCount(list.names.length, list.aliases.length)}{" "}
                {changed ? s.departmentsUnsaved : props.saved !== "" ? s.departmentsSaved : ""}
              </Body1>
              <div className={styles.bar}>
                <Button
                  appearance="primary"
                  icon={<Save20Regular />}
                  disabled={props.disabled || !changed || problems.length > 0}
                  onClick={() => props.onSave(text)}
                >
                  {s.departmentsSave}
                </Button>
                {changed && (
                  <Button disabled={props.disabled} onClick={() => setDraft(null)}>
                    {s.departmentsRevert}
                  </Button>
                )}
              </div>
              {props.busy === "save" && <Spinner size="small" label={s.departmentsSaving} />}
            </>
          )}
        </section>
      )}
    </div>
  );
}
