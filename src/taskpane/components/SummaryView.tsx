/**
 * "Yhteenveto": the sources (this workbook's report sheets with their department, period and counts,
 * and the workbooks picked from disk), the expected departments, "Luo yhteenveto", a progress bar
 * while workbooks are read, then the totals and the conflicts (in the pane's language with the
 * other beside it; each status named, never colour alone). "Yhdistä työkirjat" merges the picked
 * workbooks into a new one; after it the view lists the merged sheets (department, period, measures,
 * source), the conflicts, what was left out and why, and what changed in copying.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  makeStyles,
  ProgressBar,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Regular,
  Dismiss16Regular,
  DocumentAdd20Regular,
  Merge20Regular,
  TableSimple20Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useId, useRef } from "react";
import { STATUSES, type CellRef, type Language } from "../../model";
import { strings } from "../../i18n";
import { COUNT_KEY, periodPhrase, type SourceSheet, type Summary } from "../../summary";
import type { SummaryProgress } from "../useSummaryView";
import type { MergeOutcome } from "../viewModel";
import { CellLink } from "./CellLink";
import { StatusChip } from "./StatusView";

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground3, display: "block", marginBottom: tokens.spacingVerticalS },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  section: { marginTop: tokens.spacingVerticalM },
  heading: { display: "block", marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalXS,
  },
  file: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  muted: { display: "block", color: tokens.colorNeutralForeground3 },
  error: { display: "block", color: tokens.colorPaletteRedForeground1 },
  counts: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0`,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  conflictHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  ok: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  hidden: { display: "none" },
});

export interface SummaryViewProps {
  lang: Language;
  /** The last summary; null before the first. */
  summary: Summary | null;
  /** The sheets the last summary was written to; null when it was not written. */
  written: string[] | null;
  /** The names of the workbooks picked from disk. */
  picked: string[];
  progress: SummaryProgress | null;
  busy: "summarise" | "writeSummary" | "merge" | null;
  /** True while any command of the pane runs: every button waits. */
  disabled?: boolean;
  expected: string;
  onExpected: (text: string) => void;
  onAddFiles: (files: File[]) => void;
  onRemoveFile: (name: string) => void;
  onCreate: () => void;
  onSelect: (cell: CellRef) => void;
  /** The last merge's outcome; null before the first (or after the picked files changed). */
  merged?: MergeOutcome | null;
  /** "Yhdistä työkirjat": merges the picked workbooks into a new one (waits while none is picked). */
  onMerge?: () => void;
}

/** What the last merge made: its sheets, the conflicts, what was left out, what copying changed. */
function Merged(props: { lang: Language; merged: MergeOutcome }) {
  const s = strings(props.lang);
  const styles = useStyles();
  const { merged: m, lang } = props;
  const other: Language = lang === "fi" ? "en" : "fi";
  const otherLang = other === "fi" ? "fi-FI" : "en-US";
  return (
    <div aria-live="polite" data-merged="">
      <section className={styles.section} aria-label={s.mergedSheets(m.sheets.length)}>
        <Subtitle2 as="h2" className={styles.heading}>
          {s.mergedSheets(m.sheets.length)}
        </Subtitle2>
        <ul className={styles.list}>
          {m.sheets.map((x) => (
            <li key={x.name} className={styles.item} data-merged-sheet={x.name}>
              <Body1Strong>{x.name}</Body1Strong>
              <Caption1 className={styles.muted}>
                {[x.department ?? s.unknownDepartment, x.period[lang], s.measuresCount(x.measures)].join(
                  " · ",
                )}
              </Caption1>
              <Caption1 className={styles.muted}>{s.mergeSource(x.file, x.sheet)}</Caption1>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-label={s.summaryConflicts(m.conflicts.length)}>
        {m.conflicts.length === 0 ? (
          <Body1 className={styles.ok}>
            <CheckmarkCircle20Regular aria-hidden /> {s.summaryNoConflicts}
          </Body1>
        ) : (
          <>
            <Subtitle2 as="h2" className={styles.conflictHead}>
              <Warning16Filled aria-hidden />
              {s.summaryConflicts(m.conflicts.length)}
            </Subtitle2>
            <ul className={styles.list}>
              {m.conflicts.map((c, i) => (
                <li key={i} className={styles.item} data-merge-conflict={c.code}>
                  <Body1 as="p">{c.message[lang]}</Body1>
                  <Caption1 as="p" className={styles.muted} lang={otherLang}>
                    {c.message[other]}
                  </Caption1>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className={styles.section} aria-label={s.mergeLeftOut(m.leftOut.length)}>
        <Subtitle2 as="h2" className={styles.heading}>
          {s.mergeLeftOut(m.leftOut.length)}
        </Subtitle2>
        {m.leftOut.length === 0 && <Caption1 className={styles.muted}>{s.mergeNothingLeftOut}</Caption1>}
        <ul className={styles.list}>
          {m.leftOut.map((l, i) => (
            <li key={i} className={styles.item} data-left-out={l.where}>
              <Body1 as="p">{`${l.where}: ${l.reason[lang]}`}</Body1>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-label={s.mergeNotes(m.notes.length)}>
        <Subtitle2 as="h2" className={styles.heading}>
          {s.mergeNotes(m.notes.length)}
        </Subtitle2>
        {m.notes.length === 0 && <Caption1 className={styles.muted}>{s.mergeCopiedAsIs}</Caption1>}
        <ul className={styles.list}>
          {m.notes.map((n, i) => (
            <li key={i} className={styles.item} data-copy-note={n.kind}>
              <Body1 as="p">{n.message[lang]}</Body1>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Counts(props: {
  lang: Language;
  counts: Summary["total"] | Summary["departments"][number];
  label: string;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.counts} aria-label={props.label}>
      {STATUSES.map((st) => (
        <li key={st} className={styles.count} data-status-count={st}>
          <StatusChip status={st} lang={props.lang} />
          <Body1Strong>{props.counts[COUNT_KEY[st]]}</Body1Strong>
        </li>
      ))}
    </ul>
  );
}

export function SummaryView(props: SummaryViewProps) {
  const s = strings(props.lang);
  const styles = useStyles();
  const { summary, lang } = props;
  const other: Language = lang === "fi" ? "en" : "fi";
  const input = useRef<HTMLInputElement>(null);
  const expectedId = useId();
  const busy = props.busy !== null || props.disabled === true;
  const counted = new Set(summary?.departments.map((d) => d.source) ?? []);
  const workbookSources = summary?.sources.filter((x) => x.link?.kind === "workbook") ?? [];
  const fileErrors = new Map(summary?.files.filter((f) => f.error).map((f) => [f.file, f.error!]) ?? []);
  const sourceLine = (x: SourceSheet) =>
    [
      x.department ?? s.unknownDepartment,
      periodPhrase(x.period, x.year)[lang],
      s.measuresCount(x.measures.length),
      ...(counted.has(x) ? [] : [s.summaryNotCounted]),
    ].join(" · ");
  const percent = summary?.total.share === null || !summary ? null : Math.round(summary.total.share * 100);

  return (
    <div>
      <Caption1 className={styles.intro}>{s.summaryIntro}</Caption1>

      <section className={styles.section} aria-labelledby={`${expectedId}-sources`}>
        <Subtitle2 as="h2" id={`${expectedId}-sources`} className={styles.heading}>
          {s.summarySources}
        </Subtitle2>
        {summary && workbookSources.length === 0 && (
          <Caption1 className={styles.muted}>{s.summaryNoSources}</Caption1>
        )}
        <ul className={styles.list} data-sources="">
          {workbookSources.map((x) => (
            <li key={`${x.file}\u0000${x.sheet}`} className={styles.item} data-source={x.sheet}>
              <CellLink
                cell={{ sheet: x.sheet, row: 1, col: 1 }}
                label={s.selectCell(x.sheet, "A1")}
                onSelect={props.onSelect}
                disabled={busy}
              >
                {x.sheet}
              </CellLink>
              <Caption1 className={styles.muted}>{sourceLine(x)}</Caption1>
            </li>
          ))}
        </ul>
        {props.picked.length > 0 && (
          <>
            <Body1Strong as="h3" className={styles.heading}>
              {s.pickedFiles}
            </Body1Strong>
            <ul className={styles.list} data-picked="">
              {props.picked.map((name) => {
                const sheets = summary?.sources.filter((x) => x.link === null && x.file === name) ?? [];
                const error = fileErrors.get(name);
                return (
                  <li key={name} className={styles.item} data-picked-file={name}>
                    <span className={styles.file}>
                      <Body1>{name}</Body1>
                      <Button
                        appearance="subtle"
                        size="small"
                        icon={<Dismiss16Regular />}
                        aria-label={s.removeFile(name)}
                        title={s.removeFile(name)}
                        onClick={() => props.onRemoveFile(name)}
                        disabled={busy}
                      />
                    </span>
                    {error && (
                      <Caption1 className={styles.error} role="note">
                        {error[lang]}
                      </Caption1>
                    )}
                    {sheets.map((x) => (
                      <Caption1
                        key={x.sheet}
                        className={styles.muted}
                      >{`${x.sheet}: ${sourceLine(x)}`}</Caption1>
                    ))}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <div className={styles.bar}>
        <Button icon={<DocumentAdd20Regular />} onClick={() => input.current?.click()} disabled={busy}>
          {s.addWorkbooks}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm"
          aria-label={s.addWorkbooks}
          tabIndex={-1}
          data-add-workbooks=""
          onChange={(e) => {
            const list = Array.from(e.currentTarget.files ?? []);
            // The same file may be picked again after a change on disk.
            e.currentTarget.value = "";
            if (list.length > 0) props.onAddFiles(list);
          }}
        />
      </div>

      <Field label={s.expectedDepartments} hint={s.expectedHint} className={styles.section}>
        <Textarea
          value={props.expected}
          onChange={(_, d) => props.onExpected(d.value)}
          resize="vertical"
          disabled={busy}
          data-expected=""
        />
      </Field>

      <div className={styles.bar}>
        <Button appearance="primary" icon={<TableSimple20Regular />} onClick={props.onCreate} disabled={busy}>
          {s.createSummary}
        </Button>
        {props.onMerge && (
          <Button
            icon={<Merge20Regular />}
            onClick={props.onMerge}
            disabled={busy || props.picked.length === 0}
            title={s.mergeHint}
            aria-describedby={`${expectedId}-merge`}
            data-merge=""
          >
            {s.mergeWorkbooks}
          </Button>
        )}
      </div>
      {props.onMerge && (
        <Caption1 id={`${expectedId}-merge`} className={styles.muted}>
          {s.mergeHint}
        </Caption1>
      )}

      {props.busy !== null && (
        <Field
          validationState="none"
          validationMessage={
            props.progress
              ? s.readingFile(
                  props.progress.n,
                  props.progress.total,
                  props.progress.name ?? s.summaryThisWorkbook,
                )
              : props.busy === "writeSummary"
                ? s.writingSummary
                : props.busy === "merge"
                  ? s.merging
                  : s.summarising
          }
        >
          <ProgressBar
            value={props.progress ? props.progress.n / Math.max(1, props.progress.total) : undefined}
            aria-label={
              props.busy === "writeSummary"
                ? s.writingSummary
                : props.busy === "merge"
                  ? s.merging
                  : s.summarising
            }
            data-progress={props.progress ? `${props.progress.n}/${props.progress.total}` : ""}
          />
        </Field>
      )}

      {props.merged && props.busy === null && <Merged lang={lang} merged={props.merged} />}

      {summary && props.busy === null && (
        <div aria-live="polite">
          <section className={styles.section} aria-label={s.summaryTotals} data-summary-total="">
            <Subtitle2 as="h2" className={styles.heading}>
              {s.summaryTotals}
            </Subtitle2>
            <Body1 as="p">
              {s.summaryCounts(summary.departments.length, summary.total.measures)}
              {percent !== null ? ` · ${s.summaryShare(percent)}` : ""}
            </Body1>
            <Counts lang={lang} counts={summary.total} label={s.summaryTotals} />
          </section>

          <section className={styles.section} aria-label={s.summaryConflicts(summary.conflicts.length)}>
            {summary.conflicts.length === 0 ? (
              <Body1 className={styles.ok}>
                <CheckmarkCircle20Regular aria-hidden /> {s.summaryNoConflicts}
              </Body1>
            ) : (
              <>
                <Subtitle2 as="h2" className={styles.conflictHead}>
                  <Warning16Filled aria-hidden />
                  {s.summaryConflicts(summary.conflicts.length)}
                </Subtitle2>
                <ul className={styles.list}>
                  {summary.conflicts.map((c, i) => (
                    <li key={i} className={styles.item} data-conflict={c.code}>
                      <Body1 as="p">{c.message[lang]}</Body1>
                      <Caption1 as="p" className={styles.muted} lang={other === "fi" ? "fi-FI" : "en-US"}>
                        {c.message[other]}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {summary.departments.length > 0 && (
            <section className={styles.section} aria-label={s.summaryDepartments}>
              <Subtitle2 as="h2" className={styles.heading}>
                {s.summaryDepartments}
              </Subtitle2>
              <ul className={styles.list}>
                {summary.departments.map((d) => {
                  const name =
                    d.department ?? `${s.unknownDepartment} (${d.source.file} / ${d.source.sheet})`;
                  return (
                    <li key={d.key} className={styles.item} data-department={name}>
                      <Body1Strong>{name}</Body1Strong>
                      <Caption1 className={styles.muted}>
                        {`${periodPhrase(d.period, d.year)[lang]} · ${s.measuresCount(d.measures)}`}
                      </Caption1>
                      <Counts lang={lang} counts={d} label={name} />
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
