/**
 * What the pane's views share: the actions (the use cases of src/app over the workbook; null outside
 * Excel), which command runs (one at a time: every button waits meanwhile), and the one message line
 * for errors and confirmations. Each view's own state lives in its hook (useReadView,
 * useValidationView, useStatusView, useSummaryView, useDepartmentList).
 */
import { useCallback, useState } from "react";
import type { AppActions } from "../app";
import { isCancelled } from "../app/core";
import { describeError } from "../app/errors";
import type { CellRef, Language, WorkbookReport } from "../model";
import { strings, type Strings } from "../i18n";

/** The command that runs, named for the spinner it shows. */
export type Busy =
  | "read"
  | "validate"
  | "write"
  | "assess"
  | "colour"
  | "clear"
  | "summarise"
  | "writeSummary"
  | "template"
  | "workbooks"
  | "merge"
  | "loadDepartments"
  | "saveDepartments";

export interface Message {
  intent: "error" | "success";
  text: string;
  detail: string | null;
}

export interface Pane {
  lang: Language;
  s: Strings;
  actions: AppActions | null;
  busy: Busy | null;
  message: Message | null;
  dismiss(): void;
  /**
   * Runs a command as `what`: busy meanwhile, a failure becomes the message (one sentence), and
   * `done`'s note a success message. Resolves to the result, or undefined when it failed or there
   * is no workbook.
   */
  run<T>(
    what: Busy,
    job: (actions: AppActions) => Promise<T>,
    done?: (r: T) => string | null,
  ): Promise<T | undefined>;
  /** Selects a cell in the workbook; a failure becomes the message. */
  select(ref: CellRef): void;
}

export function usePane(lang: Language, actions: AppActions | null): Pane {
  const s = strings(lang);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const fail = useCallback(
    (e: unknown) => {
      const { message: text, detail } = describeError(e, s);
      setMessage({ intent: "error", text, detail });
    },
    [s],
  );

  const run = useCallback(
    async <T>(what: Busy, job: (a: AppActions) => Promise<T>, done?: (r: T) => string | null) => {
      if (!actions) return undefined;
      setBusy(what);
      setMessage(null);
      try {
        const result = await job(actions);
        const note = done ? done(result) : null;
        if (note) setMessage({ intent: "success", text: note, detail: null });
        return result;
      } catch (e) {
        // Work given up for a newer command or a closing pane is no failure to tell (src/app/core.ts).
        if (!isCancelled(e)) fail(e);
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [actions, fail],
  );

  const select = useCallback(
    (ref: CellRef) => {
      if (actions) actions.select(ref).catch(fail);
    },
    [actions, fail],
  );

  const dismiss = useCallback(() => setMessage(null), []);
  return { lang, s, actions, busy, message, dismiss, run, select };
}

/**
 * A view's last result, and a way to run the commands that give it: a result replaces the last one
 * and its report is handed on (`seen`, to the view "Luettu"); a failed command leaves both as they were.
 */
export function useLatest<R extends { report: WorkbookReport }>(
  pane: Pane,
  seen: (report: WorkbookReport) => void,
): [
  R | null,
  (what: Busy, job: (a: AppActions) => Promise<R>, done?: (r: R) => string | null) => Promise<void>,
] {
  const [latest, setLatest] = useState<R | null>(null);
  const { run } = pane;
  const runInto = useCallback(
    async (what: Busy, job: (a: AppActions) => Promise<R>, done?: (r: R) => string | null) => {
      const r = await run(what, job, done);
      if (!r) return;
      seen(r.report);
      setLatest(r);
    },
    [run, seen],
  );
  return [latest, runInto];
}
