/**
 * Use case "merge" (Yhdistä työkirjat; `toteuma merge`): the departments' report sheets into one new
 * workbook for the city board, each as its department wrote it, after a first sheet "Sisällys".
 *
 * Each file's bytes are opened once: the package it gives is snapshotted and read exactly as the
 * summary reads its files (summarise.ts: the same sources, the same conflicts in the same words; in
 * the pane's worker when it has one), and kept to copy from. The plan (src/summary/merge.ts) orders
 * and names the sheets; the copying (src/xlsx/merge.ts), given by the edge as `MergeXlsx` so that this
 * layer stays free of file formats (the pane loads it with `import()` only when it merges); the
 * contents sheet (src/edits/merge.ts) names the sheets, the conflicts, what was left out and what
 * copying changed. The merged workbook is read back as Toteuma reads it, and a sheet that reads
 * otherwise than its source is named too (readBackNotes).
 *
 * The result is plain data (the plan and the notes) and the merged workbook: the command line writes
 * it to a file, the pane takes its bytes and opens them as a new workbook (`openWorkbook`).
 */
import type { Edit } from "../edits/types";
import { CONTENTS_SHEET, planContentsSheet } from "../edits/merge";
import type { WorkbookSnapshot } from "../model/grid";
import type { Language } from "../model/text";
import {
  planMerge,
  readBackNotes,
  type CopyNote,
  type FileSheet,
  type MergePlan,
  type Summary,
} from "../summary";
import { departmentListOf } from "./departments";
import { job } from "./job";
import type { HostPort } from "./port";
import { gatherSummary, type SummaryFile } from "./summarise";

/**
 * What the merge needs of an .xlsx package, over the edge's own workbook type `W` (src/xlsx
 * mergeXlsx gives it; the command line with Node's zlib, the pane with fflate).
 */
export interface MergeXlsx<W> {
  /** The bytes as a package; unreadable bytes throw the reader's own sentence (WorkbookReadError). */
  open(bytes: Uint8Array, name: string): W;
  snapshotOf(workbook: W, name: string): Promise<WorkbookSnapshot>;
  /** A custom document property "Toteuma.<key>" of the workbook (a status scale, a department list). */
  setting(workbook: W, key: string): string | null;
  /** The sheets the workbook lists (with their kind and state). */
  sheets(workbook: W): FileSheet[];
  newWorkbook(): W;
  applyEdits(workbook: W, edits: Edit[]): void;
  /** Copies the sheets into `target` in order, then writes its styles; what was not kept is a note. */
  copy(
    target: W,
    items: readonly { from: W; file: string; sheet: string; name: string }[],
  ): { copied: string[]; notes: CopyNote[] };
  /** The workbook as .xlsx bytes (refuses, with its sentence, what could not be kept). */
  bytes(workbook: W, name: string): Uint8Array;
}

/** A file to merge: its name as people know it and its bytes, read when its turn comes. */
export interface MergeFile {
  name: string;
  /** The bytes; a rejection is the file's sentence (not found, no access) and the others go on. */
  bytes(): Uint8Array | Promise<Uint8Array>;
}

export interface MergeOptions<W> {
  files: readonly MergeFile[];
  xlsx: MergeXlsx<W>;
  /** The language of the contents sheet's sentences. */
  lang: Language;
  /** The merged workbook's name (for its snapshot and its bytes). */
  name: string;
  /** Departments expected among the sources: each missing one is a conflict (as in the summary). */
  expected?: readonly string[];
  /** True: the result holds the merged workbook's .xlsx bytes too (the pane opens them). */
  bytes?: boolean;
  /** Told as each file's turn comes: `n` of `total` (from 1), by name. */
  onFile?(n: number, total: number, name: string): void;
}

export interface MergeResult<W> {
  /** The summary of the files, as `summarise` gives it (its files, sources and conflicts). */
  summary: Summary;
  /** The merged sheets, what was left out and why, the conflicts, every file read or not. */
  plan: MergePlan;
  /** What copying changed (a part left out, formulas kept as values) and what reads back otherwise. */
  notes: CopyNote[];
  /** The merged workbook: the contents sheet first, then the copies. */
  workbook: W;
  /** Its .xlsx bytes when asked (`bytes: true`), else null. */
  bytes: Uint8Array | null;
}

/**
 * Merges the files' report sheets into a new workbook. `port` is the host whose department list
 * (its setting, on the command line `--departments`) names and orders the departments.
 */
export async function merge<W>(port: HostPort, options: MergeOptions<W>): Promise<MergeResult<W>> {
  const { xlsx, lang } = options;
  // Each file read once: its package is kept for copying, its snapshot read as the summary reads it.
  const packages = new Map<string, W>();
  const files: SummaryFile[] = options.files.map((file) => ({
    name: file.name,
    async open(): Promise<HostPort> {
      const workbook = xlsx.open(await file.bytes(), file.name);
      const snapshot = await xlsx.snapshotOf(workbook, file.name);
      packages.set(file.name, workbook);
      const readOnly = () => Promise.reject(new Error(`"${file.name}" is only read for the merge.`));
      return {
        snapshot: async () => snapshot,
        apply: readOnly,
        select: readOnly,
        getSetting: async (key) => xlsx.setting(workbook, `Toteuma.${key}`),
        setSetting: readOnly,
      };
    },
  }));
  // The department list is asked for once (the summary's reading and the merge's order share it):
  // in Excel each look-up is a sync.
  const asked = new Map<string, Promise<string | null>>();
  const host: HostPort = Object.assign(Object.create(port) as HostPort, {
    getSetting(key: string): Promise<string | null> {
      let value = asked.get(key);
      if (!value) asked.set(key, (value = port.getSetting(key)));
      return value;
    },
  });
  // Steps: one per file, then copying, the copy's snapshot and reading, the contents sheet's final
  // text (and its bytes, when asked).
  const j = job(host, files.length + 4 + (options.bytes ? 1 : 0));
  const { summary } = await gatherSummary(j, {
    workbook: false,
    files,
    expected: options.expected,
    onFile: options.onFile ? (n, total, name) => options.onFile?.(n, total, name ?? "") : undefined,
  });
  // The city's list (the pane's workbook's; on the command line --departments): its order of
  // departments, and the names the merged workbook is read back with. One look-up, not one each.
  const list = await departmentListOf(host);
  const order = list?.names ?? [];

  const sheetsOf = new Map<string, FileSheet[]>();
  for (const f of summary.files) {
    const pkg = packages.get(f.file);
    if (!f.error && pkg !== undefined) sheetsOf.set(f.file, xlsx.sheets(pkg));
  }
  let plan = planMerge(summary, sheetsOf, { order, reserved: [CONTENTS_SHEET] });

  // The contents sheet first (so it is the first tab), the copies after it.
  const { target, notes } = await j.step("merge", () => {
    const target = xlsx.newWorkbook();
    xlsx.applyEdits(target, [planContentsSheet(plan, [], lang)]);
    const copied = xlsx.copy(
      target,
      plan.sheets.map(({ source, name }) => ({
        from: packages.get(source.file) as W,
        file: source.file,
        sheet: source.sheet,
        name,
      })),
    );
    if (copied.copied.length < plan.sheets.length) {
      const kept = new Set(copied.copied);
      plan = { ...plan, sheets: plan.sheets.filter((s) => kept.has(s.name)) };
    }
    return { target, notes: copied.notes };
  });
  packages.clear();

  // Read back as Toteuma reads it: a period, year or department that only the source's file name
  // gave is not on the sheet, and the contents sheet says so.
  const snapshot = await j.step("merge", () => xlsx.snapshotOf(target, options.name));
  const back = await j.sliced("read", { kind: "read", snapshot, departments: list });
  notes.push(...readBackNotes(plan, new Map(back.sheets.map((r) => [r.sheet, r]))));
  await j.step("merge", () => xlsx.applyEdits(target, [planContentsSheet(plan, notes, lang)]));
  const bytes = options.bytes ? await j.step("merge", () => xlsx.bytes(target, options.name)) : null;
  return { summary, plan, notes, workbook: target, bytes };
}
