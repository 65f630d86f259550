/**
 * The progress bar shown while a command runs: the step's words as the label ("Luetaan
 * välilehtiä…"), how far it has come below it ("3/20 välilehteä · vaihe 2/3"), and a determinate
 * Fluent ProgressBar (role progressbar, named by the label, its value text the same words). It
 * listens to the pane's progress hub itself, so that only the bar re-renders as the command goes on.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Stage } from "../../app";
import type { Strings } from "../../i18n";
import type { Progress, ProgressSource } from "../progress";

const STAGE_WORDS: Record<Stage, keyof Strings> = {
  snapshot: "progressSnapshot",
  read: "progressRead",
  validate: "progressValidate",
  assess: "progressAssess",
  apply: "progressApply",
  select: "progressSelect",
  open: "progressOpen",
  merge: "progressMerge",
  openMerged: "progressOpen",
  protected: "progressApply",
  editMode: "progressApply",
  changed: "progressApply",
  partial: "progressApply",
};

/** The bar's label, the words below it, and its value from 0 to 1. */
export function progressText(p: Progress, s: Strings): { label: string; detail: string; value: number } {
  const step = Math.min(p.done + 1, p.total);
  const parts: string[] = [];
  if (p.within && p.within.total > 0)
    parts.push(
      p.within.unit === "sheet"
        ? s.progressSheets(p.within.done, p.within.total)
        : s.progressMeasures(p.within.done, p.within.total),
    );
  if (p.total > 1) parts.push(s.progressStep(step, p.total));
  const part = p.within && p.within.total > 0 ? p.within.done / p.within.total : 0;
  const value = p.total > 0 ? Math.min(1, (p.done + (p.done < p.total ? part : 0)) / p.total) : 0;
  return { label: s[STAGE_WORDS[p.stage]] as string, detail: parts.join(" · "), value };
}

export interface ProgressLineProps {
  s: Strings;
  source: ProgressSource;
  /** True while a command runs; the bar shows only then, from the command's first report. */
  active: boolean;
}

export function ProgressLine(props: ProgressLineProps) {
  const { source, active, s } = props;
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => source.subscribe(setProgress), [source]);
  useEffect(() => {
    if (!active) setProgress(null);
  }, [active]);
  if (!active || !progress) return null;
  const { label, detail, value } = progressText(progress, s);
  return (
    <Field label={label} hint={detail || undefined} data-testid="toteuma-progress">
      <ProgressBar value={value} max={1} aria-valuetext={detail || label} />
    </Field>
  );
}
