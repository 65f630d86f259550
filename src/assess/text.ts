/** The values of a measure as the judges read them, and how a reason quotes them. */

const VALUE_LABELS: Record<"baseline" | "target" | "actual", RegExp> = {
  baseline: /^(?:lähtötaso|lähtötilanne)\s*[:.-]?\s+(.+)$/iu,
  target: /^(?:tavoitetaso|tavoite)\s*[:.-]?\s+(.+)$/iu,
  actual: /^(?:toteuma|toteutuma)\s*[:.-]?\s+(.+)$/iu,
};

/**
 * Removes a column label written into the value cell: "Toteuma Ei erillistä sopimusta." With the
 * column given, only that column's own label is removed, so that an actual "Tavoite ylittyi" keeps
 * its first word.
 */
export function stripValueLabel(
  text: string | null | undefined,
  column?: "baseline" | "target" | "actual",
): string {
  if (!text) return "";
  const t = spacedOnce(text) ? text : text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  // Every label starts with an "l" (lähtötaso) or a "t" (tavoite, toteuma): a text that starts
  // otherwise is not tried against them.
  const first = t.charCodeAt(0) | 0x20;
  if (first !== 0x6c && first !== 0x74) return t;
  if (column) {
    const m = VALUE_LABELS[column].exec(t);
    return m ? m[1].trim() : t;
  }
  for (const re of ALL_LABELS) {
    const m = re.exec(t);
    if (m) return m[1].trim();
  }
  return t;
}

const ALL_LABELS = Object.values(VALUE_LABELS);

/** A whitespace character of \s (and the no-break spaces the value cells hold). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when the text is already what collapsing its spaces and trimming would make it: no white
 * space at either end, and none but single plain spaces between the words. Most cells are; their
 * text is then used as it is, not copied.
 */
function spacedOnce(text: string): boolean {
  const n = text.length;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (isSpace(text.charCodeAt(i + 1))) return false;
    } else if (c > 32 && c < 0xa0) continue;
    else if (isSpace(c)) return false;
  }
  return true;
}

/** A value in double quotes for a reason, cut at 80 characters. */
export function quote(text: string): string {
  const t = text.length > 80 ? text.slice(0, 77) + "…" : text;
  return `"${t}"`;
}
