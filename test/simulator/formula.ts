/**
 * A small formula evaluator so that formulas written through the simulator get a computed value,
 * as Excel would calculate them: numbers, "text", cell references of the same sheet, + - * / ^ &,
 * parentheses and SUM(range). Anything else evaluates to #NAME?; division by zero to #DIV/0!.
 */
import type * as ExcelJS from "exceljs";
import { readCell } from "./cells";

type V = number | string | boolean | { error: string };

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export function evaluate(ws: ExcelJS.Worksheet, formula: string): ExcelJS.CellValue {
  try {
    const p = new Parser(ws, formula);
    const v = p.expr();
    p.end();
    return v as ExcelJS.CellValue;
  } catch (e) {
    const code = e instanceof FormulaError ? e.code : "#NAME?";
    return { error: code } as ExcelJS.CellErrorValue;
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly s: string,
  ) {}

  end(): void {
    this.ws_();
    if (this.i < this.s.length) throw new FormulaError("#NAME?");
  }

  private ws_(): void {
    while (this.s[this.i] === " ") this.i++;
  }

  private peek(): string {
    this.ws_();
    return this.s[this.i] ?? "";
  }

  expr(): V {
    let a = this.sum();
    while (this.peek() === "&") {
      this.i++;
      a = text(a) + text(this.sum());
    }
    return a;
  }

  private sum(): V {
    let a = this.term();
    for (;;) {
      const op = this.peek();
      if (op !== "+" && op !== "-") return a;
      this.i++;
      const b = this.term();
      a = op === "+" ? num(a) + num(b) : num(a) - num(b);
    }
  }

  private term(): V {
    let a = this.power();
    for (;;) {
      const op = this.peek();
      if (op !== "*" && op !== "/") return a;
      this.i++;
      const b = this.power();
      if (op === "/" && num(b) === 0) throw new FormulaError("#DIV/0!");
      a = op === "*" ? num(a) * num(b) : num(a) / num(b);
    }
  }

  private power(): V {
    const a = this.unary();
    if (this.peek() === "^") {
      this.i++;
      return Math.pow(num(a), num(this.power()));
    }
    return a;
  }

  private unary(): V {
    const c = this.peek();
    if (c === "-") {
      this.i++;
      return -num(this.unary());
    }
    if (c === "+") {
      this.i++;
      return this.unary();
    }
    return this.atom();
  }

  private atom(): V {
    const c = this.peek();
    if (c === "(") {
      this.i++;
      const v = this.expr();
      if (this.peek() !== ")") throw new FormulaError("#NAME?");
      this.i++;
      return v;
    }
    if (c === '"') {
      const end = this.s.indexOf('"', this.i + 1);
      if (end < 0) throw new FormulaError("#NAME?");
      const v = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return v;
    }
    const rest = this.s.slice(this.i);
    let m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    m = /^SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      let total = 0;
      const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]), col(m[3]), Number(m[4])];
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
        for (let cc = Math.min(c1, c2); cc <= Math.max(c1, c2); cc++) {
          const v = this.cell(r, cc);
          if (typeof v === "number") total += v;
        }
      return total;
    }
    m = /^\$?([A-Z]{1,3})\$?(\d+)(?![\w(])/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      const v = this.cell(Number(m[2]), col(m[1]));
      return v === "" ? 0 : v;
    }
    m = /^(TRUE|FALSE)(?![\w(])/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      return m[1].toUpperCase() === "TRUE";
    }
    throw new FormulaError("#NAME?");
  }

  private cell(row: number, c: number): V {
    const r = readCell(this.ws.findCell(row, c));
    if (r.valueType === "Error") throw new FormulaError(String(r.value));
    return r.value;
  }
}

function col(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function num(v: V): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    if (v.trim() === "") return 0;
    const n = Number(v);
    if (Number.isFinite(n)) return n;
    throw new FormulaError("#VALUE!");
  }
  throw new FormulaError(v.error);
}

function text(v: V): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") throw new FormulaError(v.error);
  return String(v);
}
