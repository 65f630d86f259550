import { deflateRawSync } from "zlib";
import { strToU8, unzipSync, zipSync } from "fflate";
import { NODE_CODEC } from "./file";
import { escapeText, toXstring } from "./xml";
import {
  crc32,
  FFLATE_CODEC,
  inflateEntry,
  PartPacker,
  readZip,
  Utf8Builder,
  writeZip,
  ZIP_LIMITS,
  ZipError,
} from "./zip";

const problemOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof ZipError ? e.problem : `not a ZipError: ${String(e)}`;
  }
};

/** A one-entry zip whose directory declares `size` for `data` deflated (a lie when they differ). */
function oneEntry(data: Uint8Array, size = data.length, crc = crc32(data)): Uint8Array {
  const body = new Uint8Array(deflateRawSync(data));
  const name = strToU8("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + body.length, 16);
  return new Uint8Array(Buffer.concat([local, name, body, central, name, end]));
}

describe("zip", () => {
  it("reads what fflate writes and writes what fflate reads; unchanged entries are copied as stored", () => {
    const files = {
      "a.xml": strToU8("<a>" + "x".repeat(1000) + "</a>"),
      "b/c.bin": new Uint8Array([1, 2, 3]),
      "e.xml": new Uint8Array(0),
    };
    const entries = readZip(zipSync(files));
    expect(entries.map((e) => e.name)).toEqual(["a.xml", "b/c.bin", "e.xml"]);
    expect(entries.map((e) => Buffer.from(inflateEntry(e)).toString())).toEqual(
      Object.values(files).map((f) => Buffer.from(f).toString()),
    );
    const again = writeZip([
      { entry: entries[0], name: "a.xml" },
      { name: "new.xml", data: strToU8("<n/>") },
    ]);
    const back = unzipSync(again);
    expect(Buffer.from(back["a.xml"]).equals(Buffer.from(files["a.xml"]))).toBe(true);
    expect(Buffer.from(back["new.xml"]).toString()).toBe("<n/>");
    // The copied entry's compressed bytes are the very bytes read.
    expect(Buffer.from(readZip(again)[0].raw).equals(Buffer.from(entries[0].raw))).toBe(true);
  });

  it("refuses from the declared sizes, before inflating: a part or a whole beyond the limits, a high ratio", () => {
    expect(problemOf(() => readZip(oneEntry(new Uint8Array(10), ZIP_LIMITS.partBytes + 1)))).toBe("bomb");
    const zeros = new Uint8Array(ZIP_LIMITS.ratioFrom + 1024);
    expect(problemOf(() => readZip(oneEntry(zeros)))).toBe("bomb");
  });

  it.each([
    ["fflate", FFLATE_CODEC],
    ["Node's zlib", NODE_CODEC],
  ])(
    "a directory that lies about a part's size gives a damaged part, never a bigger one (%s)",
    (_, codec) => {
      const data = strToU8("<sheetData>" + "<row/>".repeat(1000) + "</sheetData>");
      const [entry] = readZip(oneEntry(data, 100));
      expect(problemOf(() => inflateEntry(entry, codec))).toBe("damaged");
      const [longer] = readZip(oneEntry(data, data.length + 100));
      expect(problemOf(() => inflateEntry(longer, codec))).toBe("damaged");
      const [wrongCrc] = readZip(oneEntry(data, data.length, 12345));
      expect(problemOf(() => inflateEntry(wrongCrc, codec))).toBe("damaged");
      // A deflate stream cut short, and one with garbage in it.
      const [whole] = readZip(oneEntry(data));
      const cut = { ...whole, raw: whole.raw.subarray(0, whole.raw.length >> 1) };
      expect(problemOf(() => inflateEntry(cut, codec))).toBe("damaged");
      const garbage = { ...whole, raw: whole.raw.map((b, i) => (i > 4 ? b ^ 0x5a : b)) };
      expect(problemOf(() => inflateEntry(garbage, codec))).toBe("damaged");
      expect(Buffer.from(inflateEntry(whole, codec)).equals(Buffer.from(data))).toBe(true);
    },
  );

  it("Node's zlib inflates every part to the bytes fflate gives", () => {
    const files = {
      "xl/worksheets/sheet1.xml": strToU8(
        `<sheetData>${"<row><c><v>1</v></c></row>".repeat(5000)}</sheetData>`,
      ),
      "xl/sharedStrings.xml": strToU8("<sst><si><t>Kestävä kehitys ✓ 😀</t></si></sst>".repeat(300)),
      "random.bin": new Uint8Array(100_000).map((_, i) => (i * 2654435761) >>> 24),
      "tiny.xml": strToU8("<a/>"),
      "empty.bin": new Uint8Array(0),
    };
    for (const e of readZip(zipSync(files, { level: 9 }))) {
      const native = inflateEntry(e, NODE_CODEC);
      expect(native).toHaveLength(e.size);
      expect(Buffer.from(native).equals(Buffer.from(inflateEntry(e, FFLATE_CODEC)))).toBe(true);
    }
  });

  it("tells a cut-short archive and bytes that are no zip", () => {
    const whole = zipSync({ "a.xml": strToU8("<a/>".repeat(100)) });
    expect(problemOf(() => readZip(whole.subarray(0, whole.length - 5)))).toBe("truncated");
    expect(problemOf(() => readZip(whole.subarray(0, 40)))).toBe("truncated");
    expect(problemOf(() => readZip(strToU8("tämä ei ole zip")))).toBe("not-zip");
  });

  it("computes CRC-32 as zip does, natively and by table alike", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(NODE_CODEC.crc32(strToU8("123456789"))).toBe(0xcbf43926);
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(NODE_CODEC.crc32(bytes)).toBe(crc32(bytes));
    expect(NODE_CODEC.crc32(new Uint8Array(0))).toBe(0);
  });

  it("Node's zlib and fflate write zips that read back to the same parts", () => {
    const items = [
      {
        name: "xl/worksheets/sheet1.xml",
        data: strToU8(`<sheetData>${"<row><c><v>1</v></c></row>".repeat(5000)}</sheetData>`),
      },
      {
        name: "xl/sharedStrings.xml",
        data: strToU8("<sst><si><t>Kestävä kehitys ✓ 😀</t></si></sst>".repeat(300)),
      },
      { name: "tiny.xml", data: strToU8("<a/>") },
      { name: "empty.bin", data: new Uint8Array(0) },
    ];
    const native = writeZip(items, NODE_CODEC);
    const portable = writeZip(items, FFLATE_CODEC);
    for (const zip of [native, portable]) {
      const entries = readZip(zip);
      expect(entries.map((e) => e.name)).toEqual(items.map((i) => i.name));
      entries.forEach((e, k) =>
        expect(Buffer.from(inflateEntry(e)).equals(Buffer.from(items[k].data))).toBe(true),
      );
      // Other readers agree (fflate's unzip checks nothing, so compare its bytes too).
      const back = unzipSync(zip);
      for (const it of items) expect(Buffer.from(back[it.name]).equals(Buffer.from(it.data))).toBe(true);
    }
    // Both compress the big part (method 8), store the tiny ones.
    expect(readZip(native).map((e) => e.method)).toEqual([8, 8, 0, 0]);
    expect(readZip(portable).map((e) => e.method)).toEqual([8, 8, 0, 0]);
  });

  it("Utf8Builder gives the bytes TextEncoder gives the joined text, across growth and odd characters", () => {
    const pieces = [
      "<a>",
      "ääkkönen €",
      "😀",
      "\ud800 yksinäinen",
      "x".repeat(70_000),
      "漢字".repeat(30_000),
      "",
    ];
    const b = new Utf8Builder();
    for (const p of pieces) b.add(p);
    const want = new TextEncoder().encode(pieces.join(""));
    expect(Buffer.from(b.bytes()).equals(Buffer.from(want))).toBe(true);
    expect(new Utf8Builder().bytes()).toHaveLength(0);
    // A small first guess: the buffer grows many times, a piece split where the room ends.
    const small = new Utf8Builder(10);
    for (const p of pieces) small.add(p);
    expect(Buffer.from(small.bytes()).equals(Buffer.from(want))).toBe(true);
  });

  it("a part packed piece by piece inflates to its bytes, by either codec, whichever packed it", () => {
    const text = Array.from(
      { length: 40_000 },
      (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 1000}</v></c></row>`,
    ).join("");
    const whole = strToU8(text);
    for (const codec of [NODE_CODEC, FFLATE_CODEC, { ...NODE_CODEC, deflateStream: undefined }]) {
      const packer = new PartPacker(codec);
      // Pieces of odd sizes from one reused buffer (a packer consumes what it is given).
      const scratch = new Uint8Array(300_000);
      for (let at = 0; at < whole.length;) {
        const n = Math.min(whole.length - at, 1 + ((at * 31) % 299_999));
        scratch.set(whole.subarray(at, at + n));
        packer.push(scratch.subarray(0, n));
        scratch.fill(0);
        at += n;
      }
      const entry = { ...packer.end(), name: "xl/worksheets/sheet9.xml" };
      expect(entry.size).toBe(whole.length);
      expect(entry.crc).toBe(crc32(whole));
      expect(entry.raw.length).toBeLessThan(whole.length / 4);
      for (const inflater of [NODE_CODEC, FFLATE_CODEC])
        expect(Buffer.from(inflateEntry(entry, inflater)).equals(Buffer.from(whole))).toBe(true);
    }
    expect(crc32(whole.subarray(5), crc32(whole.subarray(0, 5)))).toBe(crc32(whole));
    expect(NODE_CODEC.crc32(whole.subarray(5), NODE_CODEC.crc32(whole.subarray(0, 5)))).toBe(crc32(whole));
  });

  it("Utf8Builder.addText gives the bytes of escapeText(toXstring(text)), odd characters and all", () => {
    const odd = ["_", "x", "0", "4", "1", "F", "g", "&", "<", ">", '"', "\n", "\t", "\r", "\u0001", "\u001f"];
    odd.push("\ufffe", "\uffff", "\ud83d", "\ude00", "ä", "€", "😀", "a", " ");
    // Made-up texts from those characters (a fixed sequence, so a failure repeats), and the known cases.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const texts = ["_x0041_x0042_", "_x004", "__x0041_", "_X0041_", "_x00g1_", "a & <b> _x000D_ ", "\ud800"];
    for (let k = 0; k < 3000; k++) {
      let t = "";
      for (let len = next() % 24; len > 0; len--) t += odd[next() % odd.length];
      texts.push(t);
    }
    texts.push('{"x":"<c r=\\"A1\\"/>"}'.repeat(20_000));
    const b = new Utf8Builder(8);
    // "|" between the texts: a lone surrogate at the end of one is not a pair with the next's first.
    for (const t of texts) {
      b.addText(t);
      b.add("|");
    }
    const want = new TextEncoder().encode(texts.map((t) => escapeText(toXstring(t)) + "|").join(""));
    expect(Buffer.from(b.bytes()).equals(Buffer.from(want))).toBe(true);
  });
});
