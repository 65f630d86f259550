/**
 * The state of the view "Yhteenveto": the workbooks picked from disk, the expected departments, the
 * last summary (a preview, or the one written) and how far reading has come (workbook N of M).
 * The open workbook's report sheets are always sources; picked files are read in the browser
 * (pickedFiles.ts, the file reader loaded only when first used).
 *
 * "Yhdistä työkirjat" merges the picked workbooks (the use case src/app/merge.ts, its package code
 * src/xlsx/mergeKit.ts loaded with `import()` only then) and opens the result as a new workbook
 * (`openWorkbook`: Excel.createWorkbook); the view then lists what was merged, the conflicts, what
 * was left out and what changed in copying (viewModel.ts mergeOutcome). Each file's reading, checking
 * and assessing runs in the pane's worker when it has one, as the summary's; opening the packages,
 * their snapshots and the copying run on the pane's thread, between steps that let it answer.
 */
import { useCallback, useRef, useState } from "react";
import type { SummaryOptions, SummaryResult } from "../app";
import { pickedSource, readPicked, type PickedFile } from "./pickedFiles";
import type { Pane } from "./usePane";
import { mergeOutcome, type MergeOutcome } from "./viewModel";

/** The merged workbook's name as it opens in Excel (the person saves it under their own). */
export const MERGED_NAME = "Yhdistetty.xlsx";

export interface SummaryProgress {
  /** The workbook read now, from 1. */
  n: number;
  total: number;
  /** The workbook's file name; null for the open workbook. */
  name: string | null;
}

export interface SummaryViewState {
  /** The last summary (null before the first), and the sheets it was written to (null: not written). */
  result: SummaryResult | null;
  written: string[] | null;
  files: readonly PickedFile[];
  progress: SummaryProgress | null;
  /** The expected departments as typed, one per line. */
  expected: string;
  setExpected(text: string): void;
  /** Summarises without writing: the sources, their counts and the conflicts. */
  preview(): Promise<void>;
  /** "Luo yhteenveto": summarises and writes the three sheets into the workbook. */
  create(): Promise<void>;
  /** "Lisää työkirjoja…": adds the picked files (a file of the same name is replaced), then previews. */
  addFiles(files: ArrayLike<File>): Promise<void>;
  removeFile(name: string): Promise<void>;
  /** The last merge's outcome (null before the first, and again after the picked files change). */
  merged: MergeOutcome | null;
  /** "Yhdistä työkirjat": the picked workbooks merged and opened as a new workbook. */
  merge(): Promise<void>;
}

/** The departments of the expected list: one per line (or separated by semicolons), blanks left out. */
export function expectedList(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((d) => d.trim())
    .filter((d) => d !== "");
}

export function useSummaryView(pane: Pane): SummaryViewState {
  const { run, s } = pane;
  const [result, setResult] = useState<SummaryResult | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [progress, setProgress] = useState<SummaryProgress | null>(null);
  const [expected, setExpected] = useState("");
  const [merged, setMerged] = useState<MergeOutcome | null>(null);
  // The latest list, for a command started right after a change (state updates land later).
  const latest = useRef<readonly PickedFile[]>(files);

  const options = useCallback(
    (picked: readonly PickedFile[]): SummaryOptions => ({
      workbook: true,
      files: picked.map(pickedSource),
      expected: expectedList(expected),
      onFile: (n, total, name) => setProgress({ n, total, name }),
    }),
    [expected],
  );

  const summariseWith = useCallback(
    async (picked: readonly PickedFile[]) => {
      const r = await run("summarise", (a) => a.summarise(options(picked)));
      setProgress(null);
      if (!r) return;
      setResult(r);
      setWritten(null);
    },
    [run, options],
  );

  const preview = useCallback(() => summariseWith(latest.current), [summariseWith]);

  const create = useCallback(async () => {
    const r = await run(
      "writeSummary",
      (a) => a.writeSummary(pane.lang, options(latest.current)),
      (w) => s.summaryWritten(w.sheets),
    );
    setProgress(null);
    if (!r) return;
    setResult(r);
    setWritten(r.sheets);
  }, [run, options, pane.lang, s]);

  const addFiles = useCallback(
    async (list: ArrayLike<File>) => {
      const picked = await readPicked(list);
      if (picked.length === 0) return;
      const names = new Set(picked.map((f) => f.name));
      const next = [...latest.current.filter((f) => !names.has(f.name)), ...picked];
      latest.current = next;
      setFiles(next);
      setMerged(null);
      await summariseWith(next);
    },
    [summariseWith],
  );

  const merge = useCallback(async () => {
    const picked = latest.current;
    if (picked.length === 0) return;
    setMerged(null);
    await run(
      "merge",
      async (a) => {
        const xlsx = await import(/* webpackChunkName: "xlsx" */ "../xlsx/mergeKit");
        const r = await a.merge({
          files: picked.map((f) => ({ name: f.name, bytes: () => f.bytes })),
          xlsx: xlsx.mergeXlsx(),
          lang: pane.lang,
          name: MERGED_NAME,
          expected: expectedList(expected),
          bytes: true,
          onFile: (n, total, name) => setProgress({ n, total, name }),
        });
        // Shown even if Excel then cannot open the workbook: what was merged is known.
        const outcome = mergeOutcome(r.plan, r.notes);
        setMerged(outcome);
        setProgress(null);
        await a.openWorkbook(r.bytes as Uint8Array, "openMerged");
        return outcome;
      },
      (m) => s.mergeOpened(m.sheets.length),
    );
    setProgress(null);
  }, [run, pane.lang, expected, s]);

  const removeFile = useCallback(
    async (name: string) => {
      const next = latest.current.filter((f) => f.name !== name);
      latest.current = next;
      setFiles(next);
      setMerged(null);
      await summariseWith(next);
    },
    [summariseWith],
  );

  return {
    result,
    written,
    files,
    progress,
    expected,
    setExpected,
    preview,
    create,
    addFiles,
    removeFile,
    merged,
    merge,
  };
}
