/** @jest-environment jsdom */
/**
 * The progress bar while a command runs: what it says and shows from the host's progress reports,
 * that it is there only while a command runs, and that the buttons wait meanwhile.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import { readWorkbook } from "../../read";
import { loadFixture } from "../../../test/support/load";
import { summariseFindings, validateWorkbook, type FindingSummary } from "../../validate";
import { DEFAULT_SCALE } from "../../assess";
import type { AppActions, CheckResult } from "../../app";
import { strings } from "../../i18n";
import type { Finding } from "../../model";
import { progressHub } from "../progress";
import { App } from "./App";
import { progressText } from "./ProgressLine";

beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe("progressText", () => {
  const fi = strings("fi");
  const en = strings("en");

  it("names the step, counts sheets or measures within it and the steps, and fills the bar", () => {
    expect(
      progressText({ done: 1, total: 3, stage: "read", within: { done: 3, total: 20, unit: "sheet" } }, fi),
    ).toEqual({
      label: "Luetaan välilehtiä…",
      detail: "3/20 välilehteä · vaihe 2/3",
      value: (1 + 3 / 20) / 3,
    });
    expect(
      progressText(
        { done: 2, total: 4, stage: "assess", within: { done: 200, total: 800, unit: "measure" } },
        en,
      ),
    ).toEqual({
      label: "Assessing the measures…",
      detail: "200 of 800 measures · step 3 of 4",
      value: 0.5625,
    });
    expect(progressText({ done: 0, total: 3, stage: "snapshot", within: null }, fi)).toEqual({
      label: "Haetaan soluja Excelistä…",
      detail: "vaihe 1/3",
      value: 0,
    });
    // The end: the last step done, the bar full; a one-step command says no step count.
    expect(progressText({ done: 3, total: 3, stage: "validate", within: null }, fi).value).toBe(1);
    expect(progressText({ done: 0, total: 1, stage: "apply", within: null }, fi).detail).toBe("");
  });
});

describe("the progress bar in the pane", () => {
  it("shows while a check runs, says where it is, keeps the buttons waiting, and goes at the end", async () => {
    const snapshot = await loadFixture("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const report = readWorkbook(snapshot);
    const findings: Finding[] = validateWorkbook(report);
    const summary: FindingSummary = summariseFindings(findings);
    const hub = progressHub();
    let finish: () => void = () => undefined;
    const check = () =>
      new Promise<CheckResult>((resolve) => {
        hub.report(0, 3, "snapshot");
        finish = () => {
          hub.report(3, 3, "validate");
          resolve({ report, findings, summary });
        };
      });
    const actions = {
      read: async () => report,
      check,
      status: async () => ({ report, assessments: [], scale: DEFAULT_SCALE }),
      getScale: async () => DEFAULT_SCALE,
    } as unknown as AppActions;
    render(<App lang="fi" initialView="validate" actions={actions} progress={hub} />);
    const bar = await screen.findByRole("progressbar", { name: "Haetaan soluja Excelistä…" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0");
    act(() => hub.report(1, 3, "read", { done: 1, total: 2, unit: "sheet" }));
    const reading = screen.getByRole("progressbar", { name: "Luetaan välilehtiä…" });
    expect(reading.getAttribute("aria-valuetext")).toBe("1/2 välilehteä · vaihe 2/3");
    expect(Number(reading.getAttribute("aria-valuenow"))).toBeCloseTo(0.5);
    expect(screen.getByText("1/2 välilehteä · vaihe 2/3")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tarkista raportti" }).hasAttribute("disabled")).toBe(true);
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(screen.getByText(summary.line.fi)).toBeTruthy();
  });

  it("shows nothing without a command running, whatever was heard before", async () => {
    const hub = progressHub();
    const report = readWorkbook(await loadFixture("kasvu-ja-tyollisyys-2026-T1.xlsx"));
    const actions = { read: async () => report } as unknown as AppActions;
    render(<App lang="en" initialView="read" actions={actions} progress={hub} />);
    await screen.findByText("4 actions, 4 measures");
    act(() => hub.report(1, 2, "read", { done: 1, total: 1, unit: "sheet" }));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
