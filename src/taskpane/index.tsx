/**
 * src/taskpane: the React + Fluent UI task pane. Components (components/) get plain data and
 * callbacks, never Excel; the pane's shared state is usePane.ts, each view's state its own hook
 * (useReadView, useValidationView, useStatusView) over the use cases of src/app; viewModel.ts shapes
 * results for the views.
 *
 * Task pane entry: wait for Office.js (and the browser tests' simulator), pick the language (Office's
 * display language in Excel, the browser's outside Office) and render the pane. Inside Excel, or
 * outside Office with the simulator's Excel API, the pane works on the workbook; opened in a plain
 * browser it says that Toteuma runs in Excel. `?view=validate` / `?view=status` come from the ribbon
 * buttons "Tarkista raportti" and "Mittareiden tila".
 */
import { createRoot } from "react-dom/client";
import { canUseWorkbook, officeReady } from "../excel/env";
import { createOfficeHost } from "../excel/officeHost";
import { languageOf } from "../i18n";
import { connect } from "../app";
import { App, type ViewName } from "./components/App";
import { workerCore } from "../app/coreWorker";
import { paneHost, progressHub } from "./progress";
import { spawnCoreWorker } from "./spawnCoreWorker";

function initialView(search: string): ViewName {
  const view = new URLSearchParams(search).get("view");
  return view === "validate" || view === "status" ? view : "read";
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  let lang = languageOf(typeof navigator !== "undefined" ? navigator.language : "fi-FI");
  let excel = false;
  try {
    const env = await officeReady();
    lang = languageOf(env.displayLanguage);
    excel = canUseWorkbook(env);
  } catch {
    excel = false;
  }
  // The pane hears each command's progress (progress.ts); the pure core's long work runs in a web
  // worker (src/app/coreWorker.ts), or in slices on this thread where no worker starts.
  const hub = progressHub();
  const core = excel ? workerCore(spawnCoreWorker) : null;
  const actions = excel && core ? connect(paneHost(createOfficeHost(), hub, core)) : null;
  document.documentElement.lang = lang === "fi" ? "fi-FI" : "en-US";
  createRoot(container).render(
    <App
      lang={lang}
      initialView={initialView(window.location.search)}
      actions={actions}
      progress={hub}
      work={core ?? undefined}
    />,
  );
}

void start();
