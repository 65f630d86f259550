/**
 * Test fixtures read as the product reads them: a fixture .xlsx through src/xlsx/snapshot.ts
 * (`readXlsxFile`, the command line's own loader, with its number formatting from src/xlsx/numfmt.ts),
 * so that reader tests see exactly what a user's file gives.
 */
import * as path from "path";
import type { WorkbookSnapshot } from "../../src/model/grid";
import { readXlsxFile } from "../../src/xlsx/snapshot";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "workbooks");

/** A fixture's file: by name ("konsernipalvelut-2025-T2", with or without ".xlsx") or by absolute path. */
export function fixturePath(name: string): string {
  if (path.isAbsolute(name)) return name;
  return path.join(FIXTURES, name.endsWith(".xlsx") ? name : `${name}.xlsx`);
}

export async function loadFixture(name: string): Promise<WorkbookSnapshot> {
  return readXlsxFile(fixturePath(name));
}
