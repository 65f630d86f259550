/**
 * Generic text helpers, with no knowledge of goals or workbooks: whitespace and comparison keys
 * (`cleanText`, `labelKey`), how far two spellings are apart (`editDistance`, `allowedEdits`),
 * matching a cell against a vocabulary of labels with near-misses (`matchLabel`), the value written
 * most often (`mostCommon`) and the year in a text (`yearIn`). Every layer above src/model may use them.
 */
export { cleanKeyLength, cleanText, firstVisible, labelKey, visibleExceeds } from "./clean";
export { allowedEdits, editDistance } from "./distance";
export { matchLabel, type LabelMatch, type LabelVocabulary } from "./label";
export { mostCommon } from "./tally";
export { yearIn } from "./year";
