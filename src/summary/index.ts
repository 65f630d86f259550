/**
 * src/summary: the consolidation of many departments' reports into one picture for the city board
 * ("Yhteenveto"). Pure functions over plain data:
 *
 *   sourcesOf(file, link, report, findings, assessments)  each report sheet of a workbook as a source:
 *                                    only what the summary needs (source.ts), so that a consolidator's
 *                                    hundreds of files are read one at a time and let go
 *   summarise(files, sources, { expected })  departments × status, focus areas × status, the total
 *                                    and the conflicts (summarise.ts)
 *   nameKey, departmentKey           how names are compared across reports (keys.ts)
 *
 * The numbers are the ones `toteuma status` gives for each source (the summary counts the same
 * assessments, it never judges again); the check's errors and warnings are `toteuma validate`'s.
 * Conflicts (types.ts ConflictCode) are data: each has a stable code, a sentence in Finnish and
 * English, the files and, where it helps, the cells. Nothing is resolved silently: of two sources
 * for one department exactly one is counted, and the conflict says which and why. The sheets are
 * planned in src/edits/summary.ts; the use case is src/app/summarise.ts.
 */
export * from "./types";
export { departmentKey, departmentName, nameKey } from "./keys";
export { isReportSheet, sourceOf, sourcesOf } from "./source";
export {
  planMerge,
  readBackNotes,
  type ReadBack,
  SHEET_NAME_MAX,
  validSheetName,
  type CopyNote,
  type FileSheet,
  type LeftOut,
  type MergedSheet,
  type MergePlan,
  type MergePlanOptions,
} from "./merge";
export { periodPhrase, STATUS_COLUMNS, summarise, type SummariseOptions } from "./summarise";
