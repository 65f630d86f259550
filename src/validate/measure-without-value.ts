/**
 * One factory for the rules "a measure without its baseline / target / actual": the same walk over
 * every measure, a finding at the measure's cell where the value is missing or blank; the rules
 * differ only in the value, where it is due, the severity and the words.
 */
import type { Finding, Severity } from "../model/finding";
import type { Report } from "../model/report";
import { measurePaths } from "./walk";
import type { Bilingual } from "../model/text";
import { finding, hasHierarchy, measureName, present, quote } from "./text";
import type { Rule } from "./types";

export interface MeasureValueRule {
  code: string;
  severity: Severity;
  description: Bilingual;
  value: "baseline" | "target" | "actual";
  /** Where the value is due, beyond the full hierarchy (block and table layouts): every such sheet when omitted. */
  due?: (report: Report) => boolean;
  /** The finding's message, given the measure's and its action's names as quoted in messages. */
  message: (measure: string, action: string) => Bilingual;
  suggestion: Bilingual;
}

export function measureWithoutValue(spec: MeasureValueRule): Rule {
  const rule: Rule = {
    code: spec.code,
    severity: spec.severity,
    description: spec.description,
    check(report) {
      if (!hasHierarchy(report) || (spec.due && !spec.due(report))) return [];
      const out: Finding[] = [];
      const paths = measurePaths(report);
      for (let i = 0; i < paths.length; i++) {
        const { action, measure } = paths[i];
        if (!present(measure[spec.value]))
          out.push(
            finding(
              rule,
              measure.cell,
              spec.message(measureName(measure), quote(action.text)),
              spec.suggestion,
            ),
          );
      }
      return out;
    },
  };
  return rule;
}
