import { cleanText } from "../text";
import { hasText, isWritten, normalise, truncate } from "./text";
import type { Selvitys } from "../model/report";

/** The definitions the faster code must agree with. */
const plainNormalise = (t: string) =>
  cleanText(t)
    .toLocaleLowerCase("fi-FI")
    .replace(/[\s.,;:!?…]+$/u, "")
    .trim();
function plainTruncate(text: string, limit = 60): string {
  const t = cleanText(text);
  if (t.length <= limit) return t;
  const cut = t.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  const head = space >= limit * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:–-]+$/u, "")}…`;
}

const TEXTS = [
  "",
  "   ",
  "\u200b\u00a0\ufeff",
  "Kasvava Pori. ",
  "KASVU…!?",
  "  Osaavan \u00a0 työvoiman\n saatavuus ;:",
  "...",
  "Ä" + " .".repeat(400),
  "Sana ".repeat(300) + "loppu.",
  " ".repeat(990) + "alku ja sitten pitkä teksti ".repeat(40),
  "x".repeat(999) + "  \u2007 " + "y".repeat(50),
  "İSTANBUL ΟΔΟΣ",
];

describe("validate/text", () => {
  it.each(TEXTS.map((t) => [t]))("normalise, truncate and hasText agree with their definitions: %j", (t) => {
    expect(normalise(t)).toBe(plainNormalise(t));
    expect(truncate(t)).toBe(plainTruncate(t));
    expect(truncate(t, 20)).toBe(plainTruncate(t, 20));
    expect(hasText(t)).toBe(cleanText(t) !== "");
  });

  it("normalise of a 32,000-character run of dots is empty and the cut of a long text is its cleaned start", () => {
    expect(normalise(".".repeat(32_000))).toBe("");
    const long = "Ensimmäinen  lause on tässä ja se jatkuu pitkään. ".repeat(700);
    expect(truncate(long)).toBe(plainTruncate(long));
    expect(truncate(long).length).toBeLessThanOrEqual(60);
  });

  const selvitys = (text: string): Selvitys => ({
    heading: "Selvitys (T1):",
    cell: { sheet: "S", row: 1, col: 1 },
    period: "T1",
    year: null,
    text,
    parts: [],
  });

  it("isWritten reads the lines before the first part: a written line answers, a sub-goal line ends the search", () => {
    expect(isWritten(selvitys(""))).toBe(false);
    expect(isWritten(selvitys(" \n\u00a0\n"))).toBe(false);
    expect(isWritten(selvitys("\n\n  Edennyt hyvin"))).toBe(true);
    expect(isWritten(selvitys("\nOsatavoite 1: kasvu\nRaportointi: edennyt"))).toBe(false);
    expect(isWritten(selvitys(" \n".repeat(20_000) + "x"))).toBe(true);
  });
});
