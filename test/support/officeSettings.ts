/**
 * A stand-in for Office.context.document.settings, as Office.js behaves: `set` changes the in-memory
 * copy only, `saveAsync` writes it into the document (`saved`), asynchronously, reporting
 * "succeeded" or "failed" the way office.js does at run time.
 */
import type { DocumentSettings } from "../../src/excel/officeHost";

export interface FakeSettings {
  settings: DocumentSettings;
  /** What is saved in the document. */
  saved: Map<string, unknown>;
  /** Makes the next saves fail with this message (null: they succeed). */
  failSaves(message: string | null): void;
  saves: number;
}

export function fakeSettings(initial: Record<string, unknown> = {}): FakeSettings {
  const memory = new Map<string, unknown>(Object.entries(initial));
  const saved = new Map(memory);
  let failure: string | null = null;
  const fake: FakeSettings = {
    saved,
    saves: 0,
    failSaves: (message) => {
      failure = message;
    },
    settings: {
      get: (name: string) => (memory.has(name) ? memory.get(name) : null),
      set: (name: string, value: unknown) => void memory.set(name, value),
      saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
        fake.saves++;
        const error = failure;
        if (error === null) for (const [k, v] of memory) saved.set(k, v);
        setTimeout(() =>
          callback?.({
            status: error === null ? "succeeded" : "failed",
            error: error === null ? undefined : { code: 5001, message: error, name: "Internal Error" },
            value: undefined,
            asyncContext: undefined,
            diagnostics: undefined,
          } as unknown as Office.AsyncResult<void>),
        );
      },
    } as DocumentSettings,
  };
  return fake;
}
