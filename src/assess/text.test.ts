import { stripValueLabel } from "./text";

/** The rule as first written: every run of white space one space, trimmed, then the label removed. */
function reference(text: string, column?: "baseline" | "target" | "actual"): string {
  const t = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  const labels = {
    baseline: /^(?:lähtötaso|lähtötilanne)\s*[:.-]?\s+(.+)$/iu,
    target: /^(?:tavoitetaso|tavoite)\s*[:.-]?\s+(.+)$/iu,
    actual: /^(?:toteuma|toteutuma)\s*[:.-]?\s+(.+)$/iu,
  };
  for (const re of column ? [labels[column]] : Object.values(labels)) {
    const m = re.exec(t);
    if (m) return m[1].trim();
  }
  return t;
}

describe("stripValueLabel", () => {
  it("removes the column's own label, whatever the spaces around it", () => {
    expect(stripValueLabel("Toteuma:\u00a0 12 kpl ", "actual")).toBe("12 kpl");
    expect(stripValueLabel("LÄHTÖTASO - 26 pv", "baseline")).toBe("26 pv");
    expect(stripValueLabel("Tavoite ylittyi", "actual")).toBe("Tavoite ylittyi");
    expect(stripValueLabel("tavoite\t20 pv")).toBe("20 pv");
  });

  it("collapses white space as the regular expression did, with or without a label", () => {
    const pieces = ["Toteuma", "tavoite", "Lähtötaso:", "12", "kpl", "x", ""];
    const spaces = [" ", "  ", "\u00a0", "\u202f", "\t", "\n", "\u2009", "\ufeff", "\u3000", ""];
    let n = 0;
    for (const a of pieces)
      for (const s1 of spaces)
        for (const b of pieces)
          for (const s2 of spaces) {
            const text = `${s2}${a}${s1}${b}${s1 === " " ? s2 : ""}`;
            for (const column of [undefined, "baseline", "target", "actual"] as const) {
              expect([text, column, stripValueLabel(text, column)]).toEqual([
                text,
                column,
                reference(text, column),
              ]);
              n++;
            }
          }
    expect(n).toBeGreaterThan(10_000);
  });
});
