/** @jest-environment jsdom */
/**
 * The pane's components over plain data from the real reader, rules and judge on the fixture
 * workbooks: what a person sees and what a click asks for. No Excel anywhere.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { isEmptyList, parseDepartmentList, readWorkbook } from "../../read";
import { namingSnapshot, titleNaming } from "../../../test/support/departments";
import { loadFixture } from "../../../test/support/load";
import { summariseFindings, validateWorkbook } from "../../validate";
import { assessWorkbook, DEFAULT_SCALE, parseScale, type Scale } from "../../assess";
import type { CellRef, WorkbookReport } from "../../model";
import type { AppActions } from "../../app";
import { sourcesOf, summarise, type Summary } from "../../summary";
import { App } from "./App";
import { ReadView } from "./ReadView";
import { StatusView } from "./StatusView";
import { ValidationView } from "./ValidationView";

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one (browsers all have it).
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

async function reportOf(file: string): Promise<WorkbookReport> {
  return readWorkbook(await loadFixture(file));
}

/** The summary of a workbook's own report sheets, as the use case gives it. */
function summaryOf(report: WorkbookReport): Summary {
  const name = report.name ?? "työkirja.xlsx";
  const sources = sourcesOf(
    name,
    { kind: "workbook" },
    report,
    validateWorkbook(report),
    assessWorkbook(report),
  );
  return summarise([], sources);
}

function fakeActions(
  report: WorkbookReport,
  overrides: Partial<AppActions> = {},
): AppActions & { selected: CellRef[] } {
  const selected: CellRef[] = [];
  const findings = validateWorkbook(report);
  return {
    selected,
    read: async () => report,
    check: async () => ({ report, findings, summary: summariseFindings(findings) }),
    status: async (o = {}) => ({
      report,
      assessments: assessWorkbook(report, { scale: o.scale ?? DEFAULT_SCALE }),
      scale: o.scale ?? DEFAULT_SCALE,
    }),
    colour: async () => ({ report, assessments: assessWorkbook(report), scale: DEFAULT_SCALE }),
    getScale: async () => DEFAULT_SCALE,
    setScale: async () => undefined,
    clear: async () => undefined,
    writeFindings: async () => ({ report, findings, summary: summariseFindings(findings) }),
    select: async (ref: CellRef) => {
      selected.push(ref);
    },
    departments: async () => ({ text: "", ...parseDepartmentList(""), saved: true }),
    saveDepartments: async (text: string) => ({ text, ...parseDepartmentList(text), saved: true }),
    summarise: async () => ({ summary: summaryOf(report) }),
    writeSummary: async () => ({
      summary: summaryOf(report),
      sheets: ["Yhteenveto", "Mittarit", "Poikkeamat"],
    }),
    template: async () => ({ report, templates: [], refusal: null }),
    openWorkbook: async () => undefined,
    merge: async () => {
      throw new Error("This test does not merge.");
    },
    ...overrides,
  };
}

describe("ReadView", () => {
  it("shows the year-end report's counts, facts and tree; a measure click asks for its cell", async () => {
    const report = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const onSelect = jest.fn();
    const { container } = render(<ReadView report={report} lang="fi" onSelect={onSelect} />);
    expect(screen.getByText("16 toimenpidettä, 25 mittaria")).toBeTruthy();
    expect(container.querySelectorAll("[data-measure]")).toHaveLength(25);
    expect(container.querySelectorAll("[data-action]")).toHaveLength(16);
    expect(screen.getAllByText("Lähtötaso").length).toBe(25);
    expect(screen.getAllByText("Toteuma").length).toBe(25);
    const measure = report.sheets[0].focusAreas[0].goals[0].commitments[0].actions[0].measures[0];
    const link = container.querySelector(`[data-measure] [data-cell]`) as HTMLElement;
    expect(link.tagName).toBe("BUTTON");
    fireEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith(measure.cell);
  });

  it("says so when a sheet holds no goal structure", () => {
    const report: WorkbookReport = {
      name: null,
      sheets: [
        {
          sheet: "Muistiinpanot",
          layout: "none",
          title: null,
          department: null,
          period: null,
          year: null,
          focusAreas: [],
          financialGoals: [],
          hasActualColumn: false,
          ownStatusColumn: null,
          nearMisses: [],
          problems: [],
          looksLikeGoals: false,
        },
      ],
    };
    render(<ReadView report={report} lang="fi" onSelect={jest.fn()} />);
    expect(screen.getByText("Taulukossa ei ole tavoiterakennetta.")).toBeTruthy();
    expect(screen.getByText("Ei tavoiterakennetta")).toBeTruthy();
  });

  it("speaks English when asked", async () => {
    const report = await reportOf("kasvu-ja-tyollisyys-2026-T1.xlsx");
    render(<ReadView report={report} lang="en" onSelect={jest.fn()} />);
    expect(screen.getByText("4 actions, 4 measures")).toBeTruthy();
    expect(screen.getAllByText("Baseline").length).toBe(4);
  });
});

describe("ValidationView", () => {
  it("groups findings by sheet and severity with the count line; a click asks for the finding's cell", async () => {
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const grid = snapshot.sheets[0];
    const label = grid.cells[14][0]!; // A15, the second TOIMENPIDE
    expect(label.text.trim()).toBe("TOIMENPIDE");
    grid.cells[14][0] = { ...label, value: "TOIMENPDE", text: "TOIMENPDE" };
    const report = readWorkbook(snapshot);
    const findings = validateWorkbook(report);
    const summary = summariseFindings(findings);
    const onSelect = jest.fn();
    const { container } = render(
      <ValidationView
        lang="fi"
        findings={findings}
        countLine={summary.line.fi}
        sheetOrder={report.sheets.map((r) => r.sheet)}
        running={false}
        writing={false}
        onRun={jest.fn()}
        onWriteSheet={jest.fn()}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByText(summary.line.fi)).toBeTruthy();
    expect(container.querySelectorAll("[data-finding]")).toHaveLength(findings.length);
    const planted = container.querySelector(`[data-cell="${grid.sheet}!A15"]`) as HTMLElement;
    expect(planted).toBeTruthy();
    expect(planted.closest("[data-severity]")?.getAttribute("data-severity")).toBe("warning");
    fireEvent.click(planted);
    expect(onSelect).toHaveBeenCalledWith({ sheet: grid.sheet, row: 15, col: 1 });
  });
});

describe("StatusView", () => {
  it("shows the legend with colour and label, counts per status, and each measure's reason", async () => {
    const report = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const assessments = assessWorkbook(report);
    const { container } = render(
      <StatusView
        lang="fi"
        report={report}
        assessments={assessments}
        busy={null}
        onColour={jest.fn()}
        onClear={jest.fn()}
        onSelect={jest.fn()}
      />,
    );
    const legend = screen.getByRole("region", { name: "Tilojen selitys" });
    for (const label of ["Toteutunut", "Osittain toteutunut", "Ei toteutunut", "Ei arvioitavissa"])
      expect(within(legend).getByText(label)).toBeTruthy();
    const achieved = within(legend).getByText("Toteutunut") as HTMLElement;
    expect(achieved.style.backgroundColor).toBe("rgb(198, 239, 206)");
    expect(container.querySelectorAll("[data-assessment]")).toHaveLength(25);
    const counts = [...container.querySelectorAll("[data-status-count]")].map((li) =>
      Number(li.textContent?.match(/(\d+)$/)?.[1]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(25);
    expect(screen.getAllByText(/^Perustelu/).length).toBe(25);
  });
});

describe("StatusView on a period report", () => {
  it("says each status of the T1 report came from its selvitys, and a year-end one's was computed", async () => {
    const view = async (file: string) => {
      const report = await reportOf(file);
      return render(
        <StatusView
          lang="fi"
          report={report}
          assessments={assessWorkbook(report)}
          busy={null}
          onColour={jest.fn()}
          onClear={jest.fn()}
          onSelect={jest.fn()}
        />,
      );
    };
    const t1 = await view("kasvu-ja-tyollisyys-2026-T1.xlsx");
    expect(screen.getAllByText(/^Perustelu \(selvityksestä\): T1-selvitys: "/)).toHaveLength(4);
    t1.unmount();
    await view("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    expect(screen.queryAllByText(/^Perustelu \(selvityksestä\)/)).toHaveLength(0);
    expect(screen.getAllByText(/^Perustelu \((laskettu|henkilön oma arvio)\): /)).toHaveLength(25);
  });
});

describe("the scale setting in Tila", () => {
  it("shows the scale the statuses were judged on; a choice is saved in the workbook and assessed on", async () => {
    const report = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const base = fakeActions(report);
    const setScale = jest.fn(async (_: Scale) => undefined);
    const status = jest.fn(base.status);
    render(<App lang="fi" initialView="status" actions={fakeActions(report, { setScale, status })} />);
    const select = (await screen.findByRole("combobox", {
      name: "Asteikko (tallennetaan työkirjaan)",
    })) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe("pori");
    expect(within(select).getByText("Pori: eteneminen lähtötasosta tavoitetta kohti (oletus)")).toBeTruthy();
    await act(async () => {
      fireEvent.change(select, { target: { value: "distance:15" } });
    });
    const distance = parseScale("distance:15") as Scale;
    expect(setScale).toHaveBeenCalledWith(distance);
    expect(status).toHaveBeenLastCalledWith({ scale: distance });
    await screen.findByText("Asteikko tallennettiin työkirjaan ja mittarit arvioitiin uudelleen.");
    expect(select.value).toBe("distance:15");
    expect(screen.getAllByText(/asteikko: etäisyys, 15 %/u).length).toBeGreaterThan(0);
  });
});

describe("App", () => {
  it("reads on start, then runs the check from the Tarkistus tab", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    const actions = fakeActions(report);
    render(<App lang="fi" initialView="read" actions={actions} />);
    await screen.findByText("4 toimenpidettä, 8 mittaria");
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Tarkistus" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tarkista raportti" }));
    });
    const line = summariseFindings(validateWorkbook(report)).line.fi;
    await screen.findByText(line);
  });

  it("opens on the check and runs it when started from the ribbon's Tarkista raportti", async () => {
    const report = await reportOf("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const check = jest.fn(fakeActions(report).check);
    render(<App lang="fi" initialView="validate" actions={fakeActions(report, { check })} />);
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(screen.getByRole("tab", { name: "Tarkistus", selected: true })).toBeTruthy();
  });

  it("shows one Finnish sentence, not a stack trace, when Excel fails", async () => {
    const report = await reportOf("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const { PaneError } = await import("../../app/errors");
    const read = async (): Promise<WorkbookReport> => {
      throw new PaneError(
        "snapshot",
        new Error("RichApi.Error: The request failed.\n    at foo (office.js:1:1)"),
      );
    };
    render(<App lang="fi" initialView="read" actions={fakeActions(report, { read })} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Työkirjan sisältöä ei saatu haettua Excelistä.");
    expect(alert.textContent).toContain("RichApi.Error: The request failed.");
    expect(alert.textContent).not.toContain("office.js:1:1");
  });

  it("a tab opened while a command runs (the pane answers meanwhile) runs its first command once that one ends", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    let finishRead: (r: WorkbookReport) => void = () => undefined;
    const read = jest.fn(() => new Promise<WorkbookReport>((resolve) => (finishRead = resolve)));
    const status = jest.fn(fakeActions(report).status);
    const summarise = jest.fn(fakeActions(report).summarise);
    render(<App lang="fi" initialView="read" actions={fakeActions(report, { read, status, summarise })} />);
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    // Yhteenveto, then Tila, while the workbook is still being read: only the view shown at the end runs.
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Yhteenveto" }));
      fireEvent.click(screen.getByRole("tab", { name: "Tila" }));
    });
    expect(status).not.toHaveBeenCalled();
    await act(async () => finishRead(report));
    await waitFor(() => expect(status).toHaveBeenCalledTimes(1));
    expect(summarise).not.toHaveBeenCalled();
    // Once: the command's end does not run it again.
    await act(async () => undefined);
    expect(status).toHaveBeenCalledTimes(1);
  });

  it("says it runs in Excel when there is no Excel", () => {
    render(<App lang="fi" initialView="read" actions={null} />);
    expect(screen.getByText(/Toteuma toimii Excelissä/)).toBeTruthy();
  });
});

/** The year-end workbook's sheet eight times over under other names: 128 actions, 200 measures. */
async function largeReport(): Promise<WorkbookReport> {
  const one = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
  const sheet = one.sheets[0];
  return {
    name: null,
    sheets: Array.from({ length: 8 }, (_, i) => ({ ...sheet, sheet: `${sheet.sheet} (${i + 1})` })),
  };
}

describe("ReadView tree", () => {
  it("opens a small workbook to its measures, with counts on every branch", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    const { container } = render(<ReadView report={report} lang="fi" onSelect={jest.fn()} />);
    const toggles = [...container.querySelectorAll("[data-toggle]")];
    expect(toggles.length).toBeGreaterThan(0);
    expect(toggles.every((t) => t.getAttribute("aria-expanded") === "true")).toBe(true);
    expect(container.querySelectorAll("[data-measure]")).toHaveLength(8);
    // The four focus areas' counts add up to the sheet's.
    const focus = [...container.querySelectorAll("[data-level='0'] > [data-toggle] [data-node-counts]")];
    const sums = focus
      .map((e) => /(\d+) toimenpide(?:ttä)?, (\d+) mittari/.exec(e.textContent ?? "")!)
      .reduce((a, m) => [a[0] + Number(m[1]), a[1] + Number(m[2])], [0, 0]);
    expect(sums).toEqual([4, 8]);
    expect(screen.queryByText(/näytetään suljettuna/)).toBeNull();
  });

  it("starts a 200-measure workbook collapsed; a branch opens and closes; Avaa kaikki shows all", async () => {
    const report = await largeReport();
    const onSelect = jest.fn();
    const { container } = render(<ReadView report={report} lang="fi" onSelect={onSelect} />);
    expect(screen.getByText(/Työkirjassa on 200 mittaria/)).toBeTruthy();
    expect(container.querySelectorAll("[data-measure]")).toHaveLength(0);
    expect(container.querySelectorAll("[data-action]")).toHaveLength(0);
    const first = container.querySelector("[data-level='0'] > [data-toggle]") as HTMLButtonElement;
    expect(first.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(first);
    expect(first.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById(first.getAttribute("aria-controls")!)).toBeTruthy();
    fireEvent.click(first);
    expect(first.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(screen.getByRole("button", { name: "Avaa kaikki" }));
    expect(container.querySelectorAll("[data-measure]")).toHaveLength(200);
    fireEvent.click(container.querySelector("[data-measure] [data-cell]") as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith(
      report.sheets[0].focusAreas[0].goals[0].commitments[0].actions[0].measures[0].cell,
    );
    fireEvent.click(screen.getByRole("button", { name: "Sulje kaikki" }));
    expect(container.querySelectorAll("[data-measure]")).toHaveLength(0);
  });
});

describe("Filters", () => {
  it("Tila: Näytä vain one status lists those measures only, each naming its action", async () => {
    const report = await reportOf("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const assessments = assessWorkbook(report);
    const partial = assessments.filter((a) => a.status === "partial").length;
    expect(partial).toBeGreaterThan(0);
    const { container } = render(
      <StatusView
        lang="fi"
        report={report}
        assessments={assessments}
        busy={null}
        onColour={jest.fn()}
        onClear={jest.fn()}
        onSelect={jest.fn()}
      />,
    );
    const toggle = screen.getByRole("button", { name: `Näytä vain: Osittain toteutunut (${partial})` });
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const shown = [...container.querySelectorAll("[data-assessment]")].map((e) =>
      e.getAttribute("data-assessment"),
    );
    expect(shown).toHaveLength(partial);
    expect(new Set(shown)).toEqual(new Set(["partial"]));
    expect(screen.getByText(`Näytetään ${partial} / 25 mittaria`)).toBeTruthy();
    for (const item of container.querySelectorAll("[data-assessment]"))
      expect(item.querySelector("[data-context]")?.textContent).toMatch(/^Toimenpide: \S/);
    fireEvent.click(screen.getByRole("button", { name: "Näytä kaikki" }));
    expect(container.querySelectorAll("[data-assessment]")).toHaveLength(25);
  });

  it("Tarkistus: Näytä vain one severity; a finding in an action's block names the action", async () => {
    const snapshot = await loadFixture("elinvoima-ja-ymparisto-2023-vuosi.xlsx");
    const grid = snapshot.sheets[0];
    grid.cells[14][0] = { ...grid.cells[14][0]!, value: "TOIMENPDE", text: "TOIMENPDE" };
    const report = readWorkbook(snapshot);
    const findings = validateWorkbook(report);
    const warnings = findings.filter((f) => f.severity === "warning").length;
    expect(warnings).toBeGreaterThan(0);
    expect(findings.length).toBeGreaterThan(warnings);
    const { container } = render(
      <ValidationView
        lang="en"
        findings={findings}
        countLine={summariseFindings(findings).line.en}
        sheetOrder={report.sheets.map((r) => r.sheet)}
        report={report}
        running={false}
        writing={false}
        onRun={jest.fn()}
        onWriteSheet={jest.fn()}
        onSelect={jest.fn()}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: `Show only: Warnings (${warnings})` }));
    expect(container.querySelectorAll("[data-finding]")).toHaveLength(warnings);
    const planted = container.querySelector(`[data-cell="${grid.sheet}!A15"]`)!.closest("[data-finding]")!;
    expect(planted.querySelector("[data-context]")?.textContent).toMatch(/^Action: \S/);
  });
});

describe("Busy and errors", () => {
  it("disables every button and shows a Finnish spinner while a command runs", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    let release: () => void = () => undefined;
    const colour = () =>
      new Promise<{ report: WorkbookReport; assessments: ReturnType<typeof assessWorkbook>; scale: Scale }>(
        (resolve) => {
          release = () => resolve({ report, assessments: assessWorkbook(report), scale: DEFAULT_SCALE });
        },
      );
    render(<App lang="fi" initialView="status" actions={fakeActions(report, { colour })} />);
    const button = await screen.findByRole("button", { name: "Väritä tila" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await act(async () => {
      fireEvent.click(button);
    });
    expect(screen.getByText("Väritetään…")).toBeTruthy();
    const enabled = screen
      .getAllByRole("button")
      .filter((b) => !(b as HTMLButtonElement).disabled && !b.hasAttribute("data-filter"));
    expect(enabled.map((b) => b.textContent || b.getAttribute("aria-label"))).toEqual([]);
    await act(async () => release());
    await screen.findByText("8 mittaria väritettiin.");
    expect((screen.getByRole("button", { name: "Poista värit" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the error in English when the display language is English, without a stack trace", async () => {
    const report = await reportOf("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const { PaneError } = await import("../../app/errors");
    const check = async (): Promise<never> => {
      throw new PaneError("validate", new TypeError("x is undefined\n    at rule (validate.js:3:9)"));
    };
    render(<App lang="en" initialView="validate" actions={fakeActions(report, { check })} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Something went wrong");
    expect(alert.textContent).toContain("The check stopped on an unexpected error.");
    expect(alert.textContent).not.toContain("validate.js");
  });
});

describe("Accessibility", () => {
  /** Every id an aria-labelledby names is on the page (axe: aria-valid-attr-value). */
  function danglingLabels(container: HTMLElement): string[] {
    return [...container.querySelectorAll("[aria-labelledby]")].flatMap((e) =>
      (e.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .filter((id) => id && !document.getElementById(id))
        .map((id) => `${e.tagName.toLowerCase()}[role=${e.getAttribute("role")}] → #${id}`),
    );
  }

  it("names the confirmation after Väritä tila and the runs-in-Excel notice by text that is there", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    const { container } = render(<App lang="fi" initialView="status" actions={fakeActions(report)} />);
    const button = await screen.findByRole("button", { name: "Väritä tila" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await act(async () => {
      fireEvent.click(button);
    });
    expect(screen.getByRole("status", { name: "8 mittaria väritettiin." })).toBeTruthy();
    expect(danglingLabels(container)).toEqual([]);

    const outside = render(<App lang="fi" initialView="read" actions={null} />);
    expect(screen.getByRole("group", { name: /Toteuma toimii Excelissä/ })).toBeTruthy();
    expect(danglingLabels(outside.container)).toEqual([]);
  });

  it("keeps the main landmark, with the tab panel inside it named by the selected tab", async () => {
    const report = await reportOf("kasvu-ja-tyollisyys-2026-T1.xlsx");
    const { container } = render(<App lang="fi" initialView="read" actions={fakeActions(report)} />);
    await screen.findByText("4 toimenpidettä, 4 mittaria");
    const main = screen.getByRole("main");
    expect(within(main).getByRole("tabpanel", { name: "Luettu" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Tarkistus" }));
    });
    const panel = within(main).getByRole("tabpanel", { name: "Tarkistus" });
    const tab = screen.getByRole("tab", { name: "Tarkistus", selected: true });
    expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(danglingLabels(container)).toEqual([]);
  });
});

describe("Toimialaluettelo (the department list) in Tarkistus", () => {
  it("reads the kept list when opened, checks it as typed, saves it, and the check runs again with it", async () => {
    const snapshot = namingSnapshot({ title: titleNaming("Vapaa-aikatoimi") });
    let kept = "";
    const saved: string[] = [];
    const check = async () => {
      const { list } = parseDepartmentList(kept);
      const report = readWorkbook(snapshot, { departments: isEmptyList(list) ? null : list });
      const findings = validateWorkbook(report);
      return { report, findings, summary: summariseFindings(findings) };
    };
    const actions = fakeActions(readWorkbook(snapshot), {
      check,
      departments: async () => ({ text: kept, ...parseDepartmentList(kept), saved: true }),
      saveDepartments: async (text: string) => {
        saved.push(text);
        kept = text;
        return { text, ...parseDepartmentList(text), saved: true };
      },
    });
    const { container } = render(<App lang="fi" initialView="validate" actions={actions} />);
    await waitFor(() => expect(container.querySelector("[data-finding-counts]")).toBeTruthy());
    expect(container.querySelector('[data-finding="department-not-listed"]')).toBeNull();

    const toggle = screen.getByRole("button", { name: "Toimialaluettelo" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const box = (await screen.findByRole("textbox", { name: "Toimialat" })) as HTMLTextAreaElement;
    expect(box.value).toBe("");
    expect(container.querySelector("[data-department-count]")?.textContent).toMatch(/^Ei luetteloa/);
    const save = screen.getByRole("button", { name: "Tallenna luettelo" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(box, { target: { value: "Vapaa-aikatoimiala\n= Sivistystoimiala" } });
    expect(
      screen.getByText("Rivi 2: kirjoita muu nimi ja toimiala muodossa 'Sivistys = Sivistystoimiala'."),
    ).toBeTruthy();
    expect(save.disabled).toBe(true);

    const list = "# Porin toimialat\nVapaa-aikatoimiala\nVapari = Vapaa-aikatoimiala";
    fireEvent.change(box, { target: { value: list } });
    expect(container.querySelector("[data-department-count]")?.textContent).toBe(
      "Luettelossa 1 toimiala ja 1 muu nimi. Muutoksia ei ole vielä tallennettu.",
    );
    expect(save.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(save);
    });
    expect(saved).toEqual([list]);
    await waitFor(() =>
      expect(container.querySelector('[data-finding="department-not-listed"]')?.textContent).toContain(
        "Toimiala 'Vapaa-aikatoimi' ei ole toimialaluettelossa. Lähin luettelon nimi: 'Vapaa-aikatoimiala'.",
      ),
    );
    expect(container.querySelector("[data-department-count]")?.textContent).toBe(
      "Luettelossa 1 toimiala ja 1 muu nimi. Luettelo on tallennettu työkirjaan.",
    );
    expect(save.disabled).toBe(true);
  });

  it("runs the check after a save even when none was on screen, and Luettu shows what it read", async () => {
    const snapshot = namingSnapshot({ title: titleNaming("Vapari") });
    let kept = "";
    let checks = 0;
    const readNow = () => {
      const { list } = parseDepartmentList(kept);
      return readWorkbook(snapshot, { departments: isEmptyList(list) ? null : list });
    };
    const actions = fakeActions(readNow(), {
      read: async () => readNow(),
      check: async () => {
        checks++;
        const report = readNow();
        const findings = validateWorkbook(report);
        return { report, findings, summary: summariseFindings(findings) };
      },
      departments: async () => ({ text: kept, ...parseDepartmentList(kept), saved: true }),
      saveDepartments: async (text: string) => {
        kept = text;
        return { text, ...parseDepartmentList(text), saved: true };
      },
    });
    const { container } = render(<App lang="fi" initialView="read" actions={actions} />);
    await waitFor(() =>
      expect(container.querySelector("section[data-sheet] dl")?.textContent).toContain("Vapari"),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Tarkistus" }));
    });
    expect(checks).toBe(0);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Toimialaluettelo" }));
    });
    const box = await screen.findByRole("textbox", { name: "Toimialat" });
    fireEvent.change(box, { target: { value: "Vapaa-aikatoimiala\nVapari = Vapaa-aikatoimiala" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tallenna luettelo" }));
    });
    await waitFor(() => expect(container.querySelector("[data-finding-counts]")).toBeTruthy());
    expect(checks).toBe(1);
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Luettu" }));
    });
    expect(container.querySelector("section[data-sheet] dl")?.textContent).toContain("Vapaa-aikatoimiala");
  });

  it("loads the list only once, and undoes unsaved changes", async () => {
    const report = await reportOf("konsernipalvelut-2025-T2.xlsx");
    let loads = 0;
    const departments = async () => {
      loads++;
      return { text: "Konsernipalvelut", ...parseDepartmentList("Konsernipalvelut"), saved: true };
    };
    render(<App lang="en" initialView="validate" actions={fakeActions(report, { departments })} />);
    const toggle = await screen.findByRole("button", { name: "Department list" });
    await act(async () => {
      fireEvent.click(toggle);
    });
    const box = (await screen.findByRole("textbox", { name: "Departments" })) as HTMLTextAreaElement;
    expect(box.value).toBe("Konsernipalvelut");
    fireEvent.change(box, { target: { value: "Konsernipalvelut\nSivistystoimiala" } });
    fireEvent.click(screen.getByRole("button", { name: "Undo changes" }));
    expect(box.value).toBe("Konsernipalvelut");
    await act(async () => {
      fireEvent.click(toggle);
    });
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(loads).toBe(1);
    expect(
      screen.getByText(/The list has 1 department and 0 other names\. The list is saved in the workbook\./),
    ).toBeTruthy();
  });
});
