/**
 * The judge against the fourth blind batch (blind4.ts, issue 12), written and committed before the
 * judge ran on it: other cities' verdict words, qualifiers, numbers as written, the distance scale and
 * own statuses with legends; run as every blind batch is (test/support/blind-batch.ts).
 */
import { BLIND4 } from "../../test/corpus/blind4";
import { describeBlindBatch } from "../../test/support/blind-batch";

describeBlindBatch(4, BLIND4, { measures: 36, perStatus: 2, legends: 4, distance: 6 });
