/**
 * What goes wrong with files, each said in one sentence in Finnish and in English that tells what to
 * do. Browser-safe.
 */
import type { Bilingual } from "../model/text";
import { ZIP_LIMITS } from "./zip";

export type WorkbookReadProblem =
  | "not-found"
  | "not-a-file"
  | "no-access"
  | "empty"
  | "encrypted"
  | "old-xls"
  | "damaged"
  | "not-a-workbook"
  | "csv"
  | "too-large"
  | "ods"
  | "xlsb"
  | "strict";

/** A workbook that could not be read, explained in one sentence in Finnish and in English. */
export class WorkbookReadError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(
    readonly problem: WorkbookReadProblem,
    text: Bilingual,
  ) {
    super(text.en);
    this.name = "WorkbookReadError";
    this.fi = text.fi;
    this.en = text.en;
  }
}

const NAME = (name: string | null) => (name ? `"${name}"` : "");

export function readError(problem: WorkbookReadProblem, name: string | null): WorkbookReadError {
  const n = NAME(name);
  const fiSubject = n ? `Tiedosto ${n}` : "Tiedosto";
  const enSubject = n ? `The file ${n}` : "The file";
  const mb = Math.round(ZIP_LIMITS.totalBytes / 1024 / 1024);
  const text: Record<WorkbookReadProblem, Bilingual> = {
    "not-found": {
      fi: n ? `Tiedostoa ${n} ei löydy.` : "Tiedostoa ei löydy.",
      en: `${enSubject} does not exist.`,
    },
    "not-a-file": {
      fi: `${fiSubject} on kansio, ei Excel-työkirja.`,
      en: `${enSubject} is a folder, not an Excel workbook.`,
    },
    "no-access": {
      fi: `${fiSubject} ei ole luettavissa: käyttöoikeus puuttuu.`,
      en: `${enSubject} cannot be read: permission denied.`,
    },
    empty: {
      fi: `${fiSubject} on tyhjä (0 tavua), ei Excel-työkirja.`,
      en: `${enSubject} is empty (0 bytes), not an Excel workbook.`,
    },
    encrypted: {
      fi: `${fiSubject} on suojattu salasanalla; poista salaus Excelissä ja tallenna tiedosto uudelleen.`,
      en: `${enSubject} is password-protected; remove the encryption in Excel and save the file again.`,
    },
    "old-xls": {
      fi: `${fiSubject} on vanhaa .xls-muotoa; tallenna se Excelissä .xlsx-työkirjaksi.`,
      en: `${enSubject} is in the old .xls format; save it in Excel as an .xlsx workbook.`,
    },
    damaged: {
      fi: `${fiSubject} on vioittunut tai vajaa, joten sitä ei voi lukea.`,
      en: `${enSubject} is damaged or incomplete, so it cannot be read.`,
    },
    "not-a-workbook": {
      fi: `${fiSubject} ei ole Excel-työkirja (.xlsx).`,
      en: `${enSubject} is not an Excel workbook (.xlsx).`,
    },
    csv: {
      fi: `${fiSubject} on CSV-tekstitiedosto, ei Excel-työkirja; avaa se Excelissä ja tallenna .xlsx-muodossa.`,
      en: `${enSubject} is a CSV text file, not an Excel workbook; open it in Excel and save it as .xlsx.`,
    },
    "too-large": {
      fi: `${fiSubject} purkautuisi yli ${mb} megatavuksi, joten sitä ei avata; tarkista, että tiedosto on oikea työkirja.`,
      en: `${enSubject} would unpack to more than ${mb} MB, so it is not opened; check that it is the right workbook.`,
    },
    ods: {
      fi: `${fiSubject} on OpenDocument-laskentataulukko (.ods); tallenna se .xlsx-muodossa.`,
      en: `${enSubject} is an OpenDocument spreadsheet (.ods); save it as .xlsx.`,
    },
    xlsb: {
      fi: `${fiSubject} on binäärimuotoinen Excel-työkirja (.xlsb); tallenna se Excelissä .xlsx-muodossa.`,
      en: `${enSubject} is a binary Excel workbook (.xlsb); save it in Excel as .xlsx.`,
    },
    strict: {
      fi: `${fiSubject} on tallennettu Strict Open XML -muodossa; tallenna se Excelissä tavallisena Excel-työkirjana (.xlsx).`,
      en: `${enSubject} is saved as Strict Open XML; save it in Excel as an ordinary Excel workbook (.xlsx).`,
    },
  };
  return new WorkbookReadError(problem, text[problem]);
}

export class WorkbookWriteError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = "WorkbookWriteError";
    this.fi = text.fi;
    this.en = text.en;
  }
}

/** A sheet named in an edit that the workbook does not have. */
export class MissingSheetError extends Error implements Bilingual {
  readonly fi: string;
  readonly en: string;
  constructor(readonly sheet: string) {
    super(`The workbook has no sheet "${sheet}".`);
    this.name = "MissingSheetError";
    this.fi = `Työkirjassa ei ole välilehteä "${sheet}".`;
    this.en = `The workbook has no sheet "${sheet}".`;
  }
}
