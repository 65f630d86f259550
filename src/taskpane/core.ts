/** The pure core the pane's controller strings together: reader, rules, status judge, planners. */
import { readWorkbook } from "../read";
import { summariseFindings, validateWorkbook } from "../validate";
import { assessWorkbook } from "../assess";
import { planClear, planColour } from "../edits/colour";
import { planFindingsSheet } from "../edits/findings";
import type { Core } from "./controller";

export const core: Core = {
  readWorkbook,
  validateWorkbook,
  summariseFindings,
  assessWorkbook,
  planColour,
  planClear,
  planFindingsSheet,
};
