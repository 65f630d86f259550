/**
 * Use cases "summarise" and "writeSummary" (Yhteenveto; `toteuma summary`): many departments'
 * reports as one picture for the city board.
 *
 * The sources are the report sheets of the host's own workbook (in the pane; `workbook: true`) and
 * of the files given, each opened only when its turn comes: it is snapshotted, read, checked and
 * assessed exactly as `check` and `status` do (on the status scale the workbook remembers), kept as the few rows the summary needs
 * (src/summary sourcesOf) and let go, so hundreds of files fit in memory. A file that cannot be read
 * is named with its sentence and the others are still summarised; a failure of the host's own
 * workbook stops the use case with its stage, as in every other use case.
 *
 * `writeSummary` then writes the three sheets (src/edits/summary.ts) into the host's workbook: in
 * the pane the open workbook, in the command line a new one.
 */
import type { DepartmentList } from "../model";
import type { WorkbookSnapshot } from "../model/grid";
import type { Bilingual, Language } from "../model/text";
import { planSummarySheets } from "../edits/summary";
import {
  sourcesOf,
  summarise as summariseSources,
  type SourceFile,
  type SourceLink,
  type SourceSheet,
  type Summary,
} from "../summary";
import { isCancelled } from "./core";
import { departmentListOf } from "./departments";
import { job, type Job } from "./job";
import type { HostPort } from "./port";
import { SNAPSHOT_SETTINGS } from "./read";
import { getScale } from "./scale";

/** A file to summarise: its name, where links to its cells go, and a host over it opened on demand. */
export interface SummaryFile {
  /** The file as people know it ("sivistys-2025-T2.xlsx"). */
  name: string;
  /** An address of the file relative to where the summary is saved, for links to its cells; none by default. */
  href?: string | null;
  /** A host over the file; called when the file's turn comes, and the host is let go after. */
  open(): HostPort | Promise<HostPort>;
}

export interface SummaryOptions {
  /** True: the host's own workbook's report sheets are sources too (the pane). */
  workbook: boolean;
  /** Further files, in the order they are named. */
  files?: readonly SummaryFile[];
  /** Departments expected among the sources: each missing one is a conflict. */
  expected?: readonly string[];
  /**
   * Told as each workbook's turn comes: `n` of `total` (from 1), by name; the host's own workbook
   * first, named null (before its snapshot, which may take the longest).
   */
  onFile?(n: number, total: number, name: string | null): void;
}

export interface SummaryResult {
  summary: Summary;
}

export interface WrittenSummary extends SummaryResult {
  /** The sheets written: Yhteenveto, Mittarit, Poikkeamat (or "Yhteenveto 2"… beside a person's own). */
  sheets: string[];
}

/** The name of the host's own workbook in the summary when the host does not know it. */
const THIS_WORKBOOK = "Tämä työkirja / This workbook";

/** One sentence for a file that could not be read: the reader's own, or the host's message. */
export function unreadable(error: unknown): Bilingual {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  for (const e of [cause, error]) {
    const b = e as Partial<Bilingual> | null;
    if (b && typeof b.fi === "string" && typeof b.en === "string") return { fi: b.fi, en: b.en };
  }
  const detail = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0].slice(0, 300);
  return {
    fi: `Tiedostoa ei voitu lukea (${detail}).`,
    en: `The file could not be read (${detail}).`,
  };
}

export interface Gathered {
  summary: Summary;
  /** The host's own snapshot, when its workbook was a source. */
  snapshot: WorkbookSnapshot | null;
}

/** The summary of the sources within a use case's job (`merge` reads its files so too). */
export async function gatherSummary(j: Job, options: SummaryOptions): Promise<Gathered> {
  const files = options.files ?? [];
  const total = files.length + (options.workbook ? 1 : 0);
  const sources: SourceSheet[] = [];
  const read: SourceFile[] = [];
  let snapshot: WorkbookSnapshot | null = null;
  // The city's department list: the one kept in the host's workbook (the pane's; on the command line
  // --departments). It names every source's department and, unless told otherwise, the departments
  // the summary expects. Without it each file is read with the list it keeps itself, if any.
  let list: DepartmentList | null = null;
  if (options.workbook) {
    options.onFile?.(1, total, null);
    const own = await j.step("snapshot", () => j.port.snapshot({ settings: SNAPSHOT_SETTINGS }));
    snapshot = own;
    list = await departmentListOf(j.port, own);
    const name = own.name ?? THIS_WORKBOOK;
    // In slices, as check and status read them: the pane answers meanwhile (job.ts).
    const report = await j.sliced("read", { kind: "read", snapshot: own, departments: list });
    const findings = await j.sliced("validate", { kind: "validate", report });
    // Each workbook on the scale it remembers, as `status` takes it.
    const scale = await getScale(j.port, own);
    const assessments = await j.sliced("assess", { kind: "assess", report, scale });
    sources.push(...sourcesOf(name, { kind: "workbook" }, report, findings, assessments));
  } else list = await departmentListOf(j.port);
  for (const [i, file] of files.entries()) {
    options.onFile?.(i + 1 + (options.workbook ? 1 : 0), total, file.name);
    // A file is one step: whatever goes wrong with it is its sentence, and the next file is read.
    const got = await j.step("read", async (): Promise<SourceSheet[] | Bilingual> => {
      try {
        const host = await file.open();
        const link: SourceLink | null = file.href ? { kind: "file", href: file.href } : null;
        const snapshot = await host.snapshot();
        const departments = list ?? (await departmentListOf(host));
        const scale = await getScale(host);
        // Read, checked and assessed as check and status do it (in the pane's worker when it has one).
        return await j.core("read", { kind: "sources", snapshot, name: file.name, link, scale, departments });
      } catch (e) {
        if (isCancelled(e)) throw e;
        return unreadable(e);
      }
    });
    if (Array.isArray(got)) {
      const noReport: Bilingual | null =
        got.length === 0
          ? {
              fi: `Tiedostossa "${file.name}" ei ole yhtään tavoiteraporttia (välilehteä, jolla on tavoiterakenne).`,
              en: `The file "${file.name}" holds no goal report (no sheet with a goal structure).`,
            }
          : null;
      read.push({ file: file.name, error: noReport });
      sources.push(...got);
    } else read.push({ file: file.name, error: got });
  }
  // Asked for by name (--expect, the pane's field), else the city's list.
  const expected = options.expected?.length ? options.expected : (list?.names ?? undefined);
  return { summary: summariseSources(read, sources, { expected }), snapshot };
}

/** The steps of a summary over this many files (and the host's workbook: snapshot, read, validate, assess). */
const stepsOf = (options: SummaryOptions) => (options.workbook ? 4 : 0) + (options.files?.length ?? 0);

/** The summary of the sources, without writing anything. */
export async function summarise(port: HostPort, options: SummaryOptions): Promise<SummaryResult> {
  const { summary } = await gatherSummary(job(port, stepsOf(options)), options);
  return { summary };
}

/** The summary of the sources, written as the sheets Yhteenveto, Mittarit and Poikkeamat into the host's workbook. */
export async function writeSummary(
  port: HostPort,
  lang: Language,
  options: SummaryOptions,
): Promise<WrittenSummary> {
  const j = job(port, stepsOf(options) + (options.workbook ? 1 : 2));
  const { summary, snapshot } = await gatherSummary(j, options);
  // The sheets' names come from the workbook they go into: a person's own "Yhteenveto" stays theirs.
  const target = snapshot ?? (await j.step("snapshot", () => port.snapshot()));
  const edits = planSummarySheets(summary, lang, target);
  await j.step("apply", () => port.apply(edits));
  return { summary, sheets: edits.flatMap((e) => (e.kind === "sheet" ? [e.spec.name] : [])) };
}
