/**
 * `toteuma summary` output opens in LibreOffice, which finds the chart: printed to PDF, the page
 * carries the chart's title and legend; saved again as .xlsx by LibreOffice, the chart part is still a
 * stacked bar chart over the department table, one series per status in the city's colours. CI
 * installs LibreOffice (.ci/run); on a machine without it this test is skipped, except in CI.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { STATUS_LABEL, STATUS_STYLE, STATUSES } from "../../src/model";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;
const FIX = path.join(__dirname, "../fixtures/workbooks");

function convert(dir: string, file: string, format: string): string {
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
  return path.join(dir, format, path.basename(file).replace(/\.xlsx$/, `.${format}`));
}

maybe(
  "the summary of the five shared workbooks opens in LibreOffice with its chart over the department table",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-lo-summary-"));
    const out = path.join(dir, "yhteenveto.xlsx");
    const files = fs
      .readdirSync(FIX)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(FIX, f));
    expect(files).toHaveLength(5);
    const code = await main(["summary", ...files, "-o", out], {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
    });
    expect(code).toBe(0);

    // Printed: the first page has the department table and, whole below it, the chart (its title and
    // its axis); the conflicts follow.
    const pdf = convert(dir, out, "pdf");
    const page = (from: number, to: number) => {
      execFileSync("pdftotext", ["-f", `${from}`, "-l", `${to}`, "-layout", pdf, path.join(dir, "page.txt")]);
      return fs.readFileSync(path.join(dir, "page.txt"), "utf8");
    };
    const first = page(1, 1);
    expect(first).toContain("Mittareiden tila toimialoittain");
    expect(first).toContain("Mittarit tiloittain ja toimialoittain");
    expect(first).toMatch(/\b0\s+5\s+10\s+15\s+20\s+25\s+30\b/);
    expect(page(1, 2)).toContain("Ristiriidat");

    // Saved again by LibreOffice: the chart is there, a stacked bar chart over the same cells.
    const parts = unzipSync(new Uint8Array(fs.readFileSync(convert(dir, out, "xlsx"))));
    const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = strFromU8(parts[charts[0]]);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    expect(chart).toMatch(/Yhteenveto'?!\$A\$6:\$A\$9/);
    STATUSES.forEach((s, i) => {
      const col = "DEFG"[i];
      expect(chart).toMatch(new RegExp(`Yhteenveto'?!\\$${col}\\$6:\\$${col}\\$9`));
      // LibreOffice writes the colour in lower case.
      expect(chart.toUpperCase()).toContain(
        `<A:SRGBCLR VAL="${STATUS_STYLE[s].fill.slice(1).toUpperCase()}"/>`,
      );
      expect(chart).toContain(STATUS_LABEL[s].fi);
    });
    fs.rmSync(dir, { recursive: true, force: true });
  },
  240_000,
);
