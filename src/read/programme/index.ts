/**
 * The older programme layout (seed 003, `*-palveluohjelma-2018.xlsx`): numbered blocks of
 * "Pitkän aikavälin tavoite / Toiminnallinen tavoite 2018 / Toimenpide / Mittari / Vastuuhenkilö",
 * "Palvelulupaus / Vastuuhenkilö" pairs, and (usually on a sheet of its own) a list of the long-term
 * goals.
 *
 * - ./fields.ts: labels as people write them and what a row says (`matchField`, `looksLikeProgramme`);
 * - ./blocks.ts: the blocks, promises and continued text while the rows are read;
 * - ./long-term-goals.ts: lists of long-term goals (`readLongTermGoalList`);
 * - ./tree.ts: the blocks as the city's hierarchy (focus area = Pitkän aikavälin tavoite, goal =
 *   Toiminnallinen tavoite, commitment implied, action = Toimenpide, measure = Mittari);
 * - here: the row loop, title and department rows, and the sheet's metadata (../meta.ts).
 *
 * One pass over the rows, constant work per cell: linear in sheet size.
 */
import type { ProgrammeItem, Report, TextAt } from "../../model/report";
import { cleanText, labelKey, mostCommon } from "../../text";
import { ReadLog } from "../log";
import { departmentOf, isDepartmentName, isPageFooter, sheetYear } from "../meta";
import type { SheetView } from "../sheet";
import { appendText, Blocks } from "./blocks";
import { LABEL_COLUMNS, readRow } from "./fields";
import { isListHeading, listRowEntry } from "./long-term-goals";
import { buildTree } from "./tree";

export { looksLikeProgramme, matchField, type FieldMatch } from "./fields";
export { readLongTermGoalList } from "./long-term-goals";

export function readProgramme(view: SheetView, longTermGoals: TextAt[]): Report {
  const sheet = view.sheet;
  const at = (r: number, c: number) => view.at(r, c);
  const log = new ReadLog(sheet);
  const blocks = new Blocks();
  /** Years of the labels ("Toiminnallinen tavoite 2018"). */
  const years: number[] = [];
  /** Long-term goals listed on this sheet. */
  const listed: TextAt[] = [];
  /** Lone rows before the first block or heading: the title block ("PORIN KAUPUNKI", the title, a date). */
  const titleLines: TextAt[] = [];
  const titleKeys = new Set<string>();
  let departmentRow: TextAt | null = null;
  let started = false;

  for (let r = 0; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) {
      // A blank row ends a text continued over rows (not a block, nor a list of long-term goals).
      if (blocks.cont && blocks.cont.kind !== "list") blocks.cont = null;
      continue;
    }
    // Page footers and headers copied from print ("Sivu 3/8", the title repeated on every page).
    if (filled.length <= 4 && filled.some((c) => isPageFooter(view.text(r, c)))) continue;
    const t0 = view.text(r, filled[0]);
    if (
      started &&
      titleKeys.size > 0 &&
      titleKeys.has(labelKey(filled.map((c) => view.text(r, c)).join(" ")))
    )
      continue;
    const row = readRow(view, r, filled);
    const label = row.label;

    if (label && label.nearMiss && !row.section)
      log.nearMiss(r, row.labelCol, label.written, label.canonical);

    // Section headings: end what is open; "2.1. Pitkän aikavälin tavoitteet" starts a list.
    if (row.section || (label && isListHeading(row, t0))) {
      blocks.close();
      started = true;
      if (label && isListHeading(row, t0)) blocks.cont = { kind: "list", column: filled[0] };
      continue;
    }

    if (row.number !== null && !label) {
      // "1." alone (or before an unknown label): a new block.
      started = true;
      blocks.start(row.number, at(r, row.numberCol));
      if (filled.length > 1)
        log.problem(
          r,
          filled[1],
          "unrecognised-label",
          `Tuntematon otsikko: ${view.text(r, filled[1])}`,
          `Unknown label: ${view.text(r, filled[1])}`,
        );
      continue;
    }

    if (label) {
      started = true;
      const kind = label.kind;
      if (label.year !== null) years.push(label.year);
      const labelCell = at(r, row.labelCol);
      if (kind === "promise") blocks.addPromise(row.value, labelCell, row.labelCol);
      else if (kind === "responsible" && blocks.promise && !blocks.open)
        blocks.addPromiseResponsible(blocks.promise, row.value, row.labelCol);
      else {
        const number = row.number !== null ? { text: row.number, cell: at(r, row.numberCol) } : null;
        blocks.field(kind, row.value, number, labelCell, row.labelCol);
      }
      continue;
    }

    // ---- lines with no label ----
    const c = blocks.cont;
    if (c && c.kind === "list") {
      if (filled.length <= 3) {
        const entry = listRowEntry(view, r, filled, c.column);
        if (entry) listed.push(entry);
        continue;
      }
      blocks.cont = null;
    } else if (c && filled[0] > c.labelCol) {
      // Text continued on the next row, in the text column.
      const text = filled.map((k) => view.text(r, k)).join(" ");
      c.set(appendText(c.get(), text, at(r, filled[0])));
      continue;
    }

    // "Toimiala: Sivistystoimiala", "Toimiala | Tekninen toimiala": a department row.
    if (filled.length <= 2 && /^toimiala\b/i.test(t0)) {
      const named = cleanText(
        (filled.length === 2 ? `${t0} ${view.text(r, filled[1])}` : t0).replace(/^toimiala\s*:?/i, ""),
      );
      if (named) {
        departmentRow ??= { text: named, cell: at(r, filled[filled.length - 1]) };
        continue;
      }
    }
    if (filled.length === 1 && isDepartmentName(t0)) {
      departmentRow ??= { text: t0, cell: at(r, filled[0]) };
      blocks.close();
      continue;
    }
    if (!started && filled.length === 1) {
      if (titleLines.length < 8) {
        titleLines.push({ text: t0, cell: at(r, filled[0]) });
        titleKeys.add(labelKey(t0));
      }
      continue;
    }
    if (blocks.open && filled.length >= 2 && filled[0] < LABEL_COLUMNS && t0.length <= 40) {
      // "Label | text" inside a block, with a label the reader does not know.
      log.problem(r, filled[0], "unrecognised-label", `Tuntematon otsikko: ${t0}`, `Unknown label: ${t0}`);
    }
  }
  blocks.flush();
  // A number with nothing under it is an empty block, or a page number of a footer: "3" alone where
  // the blocks are written "1." or "1)" is the page's, and says nothing.
  const bare = (n: string): boolean => /^\d+$/.test(n);
  const items = blocks.items;
  const blocksPunctuated = items.some((i) => i.number !== null && !bare(i.number));
  for (const e of blocks.emptyNumbered) {
    const number = e.number ?? "";
    if (blocksPunctuated && bare(number)) continue;
    log.problem(
      e.cell.row - 1,
      e.cell.col - 1,
      "programme-empty-block",
      `Numeroitu kohta ${number} on tyhjä.`,
      `Numbered block ${number} is empty.`,
    );
  }
  // A "Palvelulupaukset" heading reads as a promise with no text and nobody responsible: not one.
  const realPromises = blocks.promises.filter((p) => p.text !== "" || p.responsible !== null);

  const focusAreas = buildTree(items);

  // The department from the title block (the first line that names one), a department row, or the
  // sheet name; the title is the line that named the department, else the first line.
  const department = departmentOf({
    sheet,
    title: titleLines,
    row: departmentRow ? { line: departmentRow, read: "named" } : null,
  });
  const chosen = department.departmentMentions[0] ?? null;
  const title: TextAt | null =
    (chosen?.source === "title" ? titleLines.find((l) => l.cell === chosen.cell) : null) ??
    titleLines[0] ??
    null;
  // The year of the labels ("Toiminnallinen tavoite 2018"), else the title's, else another title line's.
  const year = sheetYear(mostCommon(years), {
    title: title ? [title.text, ...titleLines.map((l) => l.text)] : [],
    sheet,
  });

  const allGoals = [...longTermGoals];
  const keys = new Set(allGoals.map((g) => labelKey(g.text)));
  for (const g of listed)
    if (!keys.has(labelKey(g.text))) {
      keys.add(labelKey(g.text));
      allGoals.push(g);
    }

  return {
    sheet,
    layout: "programme",
    title,
    ...department,
    period: null,
    year,
    focusAreas,
    financialGoals: [],
    hasActualColumn: false,
    ownStatusColumn: null,
    nearMisses: log.nearMisses,
    problems: log.problems,
    programme: {
      items: items.map((i) => ({ number: i.number, cell: i.cell, fields: i.fields }) satisfies ProgrammeItem),
      longTermGoals: allGoals,
      promises: realPromises,
      year,
    },
    looksLikeGoals: true,
  };
}
