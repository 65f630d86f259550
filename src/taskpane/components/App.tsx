/**
 * The task pane: header, five views (Luettu, Tarkistus, Tila, Yhteenveto, Pohja), one message line
 * for errors and confirmations. App keeps only what the views share (which view, which command runs,
 * the message: usePane); each view's state is its own hook (useReadView, useValidationView,
 * useStatusView, useSummaryView, useTemplateView, and useDepartmentList for the list editor in
 * Tarkistus) over the use cases of src/app. The views get plain data and callbacks.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, Dismiss20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AppActions } from "../../app";
import type { Language } from "../../model";
import { useDepartmentList } from "../useDepartmentList";
import { usePane } from "../usePane";
import { useReadView } from "../useReadView";
import { useStatusView } from "../useStatusView";
import { useSummaryView } from "../useSummaryView";
import { useTemplateView } from "../useTemplateView";
import { useValidationView } from "../useValidationView";
import type { ProgressSource } from "../progress";
import { DepartmentListEditor } from "./DepartmentListEditor";
import { ProgressLine } from "./ProgressLine";
import { ReadView } from "./ReadView";
import { StatusView } from "./StatusView";
import { SummaryView } from "./SummaryView";
import { TemplateView } from "./TemplateView";
import { ValidationView } from "./ValidationView";
import { VersionFooter } from "./VersionFooter";

export type ViewName = "read" | "validate" | "status" | "summary" | "template";

export interface AppProps {
  lang: Language;
  initialView: ViewName;
  /** The use cases over the workbook (src/app); null when the pane runs outside Excel: it says so instead of failing. */
  actions: AppActions | null;
  /** Where the host tells a command's progress (progress.ts): a progress bar shows while a command runs. */
  progress?: ProgressSource;
  /** The web worker running the pure core's work (src/app/coreWorker.ts): ended when the pane goes. */
  work?: { cancel(): void };
}

const TAB_ID: Record<ViewName, string> = {
  read: "toteuma-tab-read",
  validate: "toteuma-tab-validate",
  status: "toteuma-tab-status",
  summary: "toteuma-tab-summary",
  template: "toteuma-tab-template",
};
const PANEL_ID = "toteuma-tabpanel";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}`,
  },
  headText: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    flexGrow: 1,
    overflowY: "auto",
  },
  message: { marginBottom: tokens.spacingVerticalM },
  progress: { marginBottom: tokens.spacingVerticalM },
});

export function App(props: AppProps) {
  const { lang } = props;
  const styles = useStyles();
  const [view, setView] = useState<ViewName>(props.initialView);
  const pane = usePane(lang, props.actions);
  const { s, busy, message, actions } = pane;
  const readView = useReadView(pane);
  const validation = useValidationView(pane, readView.seen);
  const status = useStatusView(pane, readView.seen);
  // A saved department list changes what the check finds and how departments are named: the check
  // (whose view holds the list) runs again, and hands what it read to Luettu.
  const { check } = validation;
  const recheck = useCallback(() => void check(), [check]);
  const departments = useDepartmentList(pane, recheck);
  const summary = useSummaryView(pane);
  const report = readView.report;
  const template = useTemplateView(pane, report);

  // What "Lue uudelleen" and the first run do in each view.
  const refreshers: Record<ViewName, () => Promise<void>> = {
    read: readView.read,
    validate: validation.check,
    status: status.assess,
    summary: summary.preview,
    template: readView.read,
  };

  // First run: the ribbon's "Tarkista raportti" opens the pane on the check and runs it (one click);
  // "Mittareiden tila" opens it on the status view; otherwise show what was read.
  const started = useRef(false);
  const first = refreshers[props.initialView];
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void first();
  }, [first]);

  // The pane going away ends its worker and whatever work it runs; nothing waits for that work.
  const { work } = props;
  useEffect(() => () => work?.cancel(), [work]);

  // A view opened for the first time runs its command (Tila assesses, Yhteenveto previews…). Opened
  // while another command runs (the pane answers clicks meanwhile: the work is in its web worker), it
  // runs once that command has ended, if the view is still the one shown.
  const firstRun = (next: ViewName): (() => Promise<void>) | null => {
    if (next === "status") return status.result === null ? status.assess : null;
    if (next === "read" || next === "template") return report === null ? readView.read : null;
    if (next === "summary") return summary.result === null ? summary.preview : null;
    return null;
  };
  const deferred = useRef<ViewName | null>(null);
  const onTab = (next: ViewName) => {
    setView(next);
    const run = firstRun(next);
    deferred.current = run && busy !== null ? next : null;
    if (run && busy === null) void run();
  };
  const runDeferred = busy === null && deferred.current !== null ? firstRun(deferred.current) : null;
  const deferredView = deferred.current;
  useEffect(() => {
    if (deferredView === null || busy !== null) return;
    deferred.current = null;
    if (deferredView === view && runDeferred) void runDeferred();
  }, [busy, view, deferredView, runDeferred]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "fi" ? "fi-FI" : "en-US"}>
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.headText}>
            <Title3 as="h1">{s.appTitle}</Title3>
            <Caption1 className={styles.subtitle}>{s.appSubtitle}</Caption1>
          </div>
          {actions && (
            <Button
              appearance="subtle"
              icon={<ArrowClockwise20Regular />}
              aria-label={s.refreshLabel}
              title={s.refreshLabel}
              onClick={() => void refreshers[view]()}
              disabled={busy !== null}
            />
          )}
        </header>
        {!actions ? (
          // Outside Excel there is no workbook: say so, and offer nothing that could not work.
          <main className={styles.main}>
            {/* Without a MessageBarTitle, Fluent points aria-labelledby at an id that is not there: name it. */}
            <MessageBar
              intent="info"
              className={styles.message}
              aria-labelledby={undefined}
              aria-label={s.notInExcel}
            >
              <MessageBarBody>{s.notInExcel}</MessageBarBody>
            </MessageBar>
          </main>
        ) : (
          <>
            <TabList
              // Five views: small tabs keep them on one line in a 350 px pane, Finnish or English.
              size="small"
              className={styles.tabs}
              selectedValue={view}
              onTabSelect={(_, d) => onTab(d.value as ViewName)}
              aria-label={s.tabsLabel}
            >
              <Tab value="read" id={TAB_ID.read} aria-controls={PANEL_ID}>
                {s.tabRead}
              </Tab>
              <Tab value="validate" id={TAB_ID.validate} aria-controls={PANEL_ID}>
                {s.tabValidate}
              </Tab>
              <Tab value="status" id={TAB_ID.status} aria-controls={PANEL_ID}>
                {s.tabStatus}
              </Tab>
              <Tab value="summary" id={TAB_ID.summary} aria-controls={PANEL_ID}>
                {s.tabSummary}
              </Tab>
              <Tab value="template" id={TAB_ID.template} aria-controls={PANEL_ID}>
                {s.tabTemplate}
              </Tab>
            </TabList>
            <main className={styles.main}>
              {message && (
                <MessageBar
                  intent={message.intent}
                  className={styles.message}
                  role={message.intent === "error" ? "alert" : "status"}
                  // An error has its title; a confirmation has none, so it is named by its own sentence.
                  {...(message.intent === "error"
                    ? {}
                    : { "aria-labelledby": undefined, "aria-label": message.text })}
                >
                  <MessageBarBody>
                    {message.intent === "error" && <MessageBarTitle>{s.errorTitle}</MessageBarTitle>}
                    {message.text}
                    {message.detail && <Caption1 as="p">{`${s.errorDetail}: ${message.detail}`}</Caption1>}
                  </MessageBarBody>
                  <MessageBarActions
                    containerAction={
                      <Button
                        appearance="transparent"
                        aria-label={s.dismiss}
                        icon={<Dismiss20Regular />}
                        onClick={pane.dismiss}
                      />
                    }
                  />
                </MessageBar>
              )}
              {props.progress && (
                <div className={styles.progress}>
                  <ProgressLine s={s} source={props.progress} active={busy !== null} />
                </div>
              )}
              <div role="tabpanel" id={PANEL_ID} aria-labelledby={TAB_ID[view]}>
                {view === "read" && (
                  <>
                    {busy === "read" && <Spinner size="small" label={s.loadingWorkbook} />}
                    {report && busy !== "read" && (
                      <ReadView report={report} lang={lang} onSelect={pane.select} disabled={busy !== null} />
                    )}
                  </>
                )}
                {view === "validate" && (
                  <ValidationView
                    lang={lang}
                    findings={validation.result?.findings ?? null}
                    countLine={validation.result ? validation.result.summary.line[lang] : null}
                    sheetOrder={report?.sheets.map((r) => r.sheet) ?? []}
                    report={report}
                    running={busy === "validate"}
                    disabled={busy !== null}
                    writing={busy === "write"}
                    onRun={() => void validation.check()}
                    onWriteSheet={() => void validation.write()}
                    onSelect={pane.select}
                    settings={
                      <DepartmentListEditor
                        lang={lang}
                        saved={departments.saved}
                        busy={
                          busy === "loadDepartments" ? "load" : busy === "saveDepartments" ? "save" : null
                        }
                        disabled={busy !== null}
                        onLoad={() => void departments.load()}
                        onSave={(text) => void departments.save(text)}
                      />
                    }
                  />
                )}
                {view === "status" && (
                  <StatusView
                    lang={lang}
                    report={report}
                    assessments={status.result?.assessments ?? null}
                    scale={status.result?.scale ?? null}
                    onScale={(scale) => void status.chooseScale(scale)}
                    busy={busy === "assess" || busy === "colour" || busy === "clear" ? busy : null}
                    disabled={busy !== null}
                    onColour={() => void status.colour()}
                    onClear={() => void status.clear()}
                    onSelect={pane.select}
                  />
                )}
                {view === "summary" && (
                  <SummaryView
                    lang={lang}
                    summary={summary.result?.summary ?? null}
                    written={summary.written}
                    picked={summary.files.map((f) => f.name)}
                    progress={summary.progress}
                    busy={busy === "summarise" || busy === "writeSummary" || busy === "merge" ? busy : null}
                    disabled={busy !== null}
                    expected={summary.expected}
                    onExpected={summary.setExpected}
                    onAddFiles={(files) => void summary.addFiles(files)}
                    onRemoveFile={(name) => void summary.removeFile(name)}
                    onCreate={() => void summary.create()}
                    onSelect={pane.select}
                    merged={summary.merged}
                    onMerge={() => void summary.merge()}
                  />
                )}
                {view === "template" && busy === "read" && <Spinner size="small" label={s.loadingWorkbook} />}
                {view === "template" && template.choice && busy !== "read" && (
                  <TemplateView
                    lang={lang}
                    proposal={template.proposal}
                    choice={template.choice}
                    departments={template.departments}
                    yearValid={template.year !== null}
                    refusal={template.refusal}
                    busy={busy === "template" || busy === "workbooks" ? busy : null}
                    disabled={busy !== null}
                    onChoose={template.choose}
                    onCreate={() => void template.create()}
                    onCreateWorkbooks={() => void template.createWorkbooks()}
                  />
                )}
              </div>
            </main>
          </>
        )}
        <VersionFooter lang={lang} />
      </div>
    </FluentProvider>
  );
}
