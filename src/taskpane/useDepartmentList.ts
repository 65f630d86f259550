/**
 * The state of the department list editor (in the view "Tarkistus"): the list's text as kept in the
 * workbook's settings, loaded when the editor is first opened, and saving a new text. After a save
 * the caller's `afterSave` runs (the view re-runs its check, so that its findings use the new list).
 */
import { useCallback, useState } from "react";
import type { Pane } from "./usePane";

export interface DepartmentListViewState {
  /** The text kept in the workbook ("" for none); null until loaded. */
  saved: string | null;
  /** Reads the list kept in the workbook. */
  load(): Promise<void>;
  /** Keeps `text` as the workbook's list; resolves to true when it was saved. */
  save(text: string): Promise<boolean>;
}

export function useDepartmentList(pane: Pane, afterSave: () => void): DepartmentListViewState {
  const [saved, setSaved] = useState<string | null>(null);
  const { run } = pane;
  const load = useCallback(async () => {
    const r = await run("loadDepartments", (a) => a.departments());
    if (r) setSaved(r.text);
  }, [run]);
  const save = useCallback(
    async (text: string) => {
      const r = await run("saveDepartments", (a) => a.saveDepartments(text));
      if (!r || !r.saved) return false;
      setSaved(r.text);
      afterSave();
      return true;
    },
    [run, afterSave],
  );
  return { saved, load, save };
}
