/**
 * `--departments FILE`: the city's list of departments for one run, standing in for the list kept in
 * each workbook's settings (src/app/departments.ts). The file is either text (one name per line,
 * `Alias = Name` lines, `#` comments, blank lines: src/read/department.ts) or a workbook whose sheet
 * of names has a name in each row's first cell and its other names beside it (the sheet named
 * "Toimialat" or "Departments" when there is one, else the first).
 *
 * A list that cannot be taken whole is refused with one sentence per line it cannot take: a run over
 * a list missing a line would warn about departments that the city did list.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../model/grid";
import type { Bilingual } from "../model/text";
import { departmentListText, isEmptyList, parseDepartmentList } from "../read";
import { loadXlsxFile, WorkbookReadError } from "../xlsx/snapshot";

export type LoadedList = { text: string } | { errors: Bilingual[] };

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const LIST_SHEET = /^(toimialat|toimialaluettelo|departments)$/i;

/** The rows of a sheet of names as the texts Excel shows. */
function rowsOf(grid: Grid): string[][] {
  return grid.cells.map((row) => (row ?? []).map((c) => c?.text ?? ""));
}

async function textOf(file: string): Promise<string | Bilingual> {
  const name = path.basename(file);
  if (WORKBOOK.test(file)) {
    try {
      const { snapshot } = await loadXlsxFile(file);
      const sheet = snapshot.sheets.find((g) => LIST_SHEET.test(g.sheet.trim())) ?? snapshot.sheets[0];
      return sheet ? departmentListText(rowsOf(sheet)) : "";
    } catch (e) {
      if (e instanceof WorkbookReadError) return { fi: e.fi, en: e.en };
      throw e;
    }
  }
  try {
    return (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return {
        fi: `Toimialaluetteloa "${name}" ei löydy.`,
        en: `The department list "${name}" was not found.`,
      };
    if (code === "EISDIR")
      return {
        fi: `"${name}" on kansio, ei toimialaluettelo.`,
        en: `"${name}" is a folder, not a department list.`,
      };
    return {
      fi: `Toimialaluetteloa "${name}" ei voitu lukea (${code ?? String(e)}).`,
      en: `The department list "${name}" could not be read (${code ?? String(e)}).`,
    };
  }
}

/** The list's text, as the workbook's setting would keep it; or why it cannot be used. */
export async function loadDepartmentList(file: string): Promise<LoadedList> {
  const text = await textOf(file);
  if (typeof text !== "string") return { errors: [text] };
  const { list, problems } = parseDepartmentList(text);
  if (problems.length > 0) return { errors: problems.map((p) => ({ fi: p.fi, en: p.en })) };
  if (isEmptyList(list))
    return {
      errors: [
        {
          fi: "Luettelossa ei ole yhtään toimialaa.",
          en: "The list names no department.",
        },
      ],
    };
  return { text };
}
