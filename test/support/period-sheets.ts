/**
 * Test-only: the composed period reports of test/corpus/blind-period.ts written as sheets, in the
 * block layout (labels in A, texts in B, Lähtötaso/Tavoitetaso (and Tila) in C–E, the selvitys heading
 * the city writes for the period in A with its text after it, under it, or one line per row) or the
 * table layout (one row per measure, the action's selvitys in a "Selvitys (T2)" column on its first
 * row, an older period's column before it). Read with the product's own readers.
 */
import type { Grid } from "../../src/model/grid";
import { selvitysHeading } from "../../src/model/period";
import type { PeriodAction, PeriodReportCase } from "../corpus/blind-period";
import { gridOf } from "./mess";

function blockRows(c: PeriodReportCase): string[][] {
  const rows: string[][] = [[`Talousarvion ${c.year} toiminnalliset tavoitteet – ${c.sector}`], []];
  const headers = ["Lähtötaso", "Tavoitetaso", ...(c.ownColumn ? ["Tila"] : [])];
  rows.push(["PAINOPISTE", c.focus], ["TAVOITE", c.goal], ["TEKO", c.commitment]);
  const selvitysRows = (heading: string, text: string, style: PeriodAction["style"]) => {
    if (style === "sameCell") rows.push([text ? `${heading} ${text}` : heading]);
    else {
      rows.push([heading]);
      if (!text) return;
      if (style === "lines") for (const line of text.split("\n")) rows.push([line]);
      else rows.push([text]);
    }
  };
  for (const a of c.actions) {
    rows.push(["TOIMENPIDE", a.text]);
    if (c.measuresInOneCell) {
      rows.push(["MITTARI", a.measures.map((m, i) => `Mittari ${i + 1}. ${m.text}`).join("\n"), ...headers]);
      for (const m of a.measures)
        rows.push(["", "", m.baseline, m.target, ...(c.ownColumn ? [m.own ?? ""] : [])]);
    } else {
      rows.push(["MITTARI", "", ...headers]);
      for (const m of a.measures)
        rows.push(["", m.text, m.baseline, m.target, ...(c.ownColumn ? [m.own ?? ""] : [])]);
    }
    if (a.older) selvitysRows(selvitysHeading(a.older.period, c.year), a.older.text, "nextRows");
    if (a.selvitys !== null) selvitysRows(selvitysHeading(c.period, c.year), a.selvitys, a.style);
    rows.push([]);
  }
  return rows;
}

function tableRows(c: PeriodReportCase): string[][] {
  const older = c.actions.find((a) => a.older)?.older?.period;
  const headers = [
    "Painopiste",
    "Tavoite",
    "Teko",
    "Toimenpide",
    "Mittari",
    "Lähtötaso",
    "Tavoitetaso",
    ...(c.ownColumn ? ["Tila"] : []),
    ...(older ? [`Selvitys (${older})`] : []),
    `Selvitys (${c.period})`,
  ];
  const rows: string[][] = [[`Talousarvion ${c.year} toiminnalliset tavoitteet – ${c.sector}`], [], headers];
  for (const a of c.actions)
    a.measures.forEach((m, i) => {
      const first = i === 0;
      rows.push([
        first ? c.focus : "",
        first ? c.goal : "",
        first ? c.commitment : "",
        first ? a.text : "",
        m.text,
        m.baseline,
        m.target,
        ...(c.ownColumn ? [m.own ?? ""] : []),
        ...(older ? [first ? (a.older?.text ?? "") : ""] : []),
        first ? (a.selvitys ?? "") : "",
      ]);
    });
  return rows;
}

/** The case as a sheet named after it. */
export function periodSheet(c: PeriodReportCase): Grid {
  return gridOf(c.name, c.layout === "block" ? blockRows(c) : tableRows(c));
}
