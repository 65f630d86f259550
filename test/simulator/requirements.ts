/**
 * Node-only (jest): which Excel JavaScript API requirement set each member the code under test
 * touches needs, read from the typings of @types/office-js ("[Api set: ExcelApi 1.7]" on every
 * member), and a recorder that notes every member of the simulator's API classes a piece of code
 * uses. Together they check that the add-in stays within the requirement set its manifest asks for.
 */
import * as fs from "fs";
import * as api from "./api";

/** "Range.hyperlink" → "ExcelApi 1.7"; "Excel.createWorkbook" → "ExcelApi 1.8". */
export function excelApiSets(): Map<string, string> {
  const file = require.resolve("@types/office-js/index.d.ts");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const out = new Map<string, string>();
  let inExcel = false;
  let owner: string | null = null;
  let lastSet: string | null = null;
  for (const line of lines) {
    if (/^declare namespace Excel \{/.test(line)) inExcel = true;
    else if (/^declare namespace /.test(line)) inExcel = false;
    if (!inExcel) continue;
    const set = /\[Api set: (ExcelApi(?:Online)? \d+\.\d+)/.exec(line);
    if (set) lastSet = set[1];
    const cls = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (cls) {
      owner = cls[1];
      lastSet = null;
      continue;
    }
    if (/^ {4}function (\w+)/.test(line) && lastSet) {
      out.set(`Excel.${/^ {4}function (\w+)/.exec(line)?.[1]}`, lastSet);
      lastSet = null;
      continue;
    }
    if (/^ {4}\}/.test(line)) owner = null;
    const member = /^ {8}(?:readonly )?(\w+)\??[(:]/.exec(line);
    if (owner && member && lastSet) {
      const key = `${owner}.${member[1]}`;
      if (!out.has(key)) out.set(key, lastSet);
      lastSet = null;
    }
  }
  return out;
}

/** Office.js's names of the simulator's classes where they differ. */
const OFFICE_NAMES: Record<string, string> = { FreezePanes: "WorksheetFreezePanes" };

/** Members every proxy has (ClientObject's), not part of any requirement set. */
const COMMON = new Set(["constructor", "load", "toJSON", "context", "isNullObject", "items", "set"]);

/**
 * Wraps every method, getter and setter of the simulator's API classes to note "Class.member" when
 * called; `stop()` puts them back and returns what was used.
 */
export function recordApiUse(): { stop: () => Set<string> } {
  const used = new Set<string>();
  const undo: (() => void)[] = [];
  for (const value of Object.values(api)) {
    // The request context is OfficeExtension's, not Excel's: sync has no requirement set of its own.
    if (typeof value !== "function" || !value.prototype || value === api.RequestContext) continue;
    const proto = value.prototype as Record<string, unknown>;
    const office = OFFICE_NAMES[value.name] ?? value.name;
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name.startsWith("_") || COMMON.has(name)) continue;
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d) continue;
      const note = () => used.add(`${office}.${name}`);
      const wrapped: PropertyDescriptor = { ...d };
      if (typeof d.value === "function") {
        const f = d.value as (...a: unknown[]) => unknown;
        wrapped.value = function (this: unknown, ...a: unknown[]) {
          note();
          return f.apply(this, a);
        };
      }
      if (d.get) {
        const g = d.get;
        wrapped.get = function (this: unknown) {
          note();
          return g.call(this);
        };
      }
      if (d.set) {
        const s = d.set;
        wrapped.set = function (this: unknown, v: unknown) {
          note();
          s.call(this, v);
        };
      }
      Object.defineProperty(proto, name, wrapped);
      undo.push(() => Object.defineProperty(proto, name, d));
    }
  }
  return {
    stop: () => {
      for (const u of undo) u();
      return used;
    },
  };
}

/** "ExcelApi 1.9" → 1.9 as a comparable number (minor versions are below 100). */
export function versionOf(set: string): number {
  const m = /(\d+)\.(\d+)$/.exec(set);
  return m ? Number(m[1]) * 100 + Number(m[2]) : Infinity;
}
