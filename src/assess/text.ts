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
  const t = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  const res = column ? [VALUE_LABELS[column]] : Object.values(VALUE_LABELS);
  for (const re of res) {
    const m = re.exec(t);
    if (m) return m[1].trim();
  }
  return t;
}

/** A value in double quotes for a reason, cut at 80 characters. */
export function quote(text: string): string {
  const t = text.length > 80 ? text.slice(0, 77) + "…" : text;
  return `"${t}"`;
}
