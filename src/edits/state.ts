/**
 * Reading back the cell states Toteuma keeps with the workbook. The state sheet is recognised by
 * readers too, so its reading lives in src/model/own.ts; the planners use it from here.
 */
export {
  capturedOn,
  readState,
  writtenByToteuma,
  type CapturedSheet,
  type CapturedState,
} from "../model/own";
