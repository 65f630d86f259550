/**
 * The task pane: header, three views (Luettu, Tarkistus, Tila), one message line for errors and
 * confirmations. It holds state and calls `actions` (the controller); the views get plain data.
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
import type { Assessment, CellRef, Finding, Language, WorkbookReport } from "../../model";
import type { FindingSummary } from "../../validate/summary";
import { strings } from "../../i18n";
import { describeError, type StatusResult, type ValidationResult } from "../controller";
import { ReadView } from "./ReadView";
import { StatusView } from "./StatusView";
import { ValidationView } from "./ValidationView";
import { VersionFooter } from "./VersionFooter";

export type ViewName = "read" | "validate" | "status";

/** What the pane can ask for; PaneController implements it. */
export interface PaneActions {
  read(): Promise<WorkbookReport>;
  validate(): Promise<ValidationResult>;
  assess(): Promise<StatusResult>;
  colour(): Promise<StatusResult>;
  clear(): Promise<void>;
  writeFindings(lang: Language): Promise<ValidationResult>;
  select(ref: CellRef): Promise<void>;
}

export interface AppProps {
  lang: Language;
  initialView: ViewName;
  /** null when the pane runs outside Excel: it says so instead of failing. */
  actions: PaneActions | null;
}

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
});

type Message = { intent: "error" | "success"; text: string; detail: string | null };
type Busy = "read" | "validate" | "write" | "assess" | "colour" | "clear" | null;

export function App(props: AppProps) {
  const { lang, actions } = props;
  const s = strings(lang);
  const styles = useStyles();
  const [view, setView] = useState<ViewName>(props.initialView);
  const [report, setReport] = useState<WorkbookReport | null>(null);
  const [findings, setFindings] = useState<{ findings: Finding[]; summary: FindingSummary } | null>(null);
  const [assessments, setAssessments] = useState<Assessment[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const run = useCallback(
    async <T,>(what: Exclude<Busy, null>, job: () => Promise<T>, done?: (r: T) => string | null) => {
      setBusy(what);
      setMessage(null);
      try {
        const result = await job();
        const note = done ? done(result) : null;
        if (note) setMessage({ intent: "success", text: note, detail: null });
        return result;
      } catch (e) {
        const { message: text, detail } = describeError(e, s);
        setMessage({ intent: "error", text, detail });
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [s],
  );

  const doRead = useCallback(async () => {
    if (!actions) return;
    const r = await run("read", () => actions.read());
    if (r) setReport(r);
  }, [actions, run]);

  const doValidate = useCallback(async () => {
    if (!actions) return;
    const r = await run("validate", () => actions.validate());
    if (r) {
      setReport(r.report);
      setFindings({ findings: r.findings, summary: r.summary });
    }
  }, [actions, run]);

  const doAssess = useCallback(async () => {
    if (!actions) return;
    const r = await run("assess", () => actions.assess());
    if (r) {
      setReport(r.report);
      setAssessments(r.assessments);
    }
  }, [actions, run]);

  const doColour = useCallback(async () => {
    if (!actions) return;
    const r = await run(
      "colour",
      () => actions.colour(),
      (x) => s.coloured(x.assessments.length),
    );
    if (r) {
      setReport(r.report);
      setAssessments(r.assessments);
    }
  }, [actions, run, s]);

  const doClear = useCallback(async () => {
    if (!actions) return;
    await run(
      "clear",
      () => actions.clear(),
      () => s.cleared,
    );
  }, [actions, run, s]);

  const doWrite = useCallback(async () => {
    if (!actions) return;
    const r = await run(
      "write",
      () => actions.writeFindings(lang),
      () => s.findingsWritten,
    );
    if (r) {
      setReport(r.report);
      setFindings({ findings: r.findings, summary: r.summary });
    }
  }, [actions, run, s, lang]);

  const select = useCallback(
    (ref: CellRef) => {
      if (!actions) return;
      actions.select(ref).catch((e: unknown) => {
        const { message: text, detail } = describeError(e, s);
        setMessage({ intent: "error", text, detail });
      });
    },
    [actions, s],
  );

  // First run: the ribbon's "Tarkista raportti" opens the pane on the check and runs it (one click);
  // "Väritä tila" opens it on the status view; otherwise show what was read.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (props.initialView === "validate") void doValidate();
    else if (props.initialView === "status") void doAssess();
    else void doRead();
  }, [props.initialView, doRead, doValidate, doAssess]);

  const onTab = (next: ViewName) => {
    setView(next);
    if (next === "status" && assessments === null && busy === null) void doAssess();
    if (next === "read" && report === null && busy === null) void doRead();
  };

  const refresh = () => {
    if (view === "validate") void doValidate();
    else if (view === "status") void doAssess();
    else void doRead();
  };

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
              onClick={refresh}
              disabled={busy !== null}
            />
          )}
        </header>
        {!actions ? (
          // Outside Excel there is no workbook: say so, and offer nothing that could not work.
          <main className={styles.main}>
            <MessageBar intent="info" className={styles.message}>
              <MessageBarBody>{s.notInExcel}</MessageBarBody>
            </MessageBar>
          </main>
        ) : (
          <>
            <TabList
              className={styles.tabs}
              selectedValue={view}
              onTabSelect={(_, d) => onTab(d.value as ViewName)}
              aria-label={s.tabsLabel}
            >
              <Tab value="read">{s.tabRead}</Tab>
              <Tab value="validate">{s.tabValidate}</Tab>
              <Tab value="status">{s.tabStatus}</Tab>
            </TabList>
            <main
              className={styles.main}
              role="tabpanel"
              aria-label={view === "read" ? s.tabRead : view === "validate" ? s.tabValidate : s.tabStatus}
            >
              {message && (
                <MessageBar
                  intent={message.intent}
                  className={styles.message}
                  role={message.intent === "error" ? "alert" : "status"}
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
                        onClick={() => setMessage(null)}
                      />
                    }
                  />
                </MessageBar>
              )}
              {view === "read" && (
                <>
                  {busy === "read" && <Spinner size="small" label={s.loadingWorkbook} />}
                  {report && busy !== "read" && (
                    <ReadView report={report} lang={lang} onSelect={select} disabled={busy !== null} />
                  )}
                </>
              )}
              {view === "validate" && (
                <ValidationView
                  lang={lang}
                  findings={findings?.findings ?? null}
                  countLine={findings ? findings.summary.line[lang] : null}
                  sheetOrder={report?.sheets.map((r) => r.sheet) ?? []}
                  report={report}
                  running={busy === "validate"}
                  disabled={busy !== null}
                  writing={busy === "write"}
                  onRun={() => void doValidate()}
                  onWriteSheet={() => void doWrite()}
                  onSelect={select}
                />
              )}
              {view === "status" && (
                <StatusView
                  lang={lang}
                  report={report}
                  assessments={assessments}
                  busy={busy === "assess" || busy === "colour" || busy === "clear" ? busy : null}
                  disabled={busy !== null}
                  onColour={() => void doColour()}
                  onClear={() => void doClear()}
                  onSelect={select}
                />
              )}
            </main>
          </>
        )}
        <VersionFooter lang={lang} />
      </div>
    </FluentProvider>
  );
}
