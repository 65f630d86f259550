/**
 * src/i18n: the words the pane and the command line show, Finnish first with English beside them,
 * typed (strings.ts: `strings(lang)`, layout and period names), and the choice of language (Office's
 * display language for the pane, `TOTEUMA_LANG` for the command line). The domain's own words — status
 * labels and severity words — live with their types in src/model (status.ts, finding.ts).
 */
export * from "./strings";
