/**
 * Browser test page entry: loads the workbook named by `?workbook=NAME.xlsx` from
 * `/fixtures/NAME.xlsx`, starts the simulator and puts it where the pane expects Excel:
 * `window.Excel` (and a minimal `window.Office` when Office.js is not loaded), `window.__sim` for
 * the browser tests, and `window.__simReady`, a promise the pane awaits (src/excel/env.ts
 * waitForHost) before its first call. `?lang=en-US` sets Office.context.displayLanguage.
 */
import * as ExcelJS from "exceljs";
import { createSimulator, type Simulator } from "./index";

interface SimWindow {
  Excel?: unknown;
  Office?: unknown;
  __sim?: Simulator & { ready: true };
  __simReady?: Promise<void>;
  __simError?: string;
}

const w = window as unknown as SimWindow;
const params = new URLSearchParams(window.location.search);
const name = params.get("workbook");
const lang = params.get("lang") ?? "fi-FI";

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

if (w.Office === undefined) {
  const office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: lang },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
  };
  w.Office = office;
}

w.__simReady = start().catch((e: unknown) => {
  w.__simError = e instanceof Error ? e.message : String(e);
  throw e;
});
