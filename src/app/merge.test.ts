/**
 * The use case "merge" (src/app/merge.ts): the same plan, notes and merged workbook as `toteuma merge`
 * on the shared fixtures, through the pane's package code (fflate, bytes in and out); each file read
 * once; a file that cannot be read is named and the others are still merged; the steps told.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../cli/main";
import { mergeJson } from "../cli/commands/merge";
import { readWorkbook } from "../read";
import { mergeXlsx } from "../xlsx/mergeKit";
import { openWorkbook, snapshotOf } from "../xlsx/read";
import { merge, type MergeFile } from "./merge";
import { memorySettings, type HostPort } from "./port";

const FIX = path.join(__dirname, "../../test/fixtures/workbooks");
const CLEAN = ["sivistys", "tekninen", "perusturva", "elinvoima"].map((d) =>
  path.join(FIX, "summary", `${d}-2025-T2.xlsx`),
);
const FIVE = [
  "elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "kasvu-ja-tyollisyys-2026-T1.xlsx",
  "kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "konsernihallinto-palveluohjelma-2018.xlsx",
  "konsernipalvelut-2025-T2.xlsx",
].map((f) => path.join(FIX, f));
const PARTS = path.join(FIX, "merge", "tekninen-liitteet-2025-T2.xlsx");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-app-merge-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A host with nothing but settings: the merge reads only the department list from it. */
function host(progress: string[] = []): HostPort {
  const refuse = () => Promise.reject(new Error("not here"));
  return {
    ...memorySettings(),
    snapshot: refuse,
    apply: refuse,
    select: refuse,
    onProgress: (done, total, what, within) => {
      if (!within) progress.push(`${done}/${total} ${what}`);
    },
  };
}

/** The files as the pane gives them; `reads` counts each file's bytes asked for. */
function picked(files: string[], reads: Map<string, number> = new Map()): MergeFile[] {
  return files.map((f) => ({
    name: path.basename(f),
    bytes: () => {
      reads.set(f, (reads.get(f) ?? 0) + 1);
      return new Uint8Array(fs.readFileSync(f));
    },
  }));
}

async function cli(files: string[], out: string) {
  let stdout = "";
  const code = await main(["merge", ...files, "-o", out, "--json"], {
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    env: {},
  });
  return { code, json: JSON.parse(stdout) };
}

describe("merge (use case)", () => {
  for (const [label, files] of [
    ["the four clean T2 2025 departments", CLEAN],
    ["the five shared workbooks (conflicts, a sheet left out)", FIVE],
    ["a workbook with notes, pictures and a table", [PARTS, ...CLEAN.slice(0, 1)]],
  ] as const)
    it(`${label}: the command line's plan and notes, and a workbook that reads as its file`, async () => {
      const reads = new Map<string, number>();
      const kit = mergeXlsx();
      const r = await merge(host(), {
        files: picked([...files], reads),
        xlsx: kit,
        lang: "fi",
        name: "yhdistetty.xlsx",
        bytes: true,
      });
      // Each file's bytes read once: the summary's reading and the copy share one package.
      expect([...reads.values()]).toEqual(files.map(() => 1));
      const out = path.join(tmp, `${files.length}-${path.basename(files[0])}`);
      const c = await cli([...files], out);
      expect(c.code).toBe(0);
      expect(mergeJson(r.plan, r.notes, "fi")).toEqual(c.json);
      // The bytes open and read as the command line's file does, sheet by sheet.
      expect(r.bytes).not.toBeNull();
      const mine = await snapshotOf(openWorkbook(r.bytes as Uint8Array, "a.xlsx"), "a.xlsx");
      const theirs = await snapshotOf(openWorkbook(new Uint8Array(fs.readFileSync(out)), "a.xlsx"), "a.xlsx");
      expect(mine.sheets.map((g) => g.sheet)).toEqual([
        "Sisällys",
        ...c.json.sheets.map((s: { sheet: string }) => s.sheet),
      ]);
      const strip = (s: typeof mine) => readWorkbook({ ...s, name: null }).sheets;
      expect(strip(mine)).toEqual(strip(theirs));
    });

  it("a file that cannot be read is named with its sentence; the others are merged", async () => {
    const broken: MergeFile = {
      name: "rikki.xlsx",
      bytes: () => new TextEncoder().encode("ei työkirja"),
    };
    const r = await merge(host(), {
      files: [broken, ...picked(CLEAN.slice(0, 2))],
      xlsx: mergeXlsx(),
      lang: "en",
      name: "m.xlsx",
    });
    expect(r.bytes).toBeNull();
    expect(r.plan.files[0].file).toBe("rikki.xlsx");
    expect(r.plan.files[0].error?.en).toMatch(/\S/);
    expect(r.plan.leftOut[0]).toMatchObject({ file: "rikki.xlsx", sheet: null });
    expect(r.plan.sheets.map((s) => s.source.file)).toEqual([
      "sivistys-2025-T2.xlsx",
      "tekninen-2025-T2.xlsx",
    ]);
  });

  it("the merged workbook reads as its reports only: Sisällys is Toteuma's own; a person's Sisällys is read", async () => {
    const r = await merge(host(), {
      files: picked(CLEAN.slice(0, 2)),
      xlsx: mergeXlsx(),
      lang: "fi",
      name: "m.xlsx",
      bytes: true,
    });
    const snapshot = await snapshotOf(openWorkbook(r.bytes as Uint8Array, "m.xlsx"), "m.xlsx");
    expect(snapshot.sheets[0].sheet).toBe("Sisällys");
    const report = readWorkbook(snapshot);
    expect(report.sheets.map((s) => s.sheet)).toEqual(r.plan.sheets.map((s) => s.name));
    expect(report.sheets.every((s) => s.layout !== "none")).toBe(true);
    // A person's own sheet of that name: a report under it is read, and so is a list of their own.
    const [first] = snapshot.sheets.slice(1);
    const own = readWorkbook({
      name: "oma.xlsx",
      sheets: [
        { ...first, sheet: "Sisällys" },
        {
          sheet: "Sisällys (2)",
          cells: [
            [
              { value: "Välilehti", text: "Välilehti" },
              { value: "Sisältö", text: "Sisältö" },
            ],
          ],
          rowCount: 1,
          columnCount: 2,
          merges: [],
        },
      ],
    });
    expect(own.sheets.map((s) => s.sheet)).toEqual(["Sisällys", "Sisällys (2)"]);
    expect(own.sheets[0].focusAreas.length).toBeGreaterThan(0);
  });

  it("the host's department list orders the sheets and names the missing one; asked for once", async () => {
    const port = host();
    await port.setSetting("departments", "Tekninen toimiala\nSivistystoimiala\nKulttuuritoimiala");
    const asked: string[] = [];
    const getSetting = port.getSetting.bind(port);
    port.getSetting = (key) => {
      asked.push(key);
      return getSetting(key);
    };
    const r = await merge(port, {
      files: picked(CLEAN.slice(0, 2)),
      xlsx: mergeXlsx(),
      lang: "fi",
      name: "m.xlsx",
    });
    expect(r.plan.sheets.map((s) => s.name)).toEqual(["Tekninen toimiala", "Sivistystoimiala"]);
    expect(r.plan.conflicts.map((c) => c.code)).toEqual(["missing-department"]);
    expect(asked).toEqual(["departments"]);
  });

  it("tells its steps: one per file, copying, the copy's snapshot and reading, the contents, the bytes", async () => {
    const progress: string[] = [];
    await merge(host(progress), {
      files: picked(CLEAN.slice(0, 2)),
      xlsx: mergeXlsx(),
      lang: "fi",
      name: "m.xlsx",
      bytes: true,
    });
    expect(progress).toEqual([
      "0/7 read",
      "1/7 read",
      "2/7 merge",
      "3/7 merge",
      "4/7 read",
      "5/7 merge",
      "6/7 merge",
      "7/7 merge",
    ]);
  });
});
