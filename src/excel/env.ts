/**
 * Start-up of the Office.js edge: where the pane runs, whether it can reach a workbook, and in which
 * language it speaks; and waiting for the test host (the simulator's `window.__simReady`) when the
 * pane runs in the browser test page.
 *
 * Three cases:
 *   - inside Excel: Office.onReady gives host "Excel" and Office.js defines `Excel`;
 *   - Office.js outside Office with the browser tests' simulator: host null, and the simulator has
 *     put its `Excel` (Excel.run over a workbook file) on the page;
 *   - Office.js outside Office on its own (the page opened in a plain browser): host null, no `Excel`.
 *     The pane then says it runs in Excel instead of failing.
 */

/** Resolves when a test host installed by the browser test page is ready; at once otherwise. */
export async function waitForHost(): Promise<void> {
  const ready = (globalThis as { __simReady?: Promise<unknown> }).__simReady;
  if (ready !== undefined) await ready;
}

export interface OfficeEnvironment {
  /** The Office host as Office.onReady names it ("Excel"); null outside Office or without Office.js. */
  host: string | null;
  /** True when the Excel JavaScript API (Excel.run) is on the page: in Excel, or the tests' simulator. */
  excelApi: boolean;
  /**
   * The language to speak: Office's display language inside an Office host, e.g. "fi-FI"; outside
   * Office (where Office.js knows no display language) the browser's, or "fi-FI" when it has none.
   */
  displayLanguage: string;
}

/** The browser's language, or Finnish when there is none. */
function browserLanguage(): string {
  const language = typeof navigator !== "undefined" ? navigator.language : undefined;
  return typeof language === "string" && language !== "" ? language : "fi-FI";
}

function hasExcelApi(): boolean {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return typeof excel === "object" && excel !== null && typeof excel.run === "function";
}

/** Waits for the test host and Office.onReady (when Office.js is loaded), then tells where we are. */
export async function officeReady(): Promise<OfficeEnvironment> {
  await waitForHost();
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== "function")
    return { host: null, excelApi: hasExcelApi(), displayLanguage: browserLanguage() };
  const info = await office.onReady();
  const host = info?.host ? String(info.host) : null;
  const displayLanguage = (host !== null && office.context?.displayLanguage) || browserLanguage();
  return { host, excelApi: hasExcelApi(), displayLanguage };
}

/**
 * True when the pane can work on a workbook: in Excel, or outside Office when a test host supplies the
 * Excel API. Never in another Office host (Word, Outlook), even though the manifest names only Excel.
 */
export function canUseWorkbook(env: OfficeEnvironment): boolean {
  return env.excelApi && (env.host === "Excel" || env.host === null);
}
