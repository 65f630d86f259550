/**
 * The text Excel displays for a value under a number format, for .xlsx files read with exceljs.
 * The workbooks are Finnish, so numbers are shown as a Finnish-locale Excel shows them: decimal comma,
 * a space between thousands (a plain space: no no-break spaces, so that text stays easy to match),
 * dates as d.m.yyyy. In Office.js, `range.text` comes from Excel itself; this is only for files.
 *
 * Covered: General, 0 / 0.00 / #,##0 / #,##0.00, trailing-comma scaling, percentages ("0 %", "0.0%"),
 * literal text in quotes or after a backslash, currency and unit suffixes, "_x" spacing, sections
 * (positive;negative;zero;text), colours and locale tags in brackets, "@", scientific "0.00E+00",
 * and dates/times (d, dd, ddd, dddd, m, mm, mmm, mmmm, yy, yyyy, h, hh, mm after h, ss, AM/PM).
 */

const SPACE = " ";

/** Built-in formats whose look follows the system locale: shown as Finnish Excel shows them. */
const LOCALE_FORMATS: Record<string, string> = {
  "mm-dd-yy": "d.m.yyyy",
  "m/d/yy": "d.m.yyyy",
  "m/d/yyyy": "d.m.yyyy",
  "d-mmm-yy": "d.mmm.yy",
  "m/d/yy h:mm": "d.m.yyyy h:mm",
  "m/d/yy\\ h:mm": "d.m.yyyy h:mm",
};

const MONTHS = [
  "tammikuu",
  "helmikuu",
  "maaliskuu",
  "huhtikuu",
  "toukokuu",
  "kesäkuu",
  "heinäkuu",
  "elokuu",
  "syyskuu",
  "lokakuu",
  "marraskuu",
  "joulukuu",
];
const DAYS = ["sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"];
const DAYS_SHORT = ["su", "ma", "ti", "ke", "to", "pe", "la"];

export function isGeneral(fmt: string | undefined | null): boolean {
  return fmt === undefined || fmt === null || fmt.trim() === "" || /^general$/i.test(fmt.trim());
}

/** Display text of a value (number, string, boolean, Date) under a number format. */
export function formatCellValue(value: unknown, numFmt?: string | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TOSI" : "EPÄTOSI";
  if (value instanceof Date) return formatNumber(dateToSerial(value), dateFormatOf(numFmt));
  if (typeof value === "string") return formatText(value, numFmt);
  if (typeof value === "number") return formatNumber(value, numFmt);
  return String(value);
}

/** Excel's serial day number of a date (exceljs gives dates as UTC instants). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** The format to show a Date with: its own when it is a date format, else Finnish short date. */
function dateFormatOf(numFmt: string | null | undefined): string {
  if (!isGeneral(numFmt)) {
    const fmt = LOCALE_FORMATS[(numFmt as string).trim()] ?? (numFmt as string);
    if (isDateSection(splitSections(fmt)[0])) return fmt;
  }
  return "d.m.yyyy";
}

function formatText(value: string, numFmt: string | null | undefined): string {
  if (isGeneral(numFmt)) return value;
  const sections = splitSections(numFmt as string);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => hasUnquoted(s, "@"));
  if (!textSection) return value;
  return literalParts(textSection)
    .map((p) => (p.literal ? p.text : p.text.replace(/@/g, value)))
    .join("");
}

/** A number format as read once: its sections, and for each whether it is General or a date. */
interface FormatPlan {
  /** The whole format is General (or "@"): numbers are shown as General. */
  general: boolean;
  sections: string[];
  generalSection: boolean[];
  dateSection: boolean[];
}

/**
 * Remembered plans of formats and sections: a workbook has a handful of formats, met once per
 * number. Bounded (forgotten all at once past BOUND) so that no input can grow them without end.
 */
const BOUND = 256;
const formatPlans = new Map<string, FormatPlan>();
const numberPlans = new Map<string, NumberPlan>();

function remember<T>(memo: Map<string, T>, key: string, make: (key: string) => T): T {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= BOUND) memo.clear();
    memo.set(key, (v = make(key)));
  }
  return v;
}

function formatPlan(numFmt: string): FormatPlan {
  if (isGeneral(numFmt) || numFmt.trim() === "@")
    return { general: true, sections: [], generalSection: [], dateSection: [] };
  const fmt = LOCALE_FORMATS[numFmt.trim()] ?? numFmt;
  const sections = splitSections(fmt);
  return {
    general: false,
    sections,
    generalSection: sections.map((section) => /^general$/i.test(stripBrackets(section).trim())),
    dateSection: sections.map((section) => isDateSection(section)),
  };
}

/** Display text of a number under a number format. */
export function formatNumber(value: number, numFmt?: string | null): string {
  if (!Number.isFinite(value)) return String(value);
  if (numFmt === undefined || numFmt === null) return general(value);
  const plan = remember(formatPlans, numFmt, formatPlan);
  if (plan.general) return general(value);
  const sections = plan.sections;
  let k = 0;
  let v = value;
  let signed = value < 0;
  if (value < 0 && sections.length >= 2 && sections[1] !== "") {
    k = 1;
    v = -value;
    signed = false;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== "") k = 2;
  const section = sections[k];
  if (plan.generalSection[k]) return (signed ? "-" : "") + general(Math.abs(v));
  if (plan.dateSection[k]) return renderDate(v, section);
  return renderNumber(Math.abs(v), remember(numberPlans, section, numberPlan), signed);
}

/** Excel's General in a standard column: up to 10 significant digits, decimal comma, no grouping. */
export function general(v: number): string {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (Number.isInteger(v) && abs < 1e11) return String(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = v.toExponential(5).split("e");
    const mant = m.replace(/0+$/, "").replace(/\.$/, "");
    const exp = Number(e);
    return `${mant.replace(".", ",")}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  let s = Number(v.toPrecision(10)).toString();
  if (/e/.test(s)) s = Number(v.toPrecision(10)).toFixed(12).replace(/0+$/, "").replace(/\.$/, "");
  return s.replace(".", ",");
}

/** Splits a format into its ;-separated sections, keeping quoted text and escapes intact. */
export function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Part {
  /** True for text to show as is (quoted, escaped, spacing). */
  literal: boolean;
  text: string;
}

/** A section as literal and code parts: quotes and escapes become literal, brackets and fill go away. */
function literalParts(section: string): Part[] {
  const parts: Part[] = [];
  const push = (literal: boolean, text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.literal === literal) last.text += text;
    else parts.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push(true, section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push(true, section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      push(true, " ");
      i++;
    } else if (ch === "*") i++;
    else push(false, ch);
  }
  return parts;
}

function stripBrackets(section: string): string {
  return section.replace(/\[[^\]]*\]/g, "");
}

function hasUnquoted(section: string, ch: string): boolean {
  return literalParts(section).some((p) => !p.literal && p.text.includes(ch));
}

function codeText(section: string): string {
  return literalParts(section)
    .filter((p) => !p.literal)
    .map((p) => p.text)
    .join("");
}

function isDateSection(section: string): boolean {
  const code = codeText(section);
  return /[dmyhs]/i.test(code.replace(/AM\/PM|A\/P/gi, "")) && !/[0#?]/.test(code);
}

/** Rounds half away from zero at `decimals` places, without binary surprises (1.005 → 1.01). */
function roundTo(x: number, decimals: number): string {
  const r = Number(Math.round(Number(`${x}e${decimals}`)) + `e-${decimals}`);
  const s = Number.isFinite(r) ? r.toFixed(decimals) : x.toFixed(decimals);
  return s;
}

/** What a number section shows around the number and how it rounds, read once per section. */
interface NumberPlan {
  /** How many percent signs scale the value (×100 each). */
  percents: number;
  /** The section's text when it has no digit placeholder (shown as is), else null. */
  plainText: string | null;
  prefix: string;
  suffix: string;
  /** The code has an exponent ("E+"). */
  sci: boolean;
  /** The exponent's sign as written and its digit count, when there is an "E" after the number. */
  exponent: { sign: string; digits: number } | null;
  /** Trailing commas: ÷1000 each. */
  scale: number;
  hasDot: boolean;
  grouped: boolean;
  minInt: number;
  minDec: number;
  maxDec: number;
}

function numberPlan(section: string): NumberPlan {
  const parts = literalParts(section);
  // Percent signs in code parts scale the value; they are shown as they are.
  const percents = parts.filter((p) => !p.literal).reduce((n, p) => n + (p.text.match(/%/g) ?? []).length, 0);
  // Flatten to a sequence of tokens: literal text or code characters.
  const code = parts.map((p) => (p.literal ? "" : p.text)).join("");
  const sci = /[eE][+-]/.exec(code) !== null;
  // The numeric pattern: from the first to the last placeholder/separator in the code parts.
  const tokens: { literal: boolean; ch: string }[] = [];
  for (const p of parts) for (const ch of p.text) tokens.push({ literal: p.literal, ch });
  const isPh = (t: { literal: boolean; ch: string }) => !t.literal && /[0#?.,]/.test(t.ch);
  const first = tokens.findIndex((t) => !t.literal && /[0#?]/.test(t.ch));
  const plan: NumberPlan = {
    percents,
    plainText: null,
    prefix: "",
    suffix: "",
    sci,
    exponent: null,
    scale: 0,
    hasDot: false,
    grouped: false,
    minInt: 0,
    minDec: 0,
    maxDec: 0,
  };
  if (first < 0) {
    plan.plainText = tokens.map((t) => t.ch).join("");
    return plan;
  }
  let last = first;
  for (let i = first; i < tokens.length; i++) {
    if (isPh(tokens[i])) last = i;
    else break;
  }
  plan.prefix = tokens
    .slice(0, first)
    .map((t) => t.ch)
    .join("");
  let rest = tokens.slice(last + 1);
  const pattern = tokens
    .slice(first, last + 1)
    .filter((t) => !t.literal)
    .map((t) => t.ch)
    .join("");
  if (sci) {
    // "0.00E+00": the exponent digits follow the E and a sign.
    const eIdx = rest.findIndex((t) => !t.literal && /[eE]/.test(t.ch));
    if (eIdx >= 0) {
      const sign = rest[eIdx + 1]?.ch ?? "+";
      let j = eIdx + 2;
      let expDigits = 0;
      while (j < rest.length && !rest[j].literal && /[0#]/.test(rest[j].ch)) {
        expDigits++;
        j++;
      }
      plan.exponent = { sign, digits: expDigits };
      rest = rest.slice(j);
    }
  }
  plan.suffix = rest.map((t) => t.ch).join("");
  // Commas right after the last digit placeholder scale by thousands ("#,##0.0,," shows millions).
  let core = pattern;
  while (core.endsWith(",")) {
    core = core.slice(0, -1);
    plan.scale++;
  }
  const dot = core.indexOf(".");
  const intPat = dot < 0 ? core : core.slice(0, dot);
  const decPat = dot < 0 ? "" : core.slice(dot + 1).replace(/,/g, "");
  plan.hasDot = dot >= 0;
  plan.grouped = intPat.includes(",");
  plan.minInt = (intPat.match(/[0?]/g) ?? []).length;
  plan.minDec = (decPat.match(/[0?]/g) ?? []).length;
  plan.maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  return plan;
}

function renderNumber(abs: number, plan: NumberPlan, negative: boolean): string {
  if (plan.plainText !== null) return (negative ? "-" : "") + plan.plainText;
  const x = abs * Math.pow(100, plan.percents);
  let exponentPart = "";
  let mantissa = x;
  if (plan.exponent) {
    const exp = x === 0 ? 0 : Math.floor(Math.log10(x));
    mantissa = x / Math.pow(10, exp);
    exponentPart =
      "E" +
      (exp < 0 ? "-" : plan.exponent.sign === "+" ? "+" : "") +
      String(Math.abs(exp)).padStart(plan.exponent.digits, "0");
  }
  const scaled = mantissa / Math.pow(1000, plan.scale);
  let [ip, dp = ""] = roundTo(scaled, plan.maxDec).split(".");
  if (plan.sci && ip === "10") {
    // Rounding carried the mantissa over: 9.999E+02 → 1.00E+03.
    ip = "1";
  }
  while (dp.length > plan.minDec && dp.endsWith("0")) dp = dp.slice(0, -1);
  if (ip === "0" && plan.minInt === 0) ip = "";
  while (ip.length < plan.minInt) ip = "0" + ip;
  if (plan.grouped) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, SPACE);
  // Excel keeps the decimal mark even when every optional decimal is dropped ("#.##" shows 5 as "5,").
  const body = plan.hasDot ? `${ip},${dp}` : ip;
  const isZero = !/[1-9]/.test(body);
  return (negative && !isZero ? "-" : "") + plan.prefix + body + exponentPart + plan.suffix;
}

function renderDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25_569) * 86_400_000);
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const min = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const ampm = /AM\/PM|A\/P/i.test(codeText(section));
  const parts = literalParts(section);
  // Tokens in order, so that "mm" after h or before s is minutes.
  type Tok = { kind: "lit"; text: string } | { kind: "code"; text: string };
  const toks: Tok[] = [];
  for (const p of parts) {
    if (p.literal) {
      toks.push({ kind: "lit", text: p.text });
      continue;
    }
    const re = /AM\/PM|A\/P|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|./gi;
    for (const m of p.text.matchAll(re)) toks.push({ kind: "code", text: m[0] });
  }
  const lower = (t: Tok) => (t.kind === "code" ? t.text.toLowerCase() : "");
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === "lit") {
      out.push(t.text);
      continue;
    }
    const k = lower(t);
    const prevCode = toks
      .slice(0, i)
      .reverse()
      .find((x) => x.kind === "code" && /[a-z]/i.test(x.text));
    const nextCode = toks.slice(i + 1).find((x) => x.kind === "code" && /[a-z]/i.test(x.text));
    const minute =
      (k === "m" || k === "mm") &&
      ((prevCode && /^h/.test(lower(prevCode))) || (nextCode && /^s/.test(lower(nextCode))));
    const hour12 = ((h + 11) % 12) + 1;
    const hh = ampm ? hour12 : h;
    switch (k) {
      case "yyyy":
        out.push(String(Y));
        break;
      case "yy":
        out.push(String(Y).slice(-2));
        break;
      case "mmmmm":
        out.push(MONTHS[M][0]);
        break;
      case "mmmm":
        out.push(MONTHS[M]);
        break;
      case "mmm":
        out.push(MONTHS[M].replace(/kuu$/, ""));
        break;
      case "mm":
        out.push(minute ? String(min).padStart(2, "0") : String(M + 1).padStart(2, "0"));
        break;
      case "m":
        out.push(minute ? String(min) : String(M + 1));
        break;
      case "dddd":
        out.push(DAYS[d.getUTCDay()]);
        break;
      case "ddd":
        out.push(DAYS_SHORT[d.getUTCDay()]);
        break;
      case "dd":
        out.push(String(D).padStart(2, "0"));
        break;
      case "d":
        out.push(String(D));
        break;
      case "hh":
        out.push(String(hh).padStart(2, "0"));
        break;
      case "h":
        out.push(String(hh));
        break;
      case "ss":
        out.push(String(s).padStart(2, "0"));
        break;
      case "s":
        out.push(String(s));
        break;
      case "am/pm":
        out.push(h < 12 ? "AM" : "PM");
        break;
      case "a/p":
        out.push(h < 12 ? "A" : "P");
        break;
      default:
        out.push(t.text);
    }
  }
  return out.join("");
}
