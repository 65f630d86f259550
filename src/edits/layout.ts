/** Where things go on a sheet Toteuma writes from a SheetSpec: both appliers place it the same way. */
import type { SheetSpec } from "./types";

/** Row of the header (1-based): after the title lines and one blank row, or row 1 without a title. */
export function headerRowOf(spec: SheetSpec): number {
  return spec.title && spec.title.length > 0 ? spec.title.length + 2 : 1;
}
