/**
 * src/model: the domain's types and its own words, plain data only — the report tree and its rows
 * (report.ts, rows.ts), cells and grids (cellref.ts, grid.ts), findings and the severity words
 * (finding.ts), statuses with the city's scale's labels and colours (status.ts), bilingual text
 * (text.ts). Every other folder may import it; it imports nothing of theirs.
 */
export * from "./cellref";
export * from "./grid";
export * from "./report";
export * from "./status";
export * from "./finding";
export * from "./text";
export * from "./rows";
