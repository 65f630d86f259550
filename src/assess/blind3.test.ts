/**
 * The judge against the third blind batch (blind3.ts, issue 12): other cities' verdict words,
 * qualifiers, mixed results, numbers as written, the distance scale and own statuses explained by a
 * legend; run as every blind batch is (test/support/blind-batch.ts).
 */
import { BLIND3 } from "../../test/corpus/blind3";
import { describeBlindBatch } from "../../test/support/blind-batch";

describeBlindBatch(3, BLIND3, { measures: 100, perStatus: 5, legends: 6, distance: 10 });
