// The pane's worker (core.worker.ts), started the way webpack 5 recognises: `new Worker(new URL(…,
// import.meta.url))` gives the worker its own chunk, from the pane's own origin (the pages'
// Content-Security-Policy allows it as a script of 'self'). Plain JavaScript because the type check
// (tsconfig.json, module commonjs for jest) refuses `import.meta`; its types are spawnCoreWorker.d.ts.
export function spawnCoreWorker() {
  return new Worker(/* webpackChunkName: "core-worker" */ new URL("./core.worker.ts", import.meta.url));
}
