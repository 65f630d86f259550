/**
 * Display text of a cell value under a number format, as a Finnish-locale Excel shows it
 * (decimal comma, no-break space between thousands). The simulator's own renderer: it covers the
 * formats the fixtures and the add-in use (General, 0, 0.0…, #,##0…, percentages, "@", simple
 * dates, literal text in quotes, sections separated by ";").
 */

const NBSP = "\u00a0";

export function formatValue(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    const sections = splitSections(numFmt ?? "General");
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    return textSection ? renderLiteral(textSection).replace("@", value) : value;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return String(value);
  const fmt = (numFmt ?? "General").trim();
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return general(value);
  const sections = splitSections(fmt);
  let section = sections[0];
  let v = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections.length >= 3) section = sections[2];
  return renderNumber(v, section);
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') q = !q;
    if (ch === "\\" && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ";" && !q) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Excel's General: up to 11 significant characters, decimal comma. */
function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return v.toExponential(5).replace(".", ",").replace("e", "E");
  const intDigits = Math.max(1, Math.floor(Math.log10(abs || 1)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  let s = v.toFixed(decimals);
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return s.replace(".", ",");
}

/** Strips colour/condition brackets and quotes, resolves escapes; placeholders stay. */
function renderLiteral(section: string): string {
  let out = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") out += section[++i] ?? "";
    else if (ch === "[") i = section.indexOf("]", i) < 0 ? section.length : section.indexOf("]", i);
    else if (ch === "_") i++;
    else if (ch === "*") i++;
    else out += ch;
  }
  return out;
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare);
}

function renderNumber(v: number, section: string): string {
  if (isDateFormat(section)) return renderDate(v, section);
  const lit = renderLiteral(section);
  const percent = (lit.match(/%/g) ?? []).length;
  const x = v * Math.pow(100, percent);
  // The numeric placeholder run: from the first to the last 0 # ? , .
  const first = lit.search(/[0#?]/);
  if (first < 0) return lit;
  let last = first;
  for (let i = first; i < lit.length; i++)
    if (/[0#?.,]/.test(lit[i])) last = i;
    else break;
  const pattern = lit.slice(first, last + 1);
  const prefix = lit.slice(0, first);
  const suffix = lit.slice(last + 1);
  const dot = pattern.indexOf(".");
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const decPat = dot < 0 ? "" : pattern.slice(dot + 1);
  // Trailing commas scale by thousands.
  let intCore = intPat;
  let scale = 0;
  while (intCore.endsWith(",")) {
    intCore = intCore.slice(0, -1);
    scale++;
  }
  const grouped = intCore.includes(",");
  const minInt = (intCore.match(/0/g) ?? []).length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const scaled = Math.abs(x) / Math.pow(1000, scale);
  let s = scaled.toFixed(maxDec);
  let [ip, dp = ""] = s.split(".");
  while (dp.length > minDec && dp.endsWith("0")) dp = dp.slice(0, -1);
  if (ip === "0" && minInt === 0) ip = "";
  while (ip.length < minInt) ip = "0" + ip;
  if (grouped) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  s = ip + (dp || decPat.includes("0") ? "," + dp : "");
  const negative = x < 0 && Number(s.replace(/\D/g, "")) !== 0;
  return (negative ? "-" : "") + prefix + s + suffix;
}

function renderDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const parts = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(2),
    m: String(d.getUTCMonth() + 1),
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    d: String(d.getUTCDate()),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    h: String(d.getUTCHours()),
    hh: String(d.getUTCHours()).padStart(2, "0"),
    min: String(d.getUTCMinutes()).padStart(2, "0"),
    ss: String(d.getUTCSeconds()).padStart(2, "0"),
  };
  const lit = renderLiteral(section);
  let sawHour = false;
  return lit.replace(/yyyy|yy|mm|m|dd|d|hh|h|ss/gi, (tok) => {
    const t = tok.toLowerCase();
    if (t === "h" || t === "hh") sawHour = true;
    if ((t === "mm" || t === "m") && sawHour) return parts.min;
    return (parts as Record<string, string>)[t] ?? tok;
  });
}
