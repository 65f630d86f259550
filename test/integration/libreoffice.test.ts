/**
 * `toteuma colour` output must open in LibreOffice and show the colours and the labels: convert the
 * coloured workbook to HTML with LibreOffice itself and look for each status's fill and label.
 * CI installs LibreOffice (.ci/run); on a machine without it this test is skipped, except in CI.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { STATUS_LABEL, STATUS_STYLE, type Status } from "../../src/model";
import ExcelJS from "exceljs";
import { planClear } from "../../src/edits/colour";
import { applyEdits, newWorkbook, openWorkbook, snapshotOf, workbookBytes } from "../../src/xlsx/core";
import { exceljsOf } from "../support/xlsx";
import { CHART_COLOURS, FULL_SPEC } from "../support/specs";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;

async function cli(args: string[]): Promise<string> {
  let out = "";
  const code = await main(args, { stdout: (s) => (out += s), stderr: () => undefined, env: {} });
  if (code !== 0) throw new Error(`toteuma ${args.join(" ")} exited ${code}`);
  return out;
}

maybe(
  "a coloured year-end workbook opens in LibreOffice with each status's fill and label",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-"));
    const input = path.join(__dirname, "../fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const out = path.join(dir, "varitetty.xlsx");
    await cli(["colour", input, "-o", out]);
    const statuses: { status: Status }[] = JSON.parse(await cli(["status", input, "--json"])).files[0]
      .measures;

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--headless",
        "--convert-to",
        "html",
        "--outdir",
        dir,
        out,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const html = fs.readFileSync(path.join(dir, "varitetty.html"), "utf8");
    const fills = new Set([...html.matchAll(/bgcolor="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1].toUpperCase()));
    const seen = new Set(statuses.map((m) => m.status));
    expect(seen.size).toBeGreaterThan(1);
    for (const s of seen) {
      expect(fills).toContain(STATUS_STYLE[s].fill.toUpperCase());
      const labels = html.split(`>${STATUS_LABEL[s].fi}<`).length - 1;
      expect(labels).toBeGreaterThanOrEqual(1);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  },
  180_000,
);

/** Converts `file` with LibreOffice into `dir` (format "pdf", "xlsx"…). */
function convert(dir: string, file: string, format: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      path.join(dir, format),
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
}

/** Pixels of each colour in a binary PPM (P6) image, as pdftoppm writes them. */
function countColours(ppm: Buffer, colours: string[]): number[] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
    ppm.subarray(0, 50).toString("latin1"),
  ) as RegExpExecArray;
  const start = header[0].length;
  const want = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  const counts = colours.map(() => 0);
  for (let i = start; i + 2 < ppm.length; i += 3)
    want.forEach(([r, g, b], k) => {
      if (Math.abs(ppm[i] - r) <= 2 && Math.abs(ppm[i + 1] - g) <= 2 && Math.abs(ppm[i + 2] - b) <= 2)
        counts[k]++;
    });
  return counts;
}

maybe(
  "a sheet Toteuma writes with a chart, a drop-down and protection opens in LibreOffice, which draws the chart and keeps them",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-spec-"));
    const wb = newWorkbook();
    applyEdits(wb, [{ kind: "sheet", spec: FULL_SPEC, activate: true }]);
    const file = path.join(dir, "yhteenveto.xlsx");
    fs.writeFileSync(file, workbookBytes(wb));

    // Printed: each series' colour is drawn (bars of the stacked chart).
    convert(dir, file, "pdf");
    execFileSync("pdftoppm", [
      "-r",
      "40",
      "-f",
      "1",
      "-l",
      "1",
      path.join(dir, "pdf", "yhteenveto.pdf"),
      path.join(dir, "page"),
    ]);
    const page = fs.readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".ppm")) as string;
    const counts = countColours(fs.readFileSync(path.join(dir, page)), CHART_COLOURS);
    for (const n of counts) expect(n).toBeGreaterThan(20);

    // Saved again by LibreOffice: it found the chart (a stacked bar chart over the same cells), the
    // drop-down, the protection and the unlocked answer cells.
    convert(dir, file, "xlsx");
    const parts = unzipSync(fs.readFileSync(path.join(dir, "xlsx", "yhteenveto.xlsx")));
    const text = (name: string) => strFromU8(parts[name]);
    const chart = Object.keys(parts).find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)) as string;
    expect(chart).toBeDefined();
    expect(text(chart)).toContain('<c:barDir val="bar"/>');
    expect(text(chart)).toContain('<c:grouping val="stacked"/>');
    expect(text(chart)).toMatch(/Yhteenveto'?!\$B\$5:\$B\$7/);
    const sheet = text("xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"/);
    expect(sheet).toContain("Toteutunut,Osittain toteutunut,Ei toteutunut,Ei arvioitavissa");
    expect(sheet).toMatch(/<sheetProtection sheet="(true|1)"/);
    expect(text("xl/styles.xml")).toMatch(/<protection locked="(false|0)"/);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  240_000,
);

maybe(
  "coloured by the command line, saved again by LibreOffice (styles and strings renumbered), cleared back to what it was",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-resave-"));
    const input = path.join(__dirname, "../fixtures/workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const out = path.join(dir, "varitetty.xlsx");
    await cli(["colour", input, "-o", out]);
    convert(dir, out, "xlsx");
    convert(dir, input, "xlsx");
    const resaved = openWorkbook(
      new Uint8Array(fs.readFileSync(path.join(dir, "xlsx", "varitetty.xlsx"))),
      "x.xlsx",
    );
    const clear = planClear(await snapshotOf(resaved));
    expect(clear.length).toBeGreaterThan(0);
    applyEdits(resaved, clear);
    const looks = (wb: ExcelJS.Workbook) => {
      const ws = wb.worksheets[0];
      const out: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          const colour = fill?.pattern === "solid" ? JSON.stringify(fill.fgColor) : "none";
          // LibreOffice writes the theme's text colour (theme 1) as black; the restored cells keep it.
          const f = (cell.font ?? {}) as Partial<ExcelJS.Font> & {
            color?: { theme?: number; argb?: string };
          };
          const colourOf = f.color?.theme === 1 ? "FF000000" : (f.color?.argb ?? "auto");
          const font = `${f.name} ${f.size} ${f.bold === true} ${f.italic === true} ${colourOf}`;
          if (cell.value !== null || colour !== "none")
            out.push(`${r},${c}: ${JSON.stringify(cell.value)} ${colour} ${font}`);
        }),
      );
      return out;
    };
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(path.join(dir, "xlsx", "elinvoima-ja-ymparisto-2023-vuosi.xlsx"));
    const after = await exceljsOf(resaved);
    expect(looks(after)).toEqual(looks(before));
    fs.rmSync(dir, { recursive: true, force: true });
  },
  240_000,
);
