/**
 * Task pane entry: wait for Office (or the browser tests' simulator), pick the language from Office's
 * display language, and render the pane. `?view=validate` / `?view=status` come from the ribbon
 * buttons "Tarkista raportti" and "Väritä tila".
 */
import { createRoot } from "react-dom/client";
import { officeReady } from "../excel/env";
import { createOfficeHost } from "../excel/officeHost";
import { languageOf } from "../i18n";
import { App, type ViewName } from "./components/App";
import { PaneController } from "./controller";
import { core } from "./core";

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
    // The simulator of the browser tests provides `Excel` the same way Office.js does in Excel.
    excel = env.inExcel && typeof Excel !== "undefined" && typeof Excel.run === "function";
  } catch {
    excel = false;
  }
  const actions = excel ? new PaneController(createOfficeHost(), core) : null;
  document.documentElement.lang = lang === "fi" ? "fi-FI" : "en-US";
  createRoot(container).render(
    <App lang={lang} initialView={initialView(window.location.search)} actions={actions} />,
  );
}

void start();
