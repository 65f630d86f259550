/**
 * Just enough XML for surgical editing: find tags and elements by local name (any namespace
 * prefix), read and set attributes, escape and unescape text. Positions are string offsets into the
 * original text, so that everything not edited is kept character for character.
 */

export interface Tag {
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
  /** Qualified name as written ("x:row", "row"). */
  name: string;
  /** Name without its prefix. */
  local: string;
  kind: "open" | "close" | "empty";
}

/** A whole element: its open tag, and for a non-empty element the offsets of its content and end. */
export interface Element {
  open: Tag;
  /** Offset where the content starts (= open.end). */
  inner: number;
  /** Offset of the closing tag (= open.end for an empty element). */
  innerEnd: number;
  /** Offset just after the element. */
  end: number;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const localOf = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

/** The next tag at or after `from` (comments, CDATA, processing instructions and DOCTYPE skipped). */
export function nextTag(xml: string, from: number, to = xml.length): Tag | null {
  let i = from;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0 || i >= to) return null;
    const c = xml.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", i)) i = after(xml, "-->", i + 4);
      else if (xml.startsWith("<![CDATA[", i)) i = after(xml, "]]>", i + 9);
      else i = after(xml, ">", i + 2);
      continue;
    }
    if (c === 63 /* ? */) {
      i = after(xml, "?>", i + 2);
      continue;
    }
    const close = c === 47; /* / */
    let j = i + (close ? 2 : 1);
    const nameStart = j;
    while (j < xml.length) {
      const d = xml.charCodeAt(j);
      if (d === 32 || d === 9 || d === 10 || d === 13 || d === 62 || d === 47) break;
      j++;
    }
    const name = xml.slice(nameStart, j);
    if (name === "") throw new XmlError(`bad tag at ${i}`);
    // Attributes may hold ">" inside quotes.
    let quote = 0;
    for (; j < xml.length; j++) {
      const d = xml.charCodeAt(j);
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 34 || d === 39) quote = d;
      else if (d === 62) break;
      else if (d === 60) throw new XmlError(`unclosed tag at ${i}`);
    }
    if (j >= xml.length) throw new XmlError(`unclosed tag at ${i}`);
    const kind = close ? "close" : xml.charCodeAt(j - 1) === 47 ? "empty" : "open";
    return { start: i, end: j + 1, name, local: localOf(name), kind };
  }
}

function after(xml: string, token: string, from: number): number {
  const k = xml.indexOf(token, from);
  if (k < 0) throw new XmlError(`unterminated ${token}`);
  return k + token.length;
}

/** The element whose open tag is `open`, found by matching its closing tag (nesting counted). */
export function elementAt(xml: string, open: Tag, to = xml.length): Element {
  if (open.kind === "empty") return { open, inner: open.end, innerEnd: open.end, end: open.end };
  let depth = 1;
  let at = open.end;
  for (;;) {
    const t = nextTag(xml, at, to);
    if (!t) throw new XmlError(`<${open.name}> is not closed`);
    if (t.name === open.name) {
      if (t.kind === "open") depth++;
      else if (t.kind === "close" && --depth === 0)
        return { open, inner: open.end, innerEnd: t.start, end: t.end };
    }
    at = t.end;
  }
}

/** The first element named `local` (any prefix) within [from, to), at any depth. */
export function findElement(xml: string, local: string, from = 0, to = xml.length): Element | null {
  let at = from;
  for (;;) {
    const t = nextTag(xml, at, to);
    if (!t) return null;
    if (t.local === local && t.kind !== "close") return elementAt(xml, t, to);
    at = t.end;
  }
}

/** The child elements of `parent` (direct children only), optionally only those named `local`. */
export function children(xml: string, parent: Element, local?: string): Element[] {
  const out: Element[] = [];
  let at = parent.inner;
  for (;;) {
    const t = nextTag(xml, at, parent.innerEnd);
    if (!t) return out;
    if (t.kind === "close") throw new XmlError(`stray </${t.name}>`);
    const e = elementAt(xml, t, parent.innerEnd);
    if (local === undefined || t.local === local) out.push(e);
    at = e.end;
  }
}

/** The direct child named `local`, if any. */
export function child(xml: string, parent: Element, local: string): Element | null {
  return children(xml, parent, local)[0] ?? null;
}

const ATTR = /([^\s=/<>"']+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The attributes of a tag (qualified names as written), values unescaped. */
export function attrs(tagText: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = tagText.replace(/^<\/?[^\s/>]+/, "");
  for (const m of body.matchAll(ATTR)) out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}

/** The value of the attribute whose local name is `local` (any prefix), e.g. "id" for "r:id". */
export function attrLocal(a: Record<string, string>, local: string, prefixed = false): string | undefined {
  for (const [k, v] of Object.entries(a)) {
    const i = k.indexOf(":");
    if (prefixed ? i >= 0 && k.slice(i + 1) === local : k === local) return v;
  }
  return undefined;
}

/** The tag text with attribute `name` set to `value` (added at the end when missing), or removed (null). */
export function setAttr(tagText: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tagText);
  if (m) {
    if (value === null) return tagText.slice(0, m.index) + tagText.slice(m.index + m[0].length);
    return (
      tagText.slice(0, m.index) +
      `${m[1]}${name}="${escapeAttr(value)}"` +
      tagText.slice(m.index + m[0].length)
    );
  }
  if (value === null) return tagText;
  const close = tagText.endsWith("/>") ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, close).replace(/\s+$/, "")} ${name}="${escapeAttr(value)}"${tagText.slice(close)}`;
}

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** Characters XML 1.0 cannot hold, even escaped. */

const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text for a SpreadsheetML string (ST_Xstring): characters XML cannot hold become "_xHHHH_", and an
 * underscore that would read as such an escape is itself escaped, so the text reads back the same.
 */
export function toXstring(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** The text a SpreadsheetML string stands for ("_x000D_" → "\r"). */
export function fromXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The concatenated text of every <t> in `xml` (rich text runs), phonetic runs (<rPh>) left out. */
export function textOfRuns(xml: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) return out;
    if (t.local === "rPh" && t.kind === "open") {
      at = elementAt(xml, t).end;
      continue;
    }
    if (t.local === "t" && t.kind === "open") {
      const e = elementAt(xml, t);
      out += fromXstring(unescapeXml(xml.slice(e.inner, e.innerEnd)));
      at = e.end;
      continue;
    }
    at = t.end;
  }
}
