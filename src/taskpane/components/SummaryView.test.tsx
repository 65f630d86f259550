/** @jest-environment jsdom */
/**
 * The pane's Yhteenveto: what a person sees of a summary (sources, totals, conflicts in both
 * languages, statuses named), the progress of reading, and what the clicks ask of the use cases:
 * a picked file read in the browser and passed on, the expected departments, "Luo yhteenveto".
 * (Reading a picked file's cells is tested in pickedFiles.test.ts, and in Chromium by the browser tests.)
 */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AppActions, MergeOptions, SummaryOptions } from "../../app";
import { merge } from "../../app/merge";
import { openWorkbook } from "../../app/template";
import { strings } from "../../i18n";
import { memorySettings, type HostPort } from "../../app/port";
import { assessWorkbook } from "../../assess";
import { readWorkbook } from "../../read";
import { sourcesOf, summarise, type SourceFile, type SourceSheet, type Summary } from "../../summary";
import { validateWorkbook } from "../../validate";
import { loadFixture } from "../../../test/support/load";
import { App } from "./App";
import { SummaryView, type SummaryViewProps } from "./SummaryView";

const FIX = path.join(__dirname, "../../../test/fixtures/workbooks");

beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

async function sourcesOfFixture(file: string, workbook: boolean): Promise<SourceSheet[]> {
  const wr = readWorkbook(await loadFixture(path.join(FIX, file)));
  const name = path.basename(file);
  return sourcesOf(
    name,
    workbook ? { kind: "workbook" } : null,
    wr,
    validateWorkbook(wr),
    assessWorkbook(wr),
  );
}

/** The pane's workbook (three departments' sheets) and, picked, the T1 report and its table. */
async function summaryWithConflict(): Promise<Summary> {
  const own = await sourcesOfFixture("summary/kolme-toimialaa-2025-T2.xlsx", true);
  const t1 = await sourcesOfFixture("kasvu-ja-tyollisyys-2026-T1.xlsx", false);
  const table = await sourcesOfFixture("kasvu-ja-tyollisyys-2026-taulukko.xlsx", false);
  const files: SourceFile[] = [
    { file: "kasvu-ja-tyollisyys-2026-T1.xlsx", error: null },
    { file: "kasvu-ja-tyollisyys-2026-taulukko.xlsx", error: null },
    { file: "rikki.xlsx", error: { fi: "Tiedosto on vioittunut.", en: "The file is damaged." } },
  ];
  return summarise(files, [...own, ...t1, ...table]);
}

function view(props: Partial<SummaryViewProps>) {
  const all: SummaryViewProps = {
    lang: "fi",
    summary: null,
    written: null,
    picked: [],
    progress: null,
    busy: null,
    expected: "",
    onExpected: jest.fn(),
    onAddFiles: jest.fn(),
    onRemoveFile: jest.fn(),
    onCreate: jest.fn(),
    onSelect: jest.fn(),
    ...props,
  };
  return { ...render(<SummaryView {...all} />), props: all };
}

describe("SummaryView", () => {
  it("lists the workbook's report sheets with department, period and counts, and the picked files", async () => {
    const summary = await summaryWithConflict();
    const { container, props } = view({
      summary,
      picked: ["kasvu-ja-tyollisyys-2026-T1.xlsx", "kasvu-ja-tyollisyys-2026-taulukko.xlsx", "rikki.xlsx"],
    });
    const sources = [...container.querySelectorAll("[data-source]")].map((e) => e.textContent);
    expect(sources).toEqual([
      "Sivistys T2 2025Sivistystoimiala · T2 2025 · 8 mittaria",
      "Tekninen T2 2025Tekninen toimiala · T2 2025 · 8 mittaria",
      "Elinvoima T2 2025Elinvoima- ja ympäristötoimiala · T2 2025 · 4 mittaria",
    ]);
    const table = container.querySelector('[data-picked-file="kasvu-ja-tyollisyys-2026-taulukko.xlsx"]');
    expect(table?.textContent).toContain("ei laskettu (katso ristiriidat)");
    expect(container.querySelector('[data-picked-file="rikki.xlsx"]')?.textContent).toContain(
      "Tiedosto on vioittunut.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Sivistys T2 2025, valitse solu A1" }));
    expect(props.onSelect).toHaveBeenCalledWith({ sheet: "Sivistys T2 2025", row: 1, col: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Poista rikki.xlsx yhteenvedosta" }));
    expect(props.onRemoveFile).toHaveBeenCalledWith("rikki.xlsx");
  });

  it("shows the totals with each status named, the departments, and each conflict in Finnish with English beside", async () => {
    const summary = await summaryWithConflict();
    const { container } = view({ summary });
    const total = container.querySelector("[data-summary-total]") as HTMLElement;
    expect(total.textContent).toContain(`4 toimialaa, ${summary.total.measures} mittaria`);
    for (const [label, n] of [
      ["Toteutunut", summary.total.achieved],
      ["Osittain toteutunut", summary.total.partial],
      ["Ei toteutunut", summary.total.notAchieved],
      ["Ei arvioitavissa", summary.total.notAssessable],
    ] as const)
      expect(within(total).getByText(label).closest("li")?.textContent).toBe(`${label}${n}`);
    const conflicts = [...container.querySelectorAll("[data-conflict]")];
    expect(conflicts.map((c) => c.getAttribute("data-conflict"))).toEqual([
      "duplicate-department",
      "period-mismatch",
      "year-mismatch",
    ]);
    expect(conflicts[0].textContent).toContain("Mukana on kasvu-ja-tyollisyys-2026-T1.xlsx");
    expect(conflicts[0].querySelector('[lang="en-US"]')?.textContent).toContain(
      "Counted: kasvu-ja-tyollisyys-2026-T1.xlsx",
    );
    expect(screen.getByRole("heading", { name: "Ristiriidat (3)" })).toBeTruthy();
  });

  it("says when nothing conflicts, and when the workbook has no report sheets", () => {
    view({ summary: summarise([], []) });
    expect(screen.getByText("Lähteiden välillä ei ole ristiriitoja.", { exact: false })).toBeTruthy();
    expect(
      screen.getByText("Tässä työkirjassa ei ole raporttivälilehtiä. Lisää toimialojen työkirjat."),
    ).toBeTruthy();
  });

  it("shows which workbook is read, N of M, while the summary is put together", () => {
    const { container } = view({ busy: "summarise", progress: { n: 2, total: 3, name: "sivistys.xlsx" } });
    expect(screen.getByText("Luetaan työkirjaa 2 / 3: sivistys.xlsx")).toBeTruthy();
    expect(container.querySelector("[data-progress]")?.getAttribute("data-progress")).toBe("2/3");
    for (const b of screen.getAllByRole("button")) expect((b as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("Yhteenveto in the pane", () => {
  it("previews on opening, reads a picked file in the browser, and writes with the expected departments", async () => {
    const summary = await summaryWithConflict();
    const calls: { what: string; options: SummaryOptions; lang?: string }[] = [];
    const fake = {
      summarise: async (options: SummaryOptions) => {
        calls.push({ what: "summarise", options });
        return { summary };
      },
      writeSummary: async (lang: string, options: SummaryOptions) => {
        calls.push({ what: "writeSummary", options, lang });
        options.onFile?.(1, 1, "kolme-toimialaa-2025-T2.xlsx");
        return { summary, sheets: ["Yhteenveto", "Mittarit", "Poikkeamat"] };
      },
    } as unknown as AppActions;
    const { container } = render(<App lang="fi" initialView="summary" actions={fake} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].options).toMatchObject({ workbook: true, files: [], expected: [] });

    const bytes = fs.readFileSync(path.join(FIX, "summary", "perusturva-2025-T2.xlsx"));
    const file = new File([bytes], "perusturva-2025-T2.xlsx");
    const input = container.querySelector("[data-add-workbooks]") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].options.files?.map((f) => f.name)).toEqual(["perusturva-2025-T2.xlsx"]);
    await waitFor(() =>
      expect(container.querySelector('[data-picked-file="perusturva-2025-T2.xlsx"]')).not.toBeNull(),
    );

    fireEvent.change(
      container.querySelector("[data-expected] textarea, textarea[data-expected]") as HTMLTextAreaElement,
      {
        target: { value: "Sivistystoimiala\n\nKulttuuritoimiala; Tekninen toimiala" },
      },
    );
    fireEvent.click(screen.getByRole("button", { name: "Luo yhteenveto" }));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]).toMatchObject({
      what: "writeSummary",
      lang: "fi",
      options: { workbook: true, expected: ["Sivistystoimiala", "Kulttuuritoimiala", "Tekninen toimiala"] },
    });
    expect(calls[2].options.files?.map((f) => f.name)).toEqual(["perusturva-2025-T2.xlsx"]);
    await waitFor(() =>
      expect(
        screen.getByText("Yhteenveto kirjoitettiin välilehdille Yhteenveto, Mittarit, Poikkeamat."),
      ).toBeTruthy(),
    );

    fireEvent.click(screen.getByRole("button", { name: "Poista perusturva-2025-T2.xlsx yhteenvedosta" }));
    await waitFor(() => expect(calls).toHaveLength(4));
    expect(calls[3].options.files).toEqual([]);
  });

  it("Yhdistä työkirjat: waits for picked files, merges them, opens the result and lists what it made", async () => {
    const summary = await summaryWithConflict();
    const opened: Uint8Array[] = [];
    const mergeCalls: MergeOptions<unknown>[] = [];
    const port: HostPort = {
      ...memorySettings(),
      snapshot: () => Promise.reject(new Error("no")),
      apply: () => Promise.reject(new Error("no")),
      select: () => Promise.reject(new Error("no")),
    };
    const fake = {
      summarise: async () => ({ summary }),
      merge: (options: MergeOptions<unknown>) => {
        mergeCalls.push(options);
        return merge(port, options);
      },
      openWorkbook: async (bytes: Uint8Array) => {
        opened.push(bytes);
      },
    } as unknown as AppActions;
    const { container } = render(<App lang="fi" initialView="summary" actions={fake} />);
    const button = () => screen.getByRole("button", { name: "Yhdistä työkirjat" }) as HTMLButtonElement;
    await waitFor(() => expect(button().disabled).toBe(true));

    const files = ["kasvu-ja-tyollisyys-2026-T1.xlsx", "kasvu-ja-tyollisyys-2026-taulukko.xlsx"].map(
      (f) => new File([fs.readFileSync(path.join(FIX, f))], f),
    );
    await act(async () => {
      fireEvent.change(container.querySelector("[data-add-workbooks]") as HTMLInputElement, {
        target: { files },
      });
    });
    await waitFor(() => expect(button().disabled).toBe(false));
    fireEvent.click(button());
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 20000 });
    expect(mergeCalls[0]).toMatchObject({ lang: "fi", bytes: true, expected: [] });
    expect(mergeCalls[0].files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    // The opened bytes are an .xlsx package (a zip; its sheets are read back in the browser test).
    expect([opened[0][0], opened[0][1]]).toEqual([0x50, 0x4b]);
    await waitFor(() => expect(container.querySelector("[data-merged]")).not.toBeNull());
    const sheets = [...container.querySelectorAll("[data-merged-sheet]")].map((e) =>
      e.getAttribute("data-merged-sheet"),
    );
    expect(sheets).toEqual(["Kasvu- ja työllisyyspalvelut", "Kasvu- ja työllisyyspalvelu (2)"]);
    // The two reports of one department conflict; shown in Finnish with English beside.
    const conflict = container.querySelector('[data-merge-conflict="duplicate-department"]') as HTMLElement;
    expect(conflict).not.toBeNull();
    expect(within(conflict).getAllByRole("paragraph")).toHaveLength(2);
    expect(screen.getByText(/Yhdistetty työkirja avattiin: Sisällys ja 2 raporttivälilehteä/)).toBeTruthy();
    expect(screen.getByText("Mitään ei jäänyt pois.")).toBeTruthy();
  }, 30000);
  it("Yhdistä työkirjat where Excel cannot open a new workbook: the merge's own sentence (not the templates'), and what was merged still listed", async () => {
    const port: HostPort = {
      ...memorySettings(),
      snapshot: () => Promise.reject(new Error("no")),
      apply: () => Promise.reject(new Error("no")),
      select: () => Promise.reject(new Error("no")),
      // No openWorkbook: this host cannot open workbooks.
    };
    const fake = {
      summarise: async () => ({ summary: await summaryWithConflict() }),
      merge: (options: MergeOptions<unknown>) => merge(port, options),
      openWorkbook: (bytes: Uint8Array, stage?: "open" | "openMerged") => openWorkbook(port, bytes, stage),
    } as unknown as AppActions;
    const { container } = render(<App lang="fi" initialView="summary" actions={fake} />);
    const button = () => screen.getByRole("button", { name: "Yhdistä työkirjat" }) as HTMLButtonElement;
    const files = ["konsernipalvelut-2025-T2.xlsx"].map(
      (f) => new File([fs.readFileSync(path.join(FIX, f))], f),
    );
    await act(async () => {
      fireEvent.change(container.querySelector("[data-add-workbooks]") as HTMLInputElement, {
        target: { files },
      });
    });
    await waitFor(() => expect(button().disabled).toBe(false));
    fireEvent.click(button());
    await waitFor(() => expect(screen.getByText(strings("fi").errorOpenMerged)).toBeTruthy(), {
      timeout: 20000,
    });
    expect(screen.queryByText(strings("fi").errorOpen)).toBeNull();
    const sheets = [...container.querySelectorAll("[data-merged-sheet]")].map((e) =>
      e.getAttribute("data-merged-sheet"),
    );
    expect(sheets).toEqual(["Konsernipalvelut"]);
  }, 30000);
});
