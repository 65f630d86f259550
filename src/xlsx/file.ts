/**
 * The Node edge of src/xlsx: files on disk. Reading gives the package (to edit) and its snapshot;
 * writing is atomic (a temporary file beside the target, then a rename), never over the input, and
 * over an existing file only when asked (`force`).
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { WorkbookSnapshot } from "../model/grid";
import type { Bilingual } from "../model/text";
import { workbookBytes } from "./core";
import { readError, WorkbookWriteError } from "./errors";
import { CONTENT_TYPE } from "./package";
import { openWorkbook, snapshotOf, type XlsxWorkbook } from "./read";
import { crc32, type ZipCodec } from "./zip";

/**
 * Node's native zlib for the parts written and read: raw deflate at level 6 (measured on the
 * 10,000-measure bench: 0.12 s of CPU where fflate takes 0.65 s, and 4 % smaller), raw inflate into
 * one buffer of the declared size that may not grow past it (a part that inflates to more throws,
 * read as "damaged" like fflate's CRC mismatch), zlib's CRC-32 where this Node has it (20.15 and
 * later), else the table-driven one.
 */
export const NODE_CODEC: ZipCodec = {
  deflate: (data) => {
    const b = zlib.deflateRawSync(data, { level: 6 });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  inflate: (raw, size) => {
    const b = zlib.inflateRawSync(raw, { maxOutputLength: size, chunkSize: Math.max(64, size) });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  crc32: typeof zlib.crc32 === "function" ? (data, prev = 0) => zlib.crc32(data, prev) >>> 0 : crc32,
  // Each piece deflated on its own and ended with a sync flush (an empty stored block, not final),
  // the last one finished: together one raw deflate stream (each piece starts without the previous
  // piece's window, which costs little at pieces of a megabyte).
  deflateStream: () => (data, final) => {
    const b = zlib.deflateRawSync(data, {
      level: 6,
      finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
};

/**
 * Opens bytes as an .xlsx package as the command line does: `openWorkbook` (./read.ts) with Node's
 * zlib inflating the parts (NODE_CODEC). The bench's child process calls this too.
 */
export function openWorkbookBytes(data: Uint8Array | ArrayBuffer, name: string | null): XlsxWorkbook {
  return openWorkbook(data, name, NODE_CODEC);
}

/** A workbook as loaded: the package (to apply edits to) and its snapshot. */
export interface LoadedWorkbook {
  workbook: XlsxWorkbook;
  snapshot: WorkbookSnapshot;
  /** The file it was read from, when read from a file. */
  path: string | null;
}

/** A file's bytes; a file that cannot be read throws the reader's sentence (not found, no access…). */
export async function readXlsxBytes(file: string): Promise<Uint8Array> {
  const name = path.basename(file);
  try {
    const b = await fs.readFile(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw readError("not-found", name);
    if (code === "EISDIR") throw readError("not-a-file", name);
    if (code === "EACCES" || code === "EPERM") throw readError("no-access", name);
    throw readError("not-a-workbook", name);
  }
}

/** Reads an .xlsx/.xlsm file: the package and its snapshot. */
export async function loadXlsxFile(file: string): Promise<LoadedWorkbook> {
  const name = path.basename(file);
  const wb = openWorkbookBytes(await readXlsxBytes(file), name);
  wb.sourcePath = path.resolve(file);
  return { workbook: wb, snapshot: await snapshotOf(wb, name), path: path.resolve(file) };
}

/** Reads an .xlsx file as a snapshot. */
export async function readXlsxFile(file: string): Promise<WorkbookSnapshot> {
  return (await loadXlsxFile(file)).snapshot;
}

async function realOrResolved(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Writes the workbook to `file`: never over the file it was read from (nor `options.input`), over an
 * existing file only with `options.force`; through a temporary file renamed into place, so that the
 * output appears whole or not at all.
 */
export async function writeXlsx(
  wb: XlsxWorkbook,
  file: string,
  options: { input?: string; force?: boolean } = {},
): Promise<void> {
  const target = await realOrResolved(file);
  const name = path.basename(file);
  const inputs = [wb.sourcePath, options.input].filter((p): p is string => !!p);
  for (const input of inputs)
    if ((await realOrResolved(input)) === target || path.resolve(input) === path.resolve(file))
      throw new WorkbookWriteError({
        fi: "Tulostiedosto ei voi olla sama kuin lähtötiedosto: alkuperäistä ei kirjoiteta yli.",
        en: "The output file cannot be the input file: the original is never overwritten.",
      });
  let macros = false;
  try {
    macros = wb.contentTypeOf(wb.workbookPart() ?? "xl/workbook.xml") === CONTENT_TYPE.workbookMacro;
  } catch {
    // A damaged content types part: workbookBytes refuses with its sentence.
  }
  if (macros && !/\.xlsm$/i.test(file))
    throw new WorkbookWriteError({
      fi: `Tiedostoa "${name}" ei kirjoitettu: työkirjassa on makroja, joten nimen pitää päättyä .xlsm (muuten Excel ei avaa sitä).`,
      en: `The file "${name}" was not written: the workbook holds macros, so its name must end in .xlsm (Excel would not open it otherwise).`,
    });
  if (!macros && /\.xlsm$/i.test(file))
    throw new WorkbookWriteError({
      fi: `Tiedostoa "${name}" ei kirjoitettu: työkirjassa ei ole makroja, joten nimen pitää päättyä .xlsx (muuten Excel ei avaa sitä).`,
      en: `The file "${name}" was not written: the workbook holds no macros, so its name must end in .xlsx (Excel would not open it otherwise).`,
    });
  if (!options.force) {
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new WorkbookWriteError({
        fi: `Tiedosto "${name}" on jo olemassa; anna --force, jos haluat korvata sen.`,
        en: `The file "${name}" already exists; give --force to replace it.`,
      });
  }
  const data = workbookBytes(wb, name, NODE_CODEC);
  const tmp = path.join(path.dirname(path.resolve(file)), `.${name}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why: Bilingual =
      code === "ENOENT"
        ? { fi: "kansiota ei ole", en: "the folder does not exist" }
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? { fi: "kirjoitusoikeus puuttuu", en: "permission denied" }
          : { fi: "kirjoitus epäonnistui", en: "the write failed" };
    throw new WorkbookWriteError({
      fi: `Tiedostoa "${name}" ei voitu kirjoittaa: ${why.fi}.`,
      en: `The file "${name}" could not be written: ${why.en}.`,
    });
  }
}
