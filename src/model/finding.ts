import type { CellRef } from "./cellref";
import type { Bilingual, Language } from "./text";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The forms of a severity's word: "1 virhe", "2 virhettä", the label "Virhe", the heading "Virheet". */
export interface SeverityWord {
  /** After the number one, and as a lower-case word: "virhe", "note". */
  one: string;
  /** After any other number: "virhettä", "notes". */
  many: string;
  /** On its own, as a column value: "Virhe", "Note". */
  label: string;
  /** Over a group of findings: "Virheet", "Notes". */
  heading: string;
}

/**
 * The one home of the severity words, in every form the pane, the command line, the count line and
 * the findings sheet use.
 */
export const SEVERITY_WORDS: Record<Severity, Record<Language, SeverityWord>> = {
  error: {
    fi: { one: "virhe", many: "virhettä", label: "Virhe", heading: "Virheet" },
    en: { one: "error", many: "errors", label: "Error", heading: "Errors" },
  },
  warning: {
    fi: { one: "varoitus", many: "varoitusta", label: "Varoitus", heading: "Varoitukset" },
    en: { one: "warning", many: "warnings", label: "Warning", heading: "Warnings" },
  },
  info: {
    fi: { one: "huomautus", many: "huomautusta", label: "Huomautus", heading: "Huomautukset" },
    en: { one: "note", many: "notes", label: "Note", heading: "Notes" },
  },
};

/** One validation finding, pointing at its cell. */
export interface Finding {
  /** Stable rule code, e.g. "action-without-measure". */
  code: string;
  severity: Severity;
  cell: CellRef;
  message: Bilingual;
  suggestion?: Bilingual;
}
