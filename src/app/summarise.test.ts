/**
 * The summary use cases over both hosts with the real reader, check, judge and planner: files read
 * one at a time through the file host, the pane's workbook through the Office.js host over the Excel
 * host simulator. The numbers are the `status` use case's, source by source.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fileHost, newWorkbookHost } from "../cli/fileHost";
import { createOfficeHost } from "../excel/officeHost";
import { STATUS_LABEL, STATUS_STYLE, type Status } from "../model";
import { readWorkbook } from "../read";
import { COUNT_KEY, type StatusCounts, type Summary } from "../summary";
import { readXlsxFile } from "../xlsx/file";
import { createSimulator, type Simulator } from "../../test/simulator";
import { FIXTURES, loadWorkbook } from "../../test/simulator/node";
import { saveDepartments, status, summarise, writeSummary, type SummaryFile } from ".";

const SUMMARY = path.join(FIXTURES, "summary");
const CORPUS = path.join(FIXTURES, "..", "corpus");
const FIVE = [
  "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "kasvu-ja-tyollisyys-2026-T1.xlsx",
  "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "konsernihallinto-palveluohjelma-2018.xlsx",
  "konsernipalvelut-2025-T2.xlsx",
].map((f) => path.join(FIXTURES, f));
const CLEAN = ["sivistys", "tekninen", "perusturva", "elinvoima"].map((d) =>
  path.join(SUMMARY, `${d}-2025-T2.xlsx`),
);

const asFile = (file: string): SummaryFile => ({ name: path.basename(file), open: () => fileHost(file) });
const KEYS = ["achieved", "partial", "notAchieved", "notAssessable"] as const;

/** The statuses `status` gives for a file, counted. */
async function statusCounts(file: string): Promise<StatusCounts> {
  const { assessments } = await status(fileHost(file));
  const c: StatusCounts = {
    measures: assessments.length,
    achieved: 0,
    partial: 0,
    notAchieved: 0,
    notAssessable: 0,
  };
  for (const a of assessments) c[COUNT_KEY[a.status]]++;
  return c;
}

async function sumOf(files: string[]): Promise<StatusCounts> {
  const total: StatusCounts = { measures: 0, achieved: 0, partial: 0, notAchieved: 0, notAssessable: 0 };
  for (const f of files) {
    const c = await statusCounts(f);
    for (const k of ["measures", ...KEYS] as const) total[k] += c[k];
  }
  return total;
}

const countsOf = (s: Summary): StatusCounts => ({
  measures: s.total.measures,
  achieved: s.total.achieved,
  partial: s.total.partial,
  notAchieved: s.total.notAchieved,
  notAssessable: s.total.notAssessable,
});

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-summary-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("summarising files", () => {
  it("the five shared workbooks: the three sheets in a new file, the department counted once, the numbers those of status", async () => {
    const out = newWorkbookHost("yhteenveto.xlsx");
    const written = await writeSummary(out, "fi", { workbook: false, files: FIVE.map(asFile) });
    expect(written.sheets).toEqual(["Yhteenveto", "Mittarit", "Poikkeamat"]);
    const { summary } = written;
    expect(summary.conflicts.map((c) => c.code)).toEqual([
      "duplicate-department",
      "period-mismatch",
      "year-mismatch",
    ]);
    expect(summary.files.map((f) => [f.file, f.error])).toEqual(FIVE.map((f) => [path.basename(f), null]));
    // The table is the T1 report's department twice over: counted once, from the T1 report.
    expect(countsOf(summary)).toEqual(await sumOf(FIVE.filter((f) => !f.endsWith("taulukko.xlsx"))));

    const file = path.join(tmp, "viisi.xlsx");
    await out.saveAs(file);
    const back = await readXlsxFile(file);
    expect(back.sheets.map((g) => g.sheet)).toEqual(["Yhteenveto", "Mittarit", "Poikkeamat"]);
    // Read back as a report workbook, it holds none: the summary sheets are Toteuma's own.
    expect(readWorkbook(back).sheets).toEqual([]);
    // Summarising the summary gives nothing to count, and says the file holds no report.
    const again = await summarise(newWorkbookHost("x.xlsx"), { workbook: false, files: [asFile(file)] });
    expect(again.summary.total.measures).toBe(0);
    expect(again.summary.files[0].error?.en).toBe(
      'The file "viisi.xlsx" holds no goal report (no sheet with a goal structure).',
    );
  });

  it("four departments' T2 2025 reports: no conflict, and each status counted as status counts it", async () => {
    const { summary } = await summarise(newWorkbookHost("x.xlsx"), {
      workbook: false,
      files: CLEAN.map(asFile),
    });
    expect(summary.conflicts).toEqual([]);
    expect(summary.period).toEqual({ period: "T2", year: 2025 });
    expect(summary.departments.map((d) => d.department)).toEqual([
      "Elinvoima- ja ympäristötoimiala",
      "Perusturvan toimiala",
      "Sivistystoimiala",
      "Tekninen toimiala",
    ]);
    expect(countsOf(summary)).toEqual(await sumOf(CLEAN));
    for (const d of summary.departments) {
      const c = await statusCounts(path.join(SUMMARY, d.source.file));
      expect([d.department, d.measures, ...KEYS.map((k) => d[k])]).toEqual([
        d.department,
        c.measures,
        ...KEYS.map((k) => c[k]),
      ]);
    }
    // The statuses come from all three sources (own Tila column, the written selvitys, the figures);
    // every T2 measure here has something to judge from, so none is left not assessable.
    expect(KEYS.map((k) => summary.total[k] > 0)).toEqual([true, true, true, false]);
    const sources = new Set(summary.departments.flatMap((d) => d.source.measures.map((m) => m.source)));
    expect([...sources].sort()).toEqual(["computed", "own", "selvitys"]);
  });

  it("names each file it cannot read, with the reader's sentence, and still summarises the others", async () => {
    const files = [
      CLEAN[0],
      path.join(CORPUS, "truncated.xlsx"),
      path.join(tmp, "puuttuu.xlsx"),
      path.join(CORPUS, "date1904-openpyxl.xlsx"),
      CLEAN[1],
    ];
    const heard: string[] = [];
    const { summary } = await summarise(newWorkbookHost("x.xlsx"), {
      workbook: false,
      files: files.map(asFile),
      expected: ["Sivistystoimiala", "Tekninen toimiala", "Kulttuuritoimiala"],
      onFile: (n, total, name) => heard.push(`${n}/${total} ${name}`),
    });
    expect(heard).toEqual(files.map((f, i) => `${i + 1}/5 ${path.basename(f)}`));
    expect(summary.files.map((f) => [f.file, f.error?.fi ?? null])).toEqual([
      ["sivistys-2025-T2.xlsx", null],
      ["truncated.xlsx", 'Tiedosto "truncated.xlsx" on vioittunut tai vajaa, joten sitä ei voi lukea.'],
      ["puuttuu.xlsx", 'Tiedostoa "puuttuu.xlsx" ei löydy.'],
      [
        "date1904-openpyxl.xlsx",
        'Tiedostossa "date1904-openpyxl.xlsx" ei ole yhtään tavoiteraporttia (välilehteä, jolla on tavoiterakenne).',
      ],
      ["tekninen-2025-T2.xlsx", null],
    ]);
    expect(summary.departments.map((d) => d.department)).toEqual(["Sivistystoimiala", "Tekninen toimiala"]);
    expect(summary.conflicts.map((c) => [c.code, c.message.fi])).toEqual([
      ["missing-department", "Odotettu toimiala 'Kulttuuritoimiala' puuttuu: yksikään lähde ei ole siltä."],
    ]);
  });
});

/** A simulator over the composed workbook with three departments' sheets. */
async function threeSheets(): Promise<Simulator> {
  return createSimulator(await loadWorkbook(path.join(SUMMARY, "kolme-toimialaa-2025-T2.xlsx")));
}

const picked = [asFile(CLEAN[2])];

describe("summarising in Excel: the workbook's own sheets and a picked file", () => {
  it("writes the three sheets with the table, the chart over the department table, status colours and links", async () => {
    const sim = await threeSheets();
    const host = createOfficeHost(sim.run);
    const heard: [number, number, string | null][] = [];
    const { summary, sheets } = await writeSummary(host, "fi", {
      workbook: true,
      files: picked,
      onFile: (n, total, name) => heard.push([n, total, name]),
    });
    // The open workbook first (named null: before its snapshot), then the picked file.
    expect(heard).toEqual([
      [1, 2, null],
      [2, 2, "perusturva-2025-T2.xlsx"],
    ]);
    expect(sheets).toEqual(["Yhteenveto", "Mittarit", "Poikkeamat"]);
    expect(summary.conflicts).toEqual([]);
    expect(summary.departments).toHaveLength(4);
    expect(countsOf(summary)).toEqual(
      await sumOf([path.join(SUMMARY, "kolme-toimialaa-2025-T2.xlsx"), CLEAN[2]]),
    );
    expect(sim.sheets().map((s) => s.name)).toEqual([
      "Sivistys T2 2025",
      "Tekninen T2 2025",
      "Elinvoima T2 2025",
      "Yhteenveto",
      "Mittarit",
      "Poikkeamat",
    ]);
    expect(sim.activeSheet()).toBe("Yhteenveto");

    // Yhteenveto: the department table and its chart.
    expect(sim.cell("Yhteenveto", "A6").value).toBe("Elinvoima- ja ympäristötoimiala");
    expect(sim.cell("Yhteenveto", "C10").value).toBe(summary.total.measures);
    expect(sim.cell("Yhteenveto", "H10").numberFormat).toBe("0 %");
    expect(sim.cell("Yhteenveto", "D5")).toMatchObject({
      value: "Toteutunut",
      fill: STATUS_STYLE.achieved.fill,
    });
    const [chart] = sim.charts();
    expect(chart).toMatchObject({
      sheet: "Yhteenveto",
      type: "BarStacked",
      title: "Mittarit tiloittain ja toimialoittain",
      categoriesReversed: true,
    });
    expect(chart.series.map((s) => [s.name, s.values, s.categories, s.color])).toEqual(
      (["achieved", "partial", "not-achieved", "not-assessable"] as Status[]).map((st, i) => [
        STATUS_LABEL[st].fi,
        expect.stringMatching(new RegExp(`\\$${"DEFG"[i]}\\$6:\\$${"DEFG"[i]}\\$9$`)),
        expect.stringMatching(/\$A\$6:\$A\$9$/),
        STATUS_STYLE[st].fill,
      ]),
    );

    // Mittarit: an Excel table; each status cell its label in the city's fill and font; links to the
    // workbook's own cells, none to the picked file.
    const table = sim.tables().find((t) => t.sheet === "Mittarit");
    expect(table?.name).toBe("Toteuma_mittarit");
    const h = Number(/(\d+):/.exec(table!.address.replace(/\$/g, ""))![1]);
    expect(sim.cell("Mittarit", `K${h}`).value).toBe("Tila");
    let linked = 0;
    for (let r = h + 1; r <= h + summary.total.measures; r++) {
      const label = sim.cell("Mittarit", `K${r}`);
      const st = (Object.keys(STATUS_LABEL) as Status[]).find((s) => STATUS_LABEL[s].fi === label.value)!;
      expect([r, label.fill, label.fontColor]).toEqual([r, STATUS_STYLE[st].fill, STATUS_STYLE[st].font]);
      // Every cell of a tall row reads from its top, wrapped, as in the written file.
      for (const c of ["A", "G", "L", "P"])
        expect([c, r, sim.format("Mittarit", `${c}${r}`)]).toEqual([
          c,
          r,
          expect.objectContaining({ wrap: true, vertical: "top" }),
        ]);
      const file = sim.cell("Mittarit", `N${r}`).value;
      const link = sim.hyperlink("Mittarit", `P${r}`);
      if (file === "perusturva-2025-T2.xlsx") expect(link).toBeNull();
      else {
        const sheet = sim.cell("Mittarit", `O${r}`).value;
        expect(link?.documentReference).toBe(`'${sheet}'!${sim.cell("Mittarit", `P${r}`).value}`);
        linked++;
      }
    }
    expect(linked).toBe(20);
    expect(sim.frozenRows("Mittarit")).toBe(h);
    expect(sim.pageLayout("Mittarit")).toMatchObject({ orientation: "Landscape" });
  });

  it("writes with as many syncs for four departments as for one, and replaces its own sheets on the next run", async () => {
    const syncs = async (files: string[]) => {
      const sim = createSimulator(await loadWorkbook(path.join(SUMMARY, "kolme-toimialaa-2025-T2.xlsx")));
      const host = createOfficeHost(sim.run);
      // Only the writing counts: the snapshot grows with the workbook, as in every use case.
      const snap = await host.snapshot();
      sim.resetStats();
      await writeSummary({ ...host, snapshot: async () => snap }, "fi", {
        workbook: true,
        files: files.map(asFile),
      });
      return sim.stats.syncs;
    };
    const four = await syncs(CLEAN);
    expect(four).toBe(await syncs(CLEAN.slice(0, 1)));
    // Three sheets, their tables and the chart in a handful of round trips, not one per row or sheet.
    expect(four).toBeLessThanOrEqual(6);

    const sim = await threeSheets();
    const host = createOfficeHost(sim.run);
    const first = await writeSummary(host, "en", { workbook: true, files: picked });
    const second = await writeSummary(host, "en", { workbook: true, files: picked });
    expect(second.sheets).toEqual(first.sheets);
    expect(countsOf(second.summary)).toEqual(countsOf(first.summary));
    expect(
      sim
        .sheets()
        .map((s) => s.name)
        .filter((n) => !n.includes("T2 2025")),
    ).toEqual(["Yhteenveto", "Mittarit", "Poikkeamat"]);
    expect(sim.tables().filter((t) => t.sheet === "Mittarit")).toHaveLength(1);
    expect(sim.charts()).toHaveLength(1);
    expect(sim.cell("Yhteenveto", "D5").value).toBe("Achieved");
  });

  it("names the sources by the department list kept in the workbook and expects its departments", async () => {
    const sim = await threeSheets();
    const host = createOfficeHost(sim.run);
    const without = await summarise(host, { workbook: true, files: picked });
    const names = without.summary.departments.map((d) => d.department);
    expect(names).toContain("Sivistystoimiala");
    expect(without.summary.conflicts).toEqual([]);
    const kept = await saveDepartments(
      host,
      [
        ...names.filter((n) => n !== "Sivistystoimiala"),
        "Sivistyksen toimiala",
        "Sivistystoimiala = Sivistyksen toimiala",
        "Kulttuuritoimiala",
      ].join("\n"),
    );
    expect(kept.saved).toBe(true);
    const { summary } = await summarise(host, { workbook: true, files: picked });
    // The alias counts under its listed name, everything else as before.
    expect(summary.departments.map((d) => d.department)).toEqual(
      names.map((n) => (n === "Sivistystoimiala" ? "Sivistyksen toimiala" : n)),
    );
    expect(countsOf(summary)).toEqual(countsOf(without.summary));
    expect(summary.conflicts.map((c) => [c.code, c.message.fi])).toEqual([
      ["missing-department", expect.stringContaining("'Kulttuuritoimiala'")],
    ]);
    // Departments asked for by name are what is expected.
    const asked = await summarise(host, { workbook: true, files: picked, expected: ["Tekninen toimiala"] });
    expect(asked.summary.conflicts).toEqual([]);
  });

  it("never writes over a person's own sheet called Yhteenveto", async () => {
    const wb = await loadWorkbook(path.join(SUMMARY, "kolme-toimialaa-2025-T2.xlsx"));
    wb.addWorksheet("Yhteenveto").getCell("A1").value = "Oma yhteenveto hallitukselle";
    const sim = createSimulator(wb);
    const { sheets } = await writeSummary(createOfficeHost(sim.run), "fi", { workbook: true });
    expect(sheets).toEqual(["Yhteenveto 2", "Mittarit", "Poikkeamat"]);
    expect(sim.cell("Yhteenveto", "A1").value).toBe("Oma yhteenveto hallitukselle");
    expect(sim.cell("Yhteenveto 2", "A6").value).toBe("Elinvoima- ja ympäristötoimiala");
  });

  it("names the failing step when the workbook itself cannot be read", async () => {
    const sim = await threeSheets();
    const office = createOfficeHost(sim.run);
    const e = await writeSummary({ ...office, snapshot: () => Promise.reject(new Error("busy")) }, "fi", {
      workbook: true,
    }).catch((x: unknown) => x);
    expect(e).toMatchObject({ stage: "snapshot" });
    expect(sim.sheets().map((s) => s.name)).not.toContain("Yhteenveto");
  });
});
