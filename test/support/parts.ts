/**
 * Test helpers that look at an .xlsx as its parts: the uncompressed bytes of every part (read with
 * fflate, independently of src/xlsx's own zip reader), and the <c> elements of a sheet.
 */
import { strFromU8, unzipSync } from "fflate";

/** Every part of a zip, uncompressed. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

export const textOf = (parts: Map<string, Uint8Array>, name: string): string =>
  strFromU8(parts.get(name) as Uint8Array);

export const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);

/** The `<c>` elements of a sheet's XML by reference ("B12"). */
export function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    out.set(m[1], m[0]);
  return out;
}

/**
 * The sheet XML without the given cells, the row elements left empty by that, the `spans` hints and
 * the dimension (hints a writer may widen): what must stay the same when only those cells changed.
 */
export function withoutCells(xml: string, refs: Iterable<string>): string {
  const drop = new Set(refs);
  return xml
    .replace(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (m, ref: string) =>
      drop.has(ref) ? "" : m,
    )
    .replace(/<row\b[^>]*?(?:\/>|>\s*<\/row>)/g, (m) =>
      /\b(ht|s|hidden|outlineLevel)=/.test(m) ? m.replace(/\s+spans="[^"]*"/, "") : "",
    )
    .replace(/\s+spans="[^"]*"/g, "")
    .replace(/<dimension\b[^>]*\/>/, "");
}
