/**
 * The pane's and the command line's words in Finnish and English (strings.ts, typed so that both
 * languages have every key), with the names of layouts, periods (from model/period.ts), severities and
 * statuses (from model/status.ts).
 */
export * from "./strings";
