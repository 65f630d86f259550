/**
 * What the department rules share: a sheet's department mentions as the readers left them (most
 * specific first, src/read/meta.ts) and the words for each place a sheet names its department.
 */
import { a1, cellRef, type CellRef } from "../model/cellref";
import type { DepartmentMention, DepartmentSource } from "../model/department";
import type { Report } from "../model/report";
import { quote } from "./text";

/** A place in a sentence: as its subject, "in" it (inessive), "from" it (elative); English beside. */
interface PlaceWords {
  fi: string;
  fiIn: string;
  fiFrom: string;
  en: string;
}

export const PLACE_WORDS: Record<DepartmentSource, PlaceWords> = {
  column: {
    fi: "Toimiala-sarake",
    fiIn: "Toimiala-sarakkeessa",
    fiFrom: "Toimiala-sarakkeesta",
    en: "the Toimiala column",
  },
  title: { fi: "Otsikko", fiIn: "otsikossa", fiFrom: "otsikosta", en: "the title" },
  row: { fi: "Toimialarivi", fiIn: "toimialarivillä", fiFrom: "toimialariviltä", en: "the department row" },
  sheet: {
    fi: "Välilehden nimi",
    fiIn: "välilehden nimessä",
    fiFrom: "välilehden nimestä",
    en: "the sheet name",
  },
  file: { fi: "Tiedoston nimi", fiIn: "tiedoston nimessä", fiFrom: "tiedoston nimestä", en: "the file name" },
};

/** Where a mention is, after its place's words: " (B2)" for a cell, " 'Sivistys T2'" for a name. */
export function whereWritten(m: DepartmentMention): string {
  return m.cell ? ` (${a1(m.cell)})` : ` ${quote(m.written)}`;
}

/** The sheet's department mention (the most specific) and the others, on a goal sheet with a department. */
export function mentionsOf(
  report: Report,
): { chosen: DepartmentMention; others: DepartmentMention[] } | null {
  const mentions = report.departmentMentions ?? [];
  if (report.layout === "none" || report.department === null || mentions.length === 0) return null;
  return { chosen: mentions[0], others: mentions.slice(1) };
}

/** The cell a finding about a mention points at: its own, else the first of `fallbacks`, else A1. */
export function cellFor(report: Report, ...places: (CellRef | null | undefined)[]): CellRef {
  return places.find((c): c is CellRef => !!c) ?? cellRef(report.sheet, 1, 1);
}
