import type { WorkerLike } from "../app/coreWorker";

/** A new web worker running the pure core (core.worker.ts); throws where there is no Worker. */
export function spawnCoreWorker(): WorkerLike;
