/**
 * Property (issue 11): whatever is done to a fixture workbook — its cells, its zip entries, the bytes
 * of its XML or of the file — every command ends with exit 0, 1 or 2, says what went wrong in
 * sentences on stderr, and never prints a stack trace or hangs. Fixed seed, bounded cases.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { main } from "../../src/cli/main";

const FIXTURES = [
  "workbooks/elinvoima-ja-ymparisto-2023-vuosi.xlsx",
  "workbooks/kasvu-ja-tyollisyys-2026-T1.xlsx",
  "workbooks/kasvu-ja-tyollisyys-2026-taulukko.xlsx",
  "workbooks/konsernipalvelut-2025-T2.xlsx",
  "workbooks/konsernihallinto-palveluohjelma-2018.xlsx",
  "corpus/rich-libreoffice.xlsx",
  "corpus/excel-parts.xlsx",
  "corpus/google-sheets-style.xlsx",
].map((f) => fs.readFileSync(path.join(__dirname, "../fixtures", f)));

const HOSTILE = [
  "=SUM(A1)",
  "-5",
  "+358",
  "@x",
  "",
  " ",
  "TOIMENPIDE",
  "MITTARI",
  "1e308",
  "NaN",
  "&amp;",
  "]]>",
  "<",
  "\u0000",
  "x".repeat(5000),
];

type Parts = Record<string, Uint8Array>;

/** One change to a workbook. */
type Mutation =
  | { kind: "cell"; part: number; at: number; text: string }
  | { kind: "drop-cell"; part: number; at: number }
  | { kind: "drop-entry"; entry: number }
  | { kind: "rename-entry"; entry: number; name: string }
  | { kind: "swap-entries"; a: number; b: number }
  | { kind: "cut-entry"; entry: number; keep: number }
  | { kind: "xml-bytes"; entry: number; at: number; bytes: number[]; remove: number }
  | { kind: "file-bytes"; at: number; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    part: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 })),
  }),
  fc.record({ kind: fc.constant("drop-cell" as const), part: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop-entry" as const), entry: fc.nat() }),
  fc.record({
    kind: fc.constant("rename-entry" as const),
    entry: fc.nat(),
    name: fc.constantFrom("xl/workbook2.xml", "XL/Styles.xml", "xl/worksheets/sheet9.xml", "x"),
  }),
  fc.record({ kind: fc.constant("swap-entries" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant("cut-entry" as const),
    entry: fc.nat(),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant("xml-bytes" as const),
    entry: fc.nat(),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(60, 62, 34, 38, 47)), {
      maxLength: 6,
    }),
    remove: fc.integer({ min: 0, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("file-bytes" as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  }),
);

function mutateParts(parts: Parts, m: Exclude<Mutation, { kind: "file-bytes" }>): Parts {
  const names = Object.keys(parts);
  const sheets = names.filter((n) => /worksheets\/[^/]+\.xml$|sharedStrings/.test(n));
  const out: Parts = { ...parts };
  const pick = (i: number, list: string[]) => list[i % list.length];
  switch (m.kind) {
    case "cell":
    case "drop-cell": {
      if (sheets.length === 0) return out;
      const name = pick(m.part, sheets);
      const xml = strFromU8(out[name]);
      const values = [
        ...xml.matchAll(
          m.kind === "cell" ? /<(v|t)(?: [^>]*)?>([^<]*)</g : /<c [^>]*?(?:\/>|>[\s\S]*?<\/c>)/g,
        ),
      ];
      if (values.length === 0) return out;
      const hit = values[m.at % values.length];
      const start = hit.index as number;
      const replaced =
        m.kind === "cell"
          ? xml.slice(0, start) +
            hit[0].replace(/>[^<]*<$/, `>${m.text.replace(/</g, "&lt;")}<`) +
            xml.slice(start + hit[0].length)
          : xml.slice(0, start) + xml.slice(start + hit[0].length);
      out[name] = strToU8(replaced);
      return out;
    }
    case "drop-entry":
      delete out[pick(m.entry, names)];
      return out;
    case "rename-entry": {
      const n = pick(m.entry, names);
      out[m.name] = out[n];
      delete out[n];
      return out;
    }
    case "swap-entries": {
      const a = pick(m.a, names);
      const b = pick(m.b, names);
      [out[a], out[b]] = [out[b], out[a]];
      return out;
    }
    case "cut-entry": {
      const n = pick(m.entry, names);
      out[n] = out[n].subarray(0, Math.floor(out[n].length * m.keep));
      return out;
    }
    case "xml-bytes": {
      const n = pick(m.entry, names);
      const b = out[n];
      const at = b.length === 0 ? 0 : m.at % b.length;
      out[n] = new Uint8Array([...b.subarray(0, at), ...m.bytes, ...b.subarray(at + m.remove)]);
      return out;
    }
  }
}

function mutate(file: Uint8Array, ms: Mutation[]): Uint8Array {
  let parts: Parts = unzipSync(file);
  let bytes: Uint8Array | null = null;
  for (const m of ms) {
    if (m.kind === "file-bytes") {
      const whole: Uint8Array = bytes ?? zipSync(parts as Zippable);
      const at: number = m.at % whole.length;
      bytes = new Uint8Array([...whole.subarray(0, at), ...m.bytes, ...whole.subarray(at + m.bytes.length)]);
    } else if (bytes === null) parts = mutateParts(parts, m);
  }
  return bytes ?? zipSync(parts as Zippable);
}

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`toteuma ${args[0]} hung`)), 30_000);
  });
  try {
    const code = await Promise.race([
      main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {} }),
      hang,
    ]);
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "toteuma-mutations-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it("every command on a mutated workbook ends with exit 0, 1 or 2 and sentences, never a stack trace or a hang", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.nat(FIXTURES.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      async (f, ms) => {
        const file = path.join(tmp, `mutated-${++n}.xlsx`);
        fs.writeFileSync(file, mutate(FIXTURES[f], ms));
        for (const command of ["read", "validate", "status", "colour"]) {
          const args =
            command === "colour"
              ? [command, file, "-o", path.join(tmp, `out-${n}.xlsx`), "--force"]
              : [command, file];
          const r = await run(args);
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stderr).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
          if (r.code === 2) expect(r.stderr.trim()).not.toBe("");
          for (const line of r.stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^toteuma: .+\.$/);
        }
        fs.rmSync(file, { force: true });
      },
    ),
    {
      seed: Number(process.env.SEED ?? 20261130),
      numRuns: Number(process.env.RUNS ?? 60),
      endOnFailure: true,
    },
  );
}, 300_000);
