/**
 * The zip container of an .xlsx, read and written without Node (Uint8Array only, fflate for
 * deflate), so that the task pane can bundle it.
 *
 * Reading parses the central directory itself (zip64 included) and refuses, from the sizes the
 * directory declares and before anything is inflated, an archive that would unpack beyond
 * ZIP_LIMITS (a zip bomb). Each part is inflated only when asked for, into a buffer of its declared
 * size, and checked against its CRC-32, so that a directory that lies about sizes cannot make a part
 * grow past what was allowed.
 *
 * Writing copies the compressed bytes of every part that was not changed as they were (no inflate,
 * no deflate: byte-identical content, fast) and deflates only new or changed parts, with the codec
 * it is given: fflate by default (the task pane), Node's native zlib from file.ts (about 5× less CPU
 * for the same or smaller output).
 */
import { Deflate, deflateSync, inflateSync } from "fflate";

/** Bounds on what an archive may unpack to; refused before inflating (see `ZipProblem`). */
export const ZIP_LIMITS = {
  /** Sum of the parts' declared uncompressed sizes. */
  totalBytes: 768 * 1024 * 1024,
  /** One part's declared uncompressed size (a JavaScript string cannot hold much more). */
  partBytes: 384 * 1024 * 1024,
  /** Above `ratioFrom` bytes in total, uncompressed ÷ compressed may not exceed this. */
  ratio: 250,
  ratioFrom: 64 * 1024 * 1024,
  entries: 65_535,
};

export type ZipProblem = "not-zip" | "truncated" | "bomb" | "damaged";

/** A zip that cannot be read; `problem` says why (the caller words the sentence). */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly part?: string,
  ) {
    super(`zip: ${problem}${part ? ` (${part})` : ""}`);
    this.name = "ZipError";
  }
}

/** One entry as stored in the archive. */
export interface ZipEntry {
  /** Normalised name: forward slashes, no leading slash. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes (a view into the archive). */
  raw: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// CRC-32

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `data`, or of what came before (whose CRC is `prev`) followed by `data`. */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Reading

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7);
}

function decodeName(bytes: Uint8Array): string {
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    s = String.fromCharCode(...bytes);
  }
  return s.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** Where the end-of-central-directory record is, or -1. */
function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === SIG_END) return at;
  return -1;
}

/**
 * The entries of a zip, from its central directory. Throws ZipError: "not-zip" (no zip at all),
 * "truncated" (the end of the archive is missing), "bomb" (declared sizes beyond ZIP_LIMITS),
 * "damaged" (inconsistent directory).
 */
export function readZip(b: Uint8Array): ZipEntry[] {
  if (!isZip(b)) throw new ZipError("not-zip");
  const end = findEnd(b);
  if (end < 0) throw new ZipError("truncated");
  let count = u16(b, end + 10);
  let cdSize = u32(b, end + 12);
  let cdOffset = u32(b, end + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && end >= 20) {
    const loc = end - 20;
    if (u32(b, loc) === SIG_LOCATOR64) {
      const at = u64(b, loc + 8);
      if (at + 56 > b.length || u32(b, at) !== SIG_END64) throw new ZipError("damaged");
      count = u64(b, at + 32);
      cdSize = u64(b, at + 40);
      cdOffset = u64(b, at + 48);
    }
  }
  if (count > ZIP_LIMITS.entries) throw new ZipError("bomb");
  if (cdOffset + cdSize > b.length) throw new ZipError("truncated");
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let compressedTotal = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== SIG_CENTRAL) throw new ZipError("damaged");
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const crc = u32(b, at + 16);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    let local = u32(b, at + 42);
    const name = decodeName(b.subarray(at + 46, at + 46 + nameLen));
    // zip64: the sizes and offset marked 0xFFFFFFFF are in the extra field, in this order.
    let x = at + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 1) {
        let p = x + 4;
        if (size === 0xffffffff) {
          size = u64(b, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, p);
          p += 8;
        }
        if (local === 0xffffffff) local = u64(b, p);
      }
      x += 4 + len;
    }
    at = xEnd + commentLen;
    if (name.endsWith("/")) continue; // a folder
    const key = name.toLowerCase();
    if (names.has(key)) throw new ZipError("damaged", name);
    names.add(key);
    if (size > ZIP_LIMITS.partBytes) throw new ZipError("bomb", name);
    total += size;
    compressedTotal += compressedSize;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipError("bomb", name);
    if (local + 30 > b.length || u32(b, local) !== SIG_LOCAL) throw new ZipError("truncated", name);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + compressedSize > b.length) throw new ZipError("truncated", name);
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      raw: b.subarray(start, start + compressedSize),
    });
  }
  if (total > ZIP_LIMITS.ratioFrom && total / Math.max(1, compressedTotal) > ZIP_LIMITS.ratio)
    throw new ZipError("bomb");
  return entries;
}

/**
 * The uncompressed bytes of an entry, checked against its size and CRC-32, inflated by `codec`
 * (fflate when not given; Node's zlib on the command line). A stream that inflates to more or fewer
 * bytes than declared, or to other bytes, is "damaged" whichever codec inflates it.
 */
export function inflateEntry(e: ZipEntry, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  if (e.flags & 1) throw new ZipError("damaged", e.name); // encrypted entry
  let out: Uint8Array;
  if (e.method === 0) out = e.raw;
  else if (e.method === 8) {
    try {
      out = e.size === 0 ? new Uint8Array(0) : codec.inflate(e.raw, e.size);
    } catch {
      throw new ZipError("damaged", e.name);
    }
  } else throw new ZipError("damaged", e.name);
  if (out.length !== e.size || codec.crc32(out) !== e.crc) throw new ZipError("damaged", e.name);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Whether `s` holds "x" + four hex digits + "_" at `at` (after a "_": SpreadsheetML's escape). */
function isXEscape(s: string, at: number): boolean {
  return (
    s.charCodeAt(at) === 120 /* x */ &&
    isHex(s.charCodeAt(at + 1)) &&
    isHex(s.charCodeAt(at + 2)) &&
    isHex(s.charCodeAt(at + 3)) &&
    isHex(s.charCodeAt(at + 4)) &&
    s.charCodeAt(at + 5) === 95 /* _ */
  );
}

/** 1 for an ASCII character written as itself in element text ("&", "<", ">", "_" and controls are not). */
const TEXT_PLAIN = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++)
    t[c] =
      c === 38 || c === 60 || c === 62 || c === 95 || (c < 32 && c !== 9 && c !== 10 && c !== 13) ? 0 : 1;
  return t;
})();

/** Writes an ASCII string at `at`; returns the end. */
function putAscii(buf: Uint8Array, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
  return at;
}

/** `s` as element text (see Utf8Builder.addText) at `at` of `buf`, which has room; returns the end. */
function putText(buf: Uint8Array, at: number, s: string): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (TEXT_PLAIN[c] === 1) buf[at++] = c;
      else if (c === 95 /* _ */) {
        if (i + 6 < n && isXEscape(s, i + 1)) {
          // "_x0041_" stands for "A" in SpreadsheetML: its "_" written as "_x005F_", the rest as is.
          at = putAscii(buf, at, "_x005F_");
          for (let k = 1; k <= 6; k++) buf[at++] = s.charCodeAt(i + k);
          i += 6;
        } else buf[at++] = c;
      } else at = putAscii(buf, at, c === 38 ? "&amp;" : c === 60 ? "&lt;" : c === 62 ? "&gt;" : xEscape(c));
    } else if (c < 0x800) {
      buf[at++] = 0xc0 | (c >> 6);
      buf[at++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[at++] = 0xf0 | (cp >> 18);
        buf[at++] = 0x80 | ((cp >> 12) & 63);
        buf[at++] = 0x80 | ((cp >> 6) & 63);
        buf[at++] = 0x80 | (cp & 63);
        i++;
      } else {
        // A lone surrogate: U+FFFD, as TextEncoder writes it.
        buf[at++] = 0xef;
        buf[at++] = 0xbf;
        buf[at++] = 0xbd;
      }
    } else if (c === 0xfffe || c === 0xffff) at = putAscii(buf, at, xEscape(c));
    else {
      buf[at++] = 0xe0 | (c >> 12);
      buf[at++] = 0x80 | ((c >> 6) & 63);
      buf[at++] = 0x80 | (c & 63);
    }
  }
  return at;
}

/** "_x0001_": a character XML cannot hold, as SpreadsheetML writes it. */
const xEscape = (c: number): string => `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * UTF-8 bytes built piece by piece (TextEncoder.encodeInto into one growing buffer), for a big part
 * written from many small strings without ever holding it as one string. The same bytes as
 * TextEncoder.encode of the joined string (a lone surrogate becomes U+FFFD in both).
 */
export class Utf8Builder {
  private buf: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  /** `expected`: about how many bytes will be added (a good guess saves growing and a copy). */
  constructor(expected = 1 << 16) {
    this.buf = new Uint8Array(Math.max(1024, Math.ceil(expected)));
  }

  add(s: string): void {
    let rest = s;
    for (;;) {
      const r = this.encoder.encodeInto(rest, this.buf.subarray(this.at));
      this.at += r.written;
      if (r.read >= rest.length) return;
      // Out of room: a quarter more, and at least room for the rest at 3 bytes per UTF-16 unit
      // (never doubling near the end of a good guess).
      rest = rest.slice(r.read);
      const next = new Uint8Array(Math.ceil(this.buf.length * 1.25) + rest.length * 3);
      next.set(this.buf.subarray(0, this.at));
      this.buf = next;
    }
  }

  /** Room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = new Uint8Array(Math.ceil(this.buf.length * 1.25) + n);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }

  /**
   * `s` as the text of an element: the bytes of `add(escapeText(toXstring(s)))` (./xml.ts), in one
   * pass over the characters with no new string (a captured state is 700 characters of JSON full of
   * "<", ">" and quotes, and 130,000 of them went through four regular expressions each).
   */
  addText(s: string): void {
    // At most 7 bytes a UTF-16 unit ("_x0001_").
    this.room(s.length * 7);
    this.at = putText(this.buf, this.at, s);
  }

  /** How many bytes there are so far. */
  get length(): number {
    return this.at;
  }

  /** The bytes so far, as a view to be consumed before the next add: the builder starts again empty. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    this.at = 0;
    return out;
  }

  /** The bytes so far: a view when they fill most (70 %) of the buffer, else a copy of just their length. */
  bytes(): Uint8Array {
    return this.at >= this.buf.length * 0.7 ? this.buf.subarray(0, this.at) : this.buf.slice(0, this.at);
  }
}

/**
 * How parts are compressed, inflated and checksummed: raw deflate (no zlib header) and CRC-32.
 * `inflate` gives at most `size` bytes (the size the directory declares; more may be cut off or
 * refused by throwing, fewer are returned as they are): `inflateEntry` checks length and CRC.
 */
export interface ZipCodec {
  deflate(data: Uint8Array): Uint8Array;
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /** CRC-32 of `data`, continuing from `prev` (the CRC of what came before) when given. */
  crc32(data: Uint8Array, prev?: number): number;
  /**
   * A deflate stream, for a part compressed piece by piece as it is made: `push` takes the next
   * bytes (consumed before it returns, so the caller may reuse them) and gives the compressed bytes
   * ready so far; `final` ends the stream. Without it, PartPacker deflates the whole part at the end.
   */
  deflateStream?(): (data: Uint8Array, final: boolean) => Uint8Array;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const c of chunks) {
    out.set(c, n);
    n += c.length;
  }
  return out;
}

/** The browser-safe codec: fflate's deflate at level 6 and inflate, the table-driven CRC-32 above. */
export const FFLATE_CODEC: ZipCodec = {
  deflate: (data) => deflateSync(data, { level: 6 }),
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  crc32,
  deflateStream: () => {
    const ready: Uint8Array[] = [];
    const d = new Deflate({ level: 6 }, (chunk) => ready.push(chunk));
    return (data, final) => {
      // A copy: fflate may keep the bytes pushed, and the caller reuses them.
      d.push(data.slice(), final);
      const out = concat(ready);
      ready.length = 0;
      return out;
    };
  },
};

/**
 * A part compressed as it is made (a state sheet of 110 MB of XML is never held whole): bytes pushed
 * in pieces, deflated by the codec's stream, checksummed as they come; `end` gives it as a stored zip
 * entry (name set when the package takes it).
 */
export class PartPacker {
  private readonly chunks: Uint8Array[] = [];
  private readonly stream: ((data: Uint8Array, final: boolean) => Uint8Array) | null;
  private crc = 0;
  private size = 0;

  constructor(private readonly codec: ZipCodec) {
    this.stream = codec.deflateStream ? codec.deflateStream() : null;
  }

  /** The next bytes of the part (consumed here: the caller may reuse them). */
  push(data: Uint8Array): void {
    this.crc = this.codec.crc32(data, this.crc);
    this.size += data.length;
    this.chunks.push(this.stream ? this.stream(data, false) : data.slice());
  }

  end(): ZipEntry {
    let raw: Uint8Array;
    if (this.stream) {
      this.chunks.push(this.stream(new Uint8Array(0), true));
      raw = concat(this.chunks);
    } else raw = this.codec.deflate(concat(this.chunks));
    this.chunks.length = 0;
    return { name: "", method: 8, flags: 0, crc: this.crc, compressedSize: raw.length, size: this.size, raw };
  }
}

/**
 * A part to write: new bytes (or a function giving them, called once when the part's turn comes, so
 * that only one part's uncompressed bytes need exist at a time), or an entry copied as stored.
 */
export type ZipItem =
  | { name: string; data: Uint8Array | (() => Uint8Array); store?: boolean }
  | { name: string; entry: ZipEntry };

// 1980-01-01 00:00: a fixed time, so that the same content gives the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a zip (no zip64: the read limits keep archives far below 4 GB). */
export function writeZip(items: ZipItem[], codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const enc = new TextEncoder();
  const parts: {
    name: Uint8Array;
    method: number;
    flags: number;
    crc: number;
    csize: number;
    size: number;
    body: Uint8Array;
  }[] = [];
  for (const it of items) {
    const name = enc.encode(it.name);
    if ("entry" in it) {
      const e = it.entry;
      parts.push({
        name,
        method: e.method,
        flags: e.flags & 0x0006,
        crc: e.crc,
        csize: e.raw.length,
        size: e.size,
        body: e.raw,
      });
    } else {
      const data = typeof it.data === "function" ? it.data() : it.data;
      const crc = codec.crc32(data);
      const packed = it.store || data.length < 64 ? data : codec.deflate(data);
      const method = packed === data ? 0 : 8;
      parts.push({ name, method, flags: 0, crc, csize: packed.length, size: data.length, body: packed });
    }
  }
  let length = 22;
  for (const p of parts) length += 30 + 46 + 2 * p.name.length + p.body.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of parts) {
    offsets.push(at);
    view.setUint32(at, SIG_LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, p.flags | 0x0800, true); // UTF-8 names
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.csize, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.body, at + 30 + p.name.length);
    at += 30 + p.name.length + p.body.length;
  }
  const cdStart = at;
  parts.forEach((p, i) => {
    view.setUint32(at, SIG_CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, p.flags | 0x0800, true);
    view.setUint16(at + 10, p.method, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.csize, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, p.name.length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, SIG_END, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out.subarray(0, at + 22);
}
