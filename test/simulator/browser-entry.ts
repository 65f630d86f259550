/**
 * Browser test page entry: loads the workbook named by `?workbook=NAME.xlsx` from
 * `/fixtures/NAME.xlsx` (an empty workbook without it), starts the simulator and puts it where the
 * pane expects Excel: `window.Excel`, `window.__sim` for the browser tests, and `window.__simReady`,
 * a promise the pane awaits (src/excel/env.ts waitForHost) before its first call.
 *
 * The page loads the real Office.js first (the local copy in office-js/). Outside Office it resolves
 * Office.onReady with host null and defines no `Excel`: the simulator supplies only `Excel`, and
 * leaves `Office` to Office.js. The pane's language is then the browser's (the tests set the
 * browser's locale), as for any page with Office.js outside Office.
 */
import * as ExcelJS from "exceljs";
import { createSimulator, type Simulator } from "./index";

interface SimWindow {
  Excel?: unknown;
  __sim?: Simulator & { ready: true };
  __simReady?: Promise<void>;
  __simError?: string;
}

const w = window as unknown as SimWindow;
const params = new URLSearchParams(window.location.search);
const name = params.get("workbook");

async function start(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (name) {
    const res = await fetch(`/fixtures/${encodeURIComponent(name)}`);
    if (!res.ok) throw new Error(`Fixture ${name}: HTTP ${res.status}`);
    await wb.xlsx.load(await res.arrayBuffer());
  } else {
    wb.addWorksheet("Taul1");
  }
  const sim = createSimulator(wb);
  w.Excel = sim.Excel;
  w.__sim = Object.assign(sim, { ready: true as const });
}

w.__simReady = start().catch((e: unknown) => {
  w.__simError = e instanceof Error ? e.message : String(e);
  throw e;
});
