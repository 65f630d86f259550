/**
 * Start-up of the Office.js edge: whether the pane runs inside Excel and in which language, and
 * waiting for the test host (the simulator's `window.__simReady`) when the pane runs in the
 * browser test page.
 */

/** Resolves when a test host installed by the browser test page is ready; at once otherwise. */
export async function waitForHost(): Promise<void> {
  const ready = (globalThis as { __simReady?: Promise<unknown> }).__simReady;
  if (ready !== undefined) await ready;
}

export interface OfficeEnvironment {
  /** True when Office.js reports Excel as the host. */
  inExcel: boolean;
  /** Office's display language, e.g. "fi-FI"; navigator.language (or "fi-FI") outside Office. */
  displayLanguage: string;
}

/** Waits for Office.onReady (when Office.js is loaded) and the test host, then tells where we are. */
export async function officeReady(): Promise<OfficeEnvironment> {
  await waitForHost();
  const office = (globalThis as { Office?: typeof Office }).Office;
  const fallback =
    (typeof navigator !== "undefined" && typeof navigator.language === "string" && navigator.language) ||
    "fi-FI";
  if (office === undefined || typeof office.onReady !== "function")
    return { inExcel: false, displayLanguage: fallback };
  const info = await office.onReady();
  const inExcel = String(info?.host ?? "") === "Excel";
  const displayLanguage = office.context?.displayLanguage || fallback;
  return { inExcel, displayLanguage };
}
