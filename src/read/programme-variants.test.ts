/**
 * Programme sheets (the older "palveluohjelma" format of seed 003) written the way a clerk writes
 * them: numbers as "1)", "1.1", "1 .", "Tavoite 1" or none; labels in lower case, with colons, with
 * extra and no-break spaces; "Toiminnalliset tavoitteet 2020" and "Toiminnallinen tavoite v. 2018";
 * label and text in one cell; text in column C with B empty; several Mittari or Toimenpide lines in
 * one block; multi-line cells; title blocks, section headings, page footers; promises between the
 * numbered items; the list of long-term goals on its own sheet, above the items, or missing.
 *
 * Decisions:
 * - several "Mittari" lines in one block are several measures of the block's action;
 * - several "Toimenpide" lines in one numbered block are several actions, each with the Mittari lines
 *   under it (in an unnumbered programme a Toimenpide after the block's Vastuuhenkilö starts a block);
 * - a long-term goal written with a trailing dot, in another case or with extra spaces is the listed
 *   goal; a different text is warned of; with no list anywhere, nothing is said.
 *
 * Every clean sheet is read with its counts, fields, year and department and gives no findings; every
 * planted fault is found, and found only in the block where it was planted.
 */
import { countActions, countMeasures } from "../model";
import type { Grid } from "../model/grid";
import { measureRows } from "../model/rows";
import { validateWorkbook } from "../validate";
import { readWorkbook } from "./index";
import { gridOf } from "../../test/support/mess";

interface Act {
  text: string;
  measures: string[];
}
interface Item {
  ltg: string;
  og: string;
  actions: Act[];
  resp: string;
}

type Field = "ltg" | "og" | "action" | "measure" | "resp";

interface Style {
  /** How a block's number is written; null: unnumbered. */
  number: ((n: number) => string) | null;
  /** "row": the number on a row of its own; "cell": in its own cell before the first label; "label": "1) Pitkän …" in the label cell. */
  numberWhere: "row" | "cell" | "label";
  labels: Record<Field, string>;
  /** Label and text in one cell ("Mittari: Yhteinen suunnitelma."). */
  oneCell: boolean;
  labelCol: number;
  textCol: number;
  /** Blank row after each block. */
  blank: boolean;
  /** A page footer row after every n-th block. */
  footer?: { every: number; row: (page: number) => string[] };
  /** Rows between blocks (promises, section headings), by the index of the block they follow. */
  between?: Record<number, string[][]>;
}

const LABELS: Record<Field, string> = {
  ltg: "Pitkän aikavälin tavoite",
  og: "Toiminnallinen tavoite 2019",
  action: "Toimenpide",
  measure: "Mittari",
  resp: "Vastuuhenkilö",
};

const LIST = [
  "Työpaikkojen ja verotulojen kasvu",
  "Nuorisotakuun toteutuminen",
  "Kehittyvä sisäinen ohjausmalli",
  "Turvallinen ja kriisinkestävä Pori",
];

const ITEMS: Item[] = [
  {
    ltg: "Työpaikkojen ja verotulojen kasvu.",
    og: "Yritysten kasvun tukeminen kumppaneiden kanssa.",
    actions: [
      { text: "Yritysten kasvutarpeiden tunnistaminen.", measures: ["Kumppaniverkoston palveluehdotus."] },
    ],
    resp: "Jouko Hautamäki",
  },
  {
    ltg: "Nuorisotakuun toteutuminen.",
    og: "Ohjaamotoiminta käynnissä.",
    actions: [{ text: "Matalan kynnyksen palvelumallit.", measures: ["Työttömien nuorten määrä."] }],
    resp: "Juha Laine",
  },
  {
    ltg: "Kehittyvä sisäinen ohjausmalli.",
    og: "Ohjausmalli toimii.",
    actions: [{ text: "Prosessit määritellään toimialojen kanssa.", measures: ["Prosessit on määritelty."] }],
    resp: "Lauri Kilkku",
  },
  {
    ltg: "Turvallinen ja kriisinkestävä Pori.",
    og: "Riskienhallinnan uudelleenorganisointi.",
    actions: [{ text: "Riskienhallinnan jalkauttaminen.", measures: ["Riskienhallinta on organisoitu."] }],
    resp: "Pasi Vainio",
  },
];

interface Rendered {
  rows: string[][];
  /** 1-based first and last row of each block. */
  blocks: { first: number; last: number }[];
}

function put(row: string[], col: number, text: string): void {
  while (row.length < col) row.push("");
  row[col] = text;
}

function render(style: Style, items: Item[], head: string[][], tail: string[][] = []): Rendered {
  const rows: string[][] = head.map((r) => [...r]);
  const blocks: Rendered["blocks"] = [];
  items.forEach((item, i) => {
    const first = rows.length + 1;
    const num = style.number ? style.number(i + 1) : null;
    if (num !== null && style.numberWhere === "row") {
      const r: string[] = [];
      put(r, style.labelCol, num);
      rows.push(r);
    }
    let firstLabel = true;
    const line = (field: Field, text: string): void => {
      const r: string[] = [];
      let label = style.labels[field];
      let col = style.labelCol;
      if (num !== null && firstLabel && style.numberWhere === "label") label = `${num} ${label}`;
      if (num !== null && firstLabel && style.numberWhere === "cell") {
        put(r, col, num);
        col++;
      }
      firstLabel = false;
      if (style.oneCell) put(r, col, `${label.replace(/\s*:\s*$/, "")}: ${text}`);
      else {
        put(r, col, label);
        put(r, style.textCol + (col - style.labelCol), text);
      }
      rows.push(r);
    };
    if (item.ltg !== "") line("ltg", item.ltg);
    if (item.og !== "") line("og", item.og);
    for (const a of item.actions) {
      if (a.text !== "") line("action", a.text);
      for (const m of a.measures) line("measure", m);
    }
    if (item.resp !== "") line("resp", item.resp);
    blocks.push({ first, last: rows.length });
    if (style.between?.[i]) rows.push(...style.between[i].map((r) => [...r]));
    if (style.footer && (i + 1) % style.footer.every === 0) rows.push([], style.footer.row((i + 1) / 2 + 1));
    if (style.blank) rows.push([]);
  });
  rows.push(...tail.map((r) => [...r]));
  return { rows, blocks };
}

function listSheet(goals: string[] = LIST): Grid {
  return gridOf("Pitkän aikavälin tavoitteet", [
    ["2.1. Pitkän aikavälin tavoitteet"],
    ...goals.map((g) => [g]),
  ]);
}

interface Variant {
  name: string;
  sheet: string;
  style: Style;
  head: string[][];
  tail?: string[][];
  items?: Item[];
  /** Other sheets of the workbook (the list of long-term goals). */
  others: Grid[];
  hasList: boolean;
  expected: {
    department: string | null;
    year: number | null;
    actions: number;
    measures: number;
    promises: number;
  };
}

const VARIANTS: Variant[] = [
  {
    name: "'1)' on a row of its own, labels in lower case with colons, the list on its own sheet",
    sheet: "Palveluohjelma",
    style: {
      number: (n) => `${n})`,
      numberWhere: "row",
      labels: {
        ltg: "pitkän aikavälin tavoite:",
        og: "toiminnallinen tavoite 2019:",
        action: "toimenpide:",
        measure: "mittari:",
        resp: "vastuuhenkilö:",
      },
      oneCell: false,
      labelCol: 0,
      textCol: 1,
      blank: true,
    },
    head: [["SIVISTYSTOIMIALAN PALVELUOHJELMA 2019"], [], ["2.2. Toiminnalliset tavoitteet"], []],
    others: [listSheet()],
    hasList: true,
    expected: { department: "Sivistystoimiala", year: 2019, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "'1.' numbers, page numbers alone in column A as footers, labels in upper case with colons in one cell",
    sheet: "Palveluohjelma",
    style: {
      number: (n) => `${n}.`,
      numberWhere: "row",
      labels: {
        ltg: "PITKÄN AIKAVÄLIN TAVOITE:",
        og: "TOIMINNALLINEN TAVOITE 2019:",
        action: "TOIMENPIDE:",
        measure: "MITTARI:",
        resp: "VASTUUHENKILÖ:",
      },
      oneCell: true,
      labelCol: 0,
      textCol: 1,
      blank: true,
      footer: { every: 2, row: (p) => [String(p)] },
    },
    head: [["Sivistystoimiala"], ["PALVELUOHJELMA 2019"], []],
    others: [listSheet()],
    hasList: true,
    expected: { department: "Sivistystoimiala", year: 2019, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "'1.1' numbers, labels with extra and no-break spaces in column B, text in column D with C empty, the list above the items",
    sheet: "Ohjelma",
    style: {
      number: (n) => `1.${n}`,
      numberWhere: "row",
      labels: {
        ltg: "Pitkän  aikavälin\u00a0tavoite ",
        og: "Toiminnalliset tavoitteet\u00a02020",
        action: " Toimenpide",
        measure: "Mittari\u00a0",
        resp: "Vastuuhenkilö",
      },
      oneCell: false,
      labelCol: 1,
      textCol: 3,
      blank: true,
    },
    head: [
      ["", "Tekninen toimiala – palveluohjelma"],
      [],
      ["", "2.1. Pitkän aikavälin tavoitteet"],
      ["", "Mitä pitää saada aikaan pitkällä aikavälillä:"],
      ...LIST.map((g) => ["", `- ${g}`]),
      [],
      ["", "2.2. Toiminnalliset tavoitteet"],
      [],
    ],
    others: [],
    hasList: true,
    expected: { department: "Tekninen toimiala", year: 2020, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "'1 .' in its own cell before the first label, 'Toiminnallinen tavoite v. 2018', a department row, page footers",
    sheet: "Taul1",
    style: {
      number: (n) => `${n} .`,
      numberWhere: "cell",
      labels: { ...LABELS, og: "Toiminnallinen tavoite v. 2018" },
      oneCell: false,
      labelCol: 0,
      textCol: 2,
      blank: true,
      footer: { every: 2, row: (p) => [`Sivu ${p}/3`] },
    },
    head: [["PALVELUOHJELMA 2018"], ["Perusturvan toimiala"], []],
    others: [listSheet()],
    hasList: true,
    expected: { department: "Perusturvan toimiala", year: 2018, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "'Tavoite 1' numbers, label and text in one cell, no title, the department from the sheet name, no list",
    sheet: "Sivistys 2021",
    style: {
      number: (n) => `Tavoite ${n}`,
      numberWhere: "row",
      labels: { ...LABELS, og: "Toiminnallinen tavoite 2021" },
      oneCell: true,
      labelCol: 0,
      textCol: 1,
      blank: false,
    },
    head: [],
    others: [],
    hasList: false,
    expected: { department: "Sivistystoimiala", year: 2021, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "no numbers, no blank rows, labels in upper case, a title block of three rows",
    sheet: "Palveluohjelma 2019",
    style: {
      number: null,
      numberWhere: "row",
      labels: {
        ltg: "PITKÄN AIKAVÄLIN TAVOITE",
        og: "TOIMINNALLINEN TAVOITE 2019",
        action: "TOIMENPIDE",
        measure: "MITTARI",
        resp: "VASTUUHENKILÖ",
      },
      oneCell: false,
      labelCol: 0,
      textCol: 1,
      blank: false,
    },
    head: [
      ["PORIN KAUPUNKI"],
      ["Tekninen toimiala – palveluohjelma 2019"],
      ["Kaupunginvaltuusto 12.11.2018"],
      [],
    ],
    others: [listSheet()],
    hasList: true,
    expected: { department: "Tekninen toimiala", year: 2019, actions: 4, measures: 4, promises: 0 },
  },
  {
    name: "'1) Pitkän aikavälin tavoite' in one cell, promises between the numbered items, a section heading, a footer with two cells",
    sheet: "Konserni",
    style: {
      number: (n) => `${n})`,
      numberWhere: "label",
      labels: LABELS,
      oneCell: false,
      labelCol: 0,
      textCol: 1,
      blank: true,
      footer: { every: 2, row: (p) => ["Palveluohjelma 2019", `Sivu ${p}`] },
      between: {
        1: [
          [],
          ["Palvelulupaus", "Vastaamme yrityksen yhteydenottoon vuorokauden kuluessa."],
          ["Vastuuhenkilö", "Lauri Kilkku"],
        ],
      },
    },
    head: [["KONSERNIHALLINNON TOIMIALAN PALVELUOHJELMA 2019"], [], ["2. Tavoitteet ja toimenpiteet"], []],
    tail: [
      ["3. Palvelulupaukset"],
      [],
      ["Palvelulupaukset tehdään asukkaita ja muita ulkoisia asiakkaita varten."],
      [],
      ["Palvelulupaus", "Annamme kaikille porilaisille mahdollisuuden markkinoida kaupunkiaan."],
      ["Vastuuhenkilö", "Salla Rajala"],
    ],
    others: [listSheet()],
    hasList: true,
    expected: { department: "Konsernihallinnon toimiala", year: 2019, actions: 4, measures: 4, promises: 2 },
  },
];

function workbook(v: Variant, items: Item[] = v.items ?? ITEMS, style: Style = v.style) {
  const r = render(style, items, v.head, v.tail);
  const grid = gridOf(v.sheet, r.rows);
  return { snapshot: { name: "ohjelma.xlsx", sheets: [grid, ...v.others] }, blocks: r.blocks, rows: r.rows };
}

describe.each(VARIANTS)("programme: $name", (v) => {
  const { snapshot } = workbook(v);
  const wb = readWorkbook(snapshot);
  const report = wb.sheets[0];

  it("is read with its counts, department and year", () => {
    expect({
      layout: report.layout,
      department: report.department,
      year: report.year,
      actions: countActions(report),
      measures: countMeasures(report),
      promises: report.programme?.promises.length,
    }).toEqual({ layout: "programme", ...v.expected });
    expect(report.problems).toEqual([]);
    expect(report.nearMisses).toEqual([]);
  });

  it("reads each item's five fields as written", () => {
    const items = report.programme!.items;
    expect(
      items.map((i) => [i.fields.longTermGoal?.text, i.fields.action?.text, i.fields.responsible?.text]),
    ).toEqual(ITEMS.map((i) => [i.ltg, i.actions[0].text, i.resp]));
    const rows = measureRows(report);
    expect(rows.map((r) => [r.focusArea, r.goal, r.action, r.measure])).toEqual(
      ITEMS.map((i) => [i.ltg, i.og, i.actions[0].text, i.actions[0].measures[0]]),
    );
  });

  it("gives no findings (a clean programme)", () => {
    expect(validateWorkbook(wb).map((f) => `${f.code} ${f.cell.sheet}!${f.cell.row}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Planted faults: each found in its block, and nowhere else.

type Plant = {
  name: string;
  block: number;
  codes: string[];
  listOnly?: boolean;
  change: (items: Item[], style: Style) => Style;
};

const PLANTS: Plant[] = [
  {
    name: "a missing Toimenpide",
    block: 1,
    codes: ["programme-missing-field"],
    change: (items, style) => {
      items[1].actions[0].text = "";
      return style;
    },
  },
  {
    name: "a missing Mittari",
    block: 2,
    codes: ["programme-missing-field"],
    change: (items, style) => {
      items[2].actions[0].measures = [];
      return style;
    },
  },
  {
    name: "a missing Vastuuhenkilö",
    block: 0,
    codes: ["programme-missing-field"],
    change: (items, style) => {
      items[0].resp = "";
      return style;
    },
  },
  {
    name: "a missing Toiminnallinen tavoite",
    block: 3,
    codes: ["programme-missing-field"],
    change: (items, style) => {
      items[3].og = "";
      return style;
    },
  },
  {
    name: "a missing Pitkän aikavälin tavoite",
    block: 2,
    codes: ["programme-missing-field"],
    change: (items, style) => {
      items[2].ltg = "";
      return style;
    },
  },
  {
    name: "a long-term goal not on the list",
    block: 1,
    codes: ["programme-unknown-long-term-goal"],
    listOnly: true,
    change: (items, style) => {
      items[1].ltg = "Porin maine ja näkyvyys.";
      return style;
    },
  },
  {
    name: "the near-miss 'Toimenpde'",
    block: 2,
    codes: ["label-near-miss"],
    change: (items, style) => nearMissAt(style, 2, "action", "Toimenpde"),
  },
  {
    name: "the near-miss 'Vastuhenkilö'",
    block: 3,
    codes: ["label-near-miss"],
    change: (items, style) => nearMissAt(style, 3, "resp", "Vastuhenkilö"),
  },
  {
    name: "the near-miss 'Pitkän aikavälin tavote'",
    block: 1,
    codes: ["label-near-miss"],
    change: (items, style) => nearMissAt(style, 1, "ltg", "Pitkän aikavälin tavote"),
  },
];

/** A style that writes one label of one block misspelt (the rest as the style has them). */
function nearMissAt(style: Style, block: number, field: Field, written: string): Style {
  return { ...style, misspelt: { block, field, written } } as Style;
}

// `render` with per-block misspellings: the misspelt label replaces the style's label in that block.
function renderPlanted(v: Variant, items: Item[], style: Style) {
  const miss = (style as Style & { misspelt?: { block: number; field: Field; written: string } }).misspelt;
  if (!miss) return workbook(v, items, style);
  const parts = items.map((it, i) => {
    const s: Style =
      i === miss.block
        ? {
            ...style,
            labels: { ...style.labels, [miss.field]: matchCase(style.labels[miss.field], miss.written) },
          }
        : style;
    return { it, s };
  });
  // Render block by block, then stitch: blocks differ only in one label, so render all with the
  // misspelt style and take the misspelt block's rows from it.
  const plain = render(style, items, v.head, v.tail);
  const spelt = render(parts[miss.block].s, items, v.head, v.tail);
  const b = plain.blocks[miss.block];
  const rows = plain.rows.map((r, i) => (i + 1 >= b.first && i + 1 <= b.last ? spelt.rows[i] : r));
  const grid = gridOf(v.sheet, rows);
  return { snapshot: { name: "ohjelma.xlsx", sheets: [grid, ...v.others] }, blocks: plain.blocks, rows };
}

/** The misspelling in the style's case and punctuation ("toimenpide:" → "toimenpde:"). */
function matchCase(label: string, written: string): string {
  const t = label.trim();
  let out = written;
  if (t === t.toLocaleUpperCase("fi-FI")) out = out.toLocaleUpperCase("fi-FI");
  else if (t[0] === t[0].toLocaleLowerCase("fi-FI")) out = out.toLocaleLowerCase("fi-FI");
  const year = /\s((?:v\.\s*)?\d{4})\s*:?\s*$/.exec(t);
  if (year) out = `${out} ${year[1]}`;
  if (t.endsWith(":")) out += ":";
  return out;
}

const CASES = VARIANTS.flatMap((v) =>
  PLANTS.filter((p) => !p.listOnly || v.hasList).map((p) => ({ variant: v.name, plant: p.name, v, p })),
);

describe.each(CASES)("planted in '$variant': $plant", ({ v, p }) => {
  const items: Item[] = structuredClone(ITEMS);
  const style = p.change(items, { ...v.style, labels: { ...v.style.labels } });
  const { snapshot, blocks } = renderPlanted(v, items, style);
  const wb = readWorkbook(snapshot);
  const findings = validateWorkbook(wb).filter((f) => f.severity !== "info");
  const blockOf = (row: number) => blocks.findIndex((b) => row >= b.first && row <= b.last);

  it("is found in its block, and only there", () => {
    const seen = findings.map(
      (f) => `${f.code} ${f.cell.sheet === v.sheet ? blockOf(f.cell.row) : f.cell.sheet}`,
    );
    for (const code of p.codes) expect(seen).toContain(`${code} ${p.block}`);
    expect(seen.filter((s) => !s.endsWith(` ${p.block}`))).toEqual([]);
  });
});

describe("planted faults leave the counts of the clean programme", () => {
  it.each(VARIANTS)("near-miss labels are read as their labels: $name", (v) => {
    for (const p of PLANTS.filter((x) => x.codes.includes("label-near-miss"))) {
      const items: Item[] = structuredClone(ITEMS);
      const style = p.change(items, { ...v.style, labels: { ...v.style.labels } });
      const report = readWorkbook(renderPlanted(v, items, style).snapshot).sheets[0];
      expect([p.name, countActions(report), countMeasures(report), report.programme?.items.length]).toEqual([
        p.name,
        4,
        4,
        4,
      ]);
    }
  });
});

describe("several Toimenpide and Mittari lines in a numbered block, multi-line cells, goals written loosely", () => {
  const rows = (dropLast: boolean): string[][] => [
    ["Sivistystoimialan palveluohjelma 2019"],
    [],
    ["1."],
    ["Pitkän aikavälin tavoite", "Osaava Pori."],
    ["Toiminnallinen tavoite 2019", "Lukutaito\nparanee."],
    ["Toimenpide", "Lukudiplomi kaikille\nneljäsluokkalaisille."],
    ["Mittari", "Diplomien määrä."],
    ["Mittari", "Lainojen määrä."],
    ["Toimenpide", "Kirjastoauto kouluille."],
    ...(dropLast ? [] : [["Mittari", "Käyntien määrä."]]),
    ["Vastuuhenkilö", "Maija Meikäläinen"],
    ["Vastuuhenkilö", "Matti Virtanen"],
    [],
    ["2."],
    ["Pitkän aikavälin tavoite", "HYVINVOIVA  PORI"],
    ["Toiminnallinen tavoite 2019", "Liikunta lisääntyy."],
    ["Toimenpide", "Uimakoulut kaikille."],
    ["Mittari", "Uimataitoisten osuus.\nUimakoulujen määrä."],
    ["Vastuuhenkilö", "Liisa Laine"],
  ];
  const list = gridOf("Tavoitteet", [["Pitkän aikavälin tavoitteet"], ["Osaava Pori"], ["Hyvinvoiva Pori"]]);
  const read = (dropLast: boolean) =>
    readWorkbook({ name: "x.xlsx", sheets: [gridOf("Palveluohjelma", rows(dropLast)), list] });

  it("reads each Toimenpide as an action with the Mittari lines under it", () => {
    const report = read(false).sheets[0];
    expect([countActions(report), countMeasures(report), report.programme?.items.length]).toEqual([3, 4, 2]);
    expect(measureRows(report).map((r) => [r.goal, r.action, r.measure])).toEqual([
      ["Lukutaito paranee.", "Lukudiplomi kaikille neljäsluokkalaisille.", "Diplomien määrä."],
      ["Lukutaito paranee.", "Lukudiplomi kaikille neljäsluokkalaisille.", "Lainojen määrä."],
      ["Lukutaito paranee.", "Kirjastoauto kouluille.", "Käyntien määrä."],
      ["Liikunta lisääntyy.", "Uimakoulut kaikille.", "Uimataitoisten osuus. Uimakoulujen määrä."],
    ]);
    expect(report.programme?.items[0].fields.responsible?.text).toBe("Maija Meikäläinen, Matti Virtanen");
  });

  it("is quiet: the goals differ from the list only by a full stop, case and a space", () => {
    expect(validateWorkbook(read(false)).map((f) => `${f.code} ${f.cell.row}`)).toEqual([]);
  });

  it("finds the second action without a Mittari at that action, in block 1", () => {
    expect(validateWorkbook(read(true)).map((f) => `${f.code} ${f.cell.row}`)).toEqual([
      "programme-missing-field 9",
    ]);
  });

  it("warns of a long-term goal that is another goal than the listed ones", () => {
    const r = rows(false);
    r[14] = ["Pitkän aikavälin tavoite", "Hyvinvoiva ja liikkuva Pori"];
    const wb = readWorkbook({ name: "x.xlsx", sheets: [gridOf("Palveluohjelma", r), list] });
    expect(validateWorkbook(wb).map((f) => `${f.code} ${f.cell.row}`)).toEqual([
      "programme-unknown-long-term-goal 15",
    ]);
  });
});

describe("an unnumbered programme with several measures, Mittari before Toimenpide, and no list", () => {
  const grid = gridOf("Tekninen", [
    ["Pitkän aikavälin tavoite", "Kestävä Pori"],
    ["Toiminnallinen tavoite 2020", "Päästöt vähenevät."],
    ["Mittari", "CO2-päästöt."],
    ["Toimenpide", "Katuvalojen vaihto LED-valoihin."],
    ["Mittari", "Vaihdettujen valaisimien osuus."],
    ["Vastuuhenkilö", "Pekka Puu"],
    ["Pitkän aikavälin tavoite", "Kestävä Pori"],
    ["Toiminnallinen tavoite 2020", "Pyöräily lisääntyy."],
    ["Toimenpide", "Pyöräteiden kunnostus."],
    ["Mittari", "Kunnostetut kilometrit."],
    ["Vastuuhenkilö", "Pekka Puu"],
  ]);
  const wb = readWorkbook({ name: "x.xlsx", sheets: [grid] });
  const report = wb.sheets[0];

  it("reads two blocks, the measure written first belonging to the action after it", () => {
    expect([report.department, report.year, countActions(report), countMeasures(report)]).toEqual([
      "Tekninen toimiala",
      2020,
      2,
      3,
    ]);
    expect(measureRows(report).map((r) => [r.action, r.measure])).toEqual([
      ["Katuvalojen vaihto LED-valoihin.", "CO2-päästöt."],
      ["Katuvalojen vaihto LED-valoihin.", "Vaihdettujen valaisimien osuus."],
      ["Pyöräteiden kunnostus.", "Kunnostetut kilometrit."],
    ]);
  });

  it("is quiet with no list of long-term goals in the workbook", () => {
    expect(validateWorkbook(wb)).toEqual([]);
  });
});

describe("the department from a sheet name that starts with a department's stem", () => {
  it.each([
    ["Sivistys T2", "Sivistystoimiala"],
    ["Tekninen 2024", "Tekninen toimiala"],
    ["Perusturva Q3", "Perusturvan toimiala"],
    ["Konserni", "Konsernipalvelut"],
    ["Elinvoima 2023", "Elinvoima- ja ympäristötoimiala"],
    ["Sivistyspalvelut", null],
    ["Tekninen huolto", null],
    ["Taul1", null],
  ])("%s → %s, in the block and table layouts too", (sheet, department) => {
    const block = gridOf(sheet, [
      ["PAINOPISTE", "Osaava Pori"],
      ["TAVOITE", "Oppimistulokset paranevat"],
      ["TEKO", "Vahvistamme perusopetusta"],
      ["TOIMENPIDE", "Lukutaidon tukeminen"],
      ["MITTARI", "", "Lähtötaso", "Tavoitetaso"],
      ["", "Lukutaitotestin tulokset", "65 %", "70 %"],
    ]);
    const table = gridOf(sheet, [
      ["Painopiste", "Tavoite", "Teko", "Toimenpide", "Mittari", "Lähtötaso", "Tavoitetaso"],
      ["Osaava Pori", "Oppimistulokset", "Perusopetus", "Lukutaito", "Testitulokset", "65 %", "70 %"],
    ]);
    const [b] = readWorkbook({ name: "b.xlsx", sheets: [block] }).sheets;
    const [t] = readWorkbook({ name: "t.xlsx", sheets: [table] }).sheets;
    expect([b.layout, b.department, t.layout, t.department]).toEqual([
      "block",
      department,
      "table",
      department,
    ]);
  });
});
