/**
 * The task pane's web worker (webpack makes it a chunk of its own, loaded when the pane first runs
 * work, not in the pane's first load): the pure core — reading, checking, assessing — served over
 * the worker's messages (src/app/coreWorker.ts). No Office.js, no React: plain data in, plain data out.
 */
import { serveCore, type WorkerScope } from "../app/coreWorker";

serveCore(self as unknown as WorkerScope);
