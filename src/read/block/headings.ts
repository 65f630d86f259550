/**
 * Lines that are no goal, measure or report: the title block above the first label, and section
 * (unit) headings. A short lone line is only a candidate: it becomes the unit of the focus areas
 * below it when a PAINOPISTE or TEEMA follows, and is taken back out of the selvitys it was first
 * read into; otherwise it stays report text.
 */
import type { TextAt } from "../../model/report";
import { isDepartmentName } from "../meta";
import { takeBackLine, type OpenSelvitys } from "./selvitys";

/** The title row and the rows under it before the first label (each printed page may repeat them). */
export class TitleBlock {
  title: TextAt | null = null;
  readonly lines: TextAt[] = [];
  readonly texts = new Set<string>();

  /** Adds a line, once per text. */
  add(line: TextAt): void {
    if (this.texts.has(line.text)) return;
    this.texts.add(line.text);
    this.lines.push(line);
  }
}

/** A lone short line that may turn out to be a section heading if a focus area follows. */
interface HeadingCandidate {
  text: string;
  /** The selvitys the line was appended to (to take it back), if any. */
  selvitys: OpenSelvitys | null;
  /** How many lines the selvitys had with this one. */
  lineCount: number;
}

/** The section heading candidates since the last real text. */
export class Headings {
  private candidates: HeadingCandidate[] = [];

  /** A lone short line, perhaps read into `selvitys` as its latest line. */
  add(text: string, selvitys: OpenSelvitys | null = null): void {
    this.candidates.push({ text, selvitys, lineCount: selvitys ? selvitys.lines.length : 0 });
  }

  /** Real text came: the lines before it were no heading. */
  clear(): void {
    // Most rows clear an empty list: no new list for them.
    if (this.candidates.length > 0) this.candidates = [];
  }

  /** Starts afresh from this line (a heading right after a financial goal's outcome). */
  restart(text: string): void {
    this.candidates = [{ text, selvitys: null, lineCount: 0 }];
  }

  /**
   * A focus area follows: the last candidate is its section heading. The candidates are taken back
   * from the selvitys they were read into, newest first. Null when there is none.
   */
  take(): string | null {
    if (this.candidates.length === 0) return null;
    const last = this.candidates[this.candidates.length - 1];
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const cand = this.candidates[i];
      const sel = cand.selvitys;
      if (sel && sel.lines.length === cand.lineCount) takeBackLine(sel, cand.text);
    }
    this.candidates = [];
    return last.text;
  }
}

/** A short line that could be a heading: a few words, no sentence punctuation, not a number. */
export function isHeadingLike(text: string): boolean {
  if (text.length > 80 || text.split(" ").length > 8) return false;
  if (/[.:;,]$/.test(text) || /^[-–•*]/.test(text) || text.includes(":")) return false;
  if (/^\d+([.,]\d+)?\s*(%|€|kpl)?$/.test(text)) return false;
  return /\p{L}/u.test(text);
}

/** A first line that reads as a title rather than a section heading. */
export function looksLikeTitle(text: string): boolean {
  return (
    text.split(" ").length > 3 ||
    /tavoit|talousarvi|toteutu|toimiala|raportti|(19|20)\d\d/i.test(text) ||
    isDepartmentName(text)
  );
}
