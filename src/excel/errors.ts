/**
 * Why Excel would not take Toteuma's changes, as plain data the pane turns into one sentence. Colouring
 * and clearing are all or nothing: each of these means nothing was changed (or, for "partial", that
 * what was changed could not all be put back and "Poista värit" puts it back).
 */

import { WorkbookRefusal } from "../app/errors";

export { WorkbookRefusal, type RefusalReason } from "../app/errors";

/** The error code of an Office.js error (OfficeExtension.Error.code), if any. */
export function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

export function isTooBig(e: unknown): boolean {
  const code = errorCode(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

export function isEditMode(e: unknown): boolean {
  return errorCode(e) === "InvalidOperationInCellEditMode";
}

/** What the pane should say about `e`: a refusal as it is, Excel's edit mode as one, else null. */
export function refusalOf(e: unknown): WorkbookRefusal | null {
  if (e instanceof WorkbookRefusal) return e;
  if (isEditMode(e)) return new WorkbookRefusal("editMode", null, "Excel is in cell edit mode.", e);
  return null;
}
