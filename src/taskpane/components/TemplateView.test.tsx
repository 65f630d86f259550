/** @jest-environment jsdom */
/**
 * The Pohja view in the pane, over plain data from the real reader and template planner: what it
 * proposes, what a click asks the use cases for, a refusal, and the separate workbooks it opens.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readWorkbook } from "../../read";
import { loadFixture } from "../../../test/support/load";
import type { WorkbookReport } from "../../model";
import {
  connect,
  describeError,
  PaneError,
  type AppActions,
  type TemplateOptions,
  type TemplateResult,
} from "../../app";
import { strings } from "../../i18n";
import { templateLayout } from "../../edits/template";
import { planTemplates } from "../../template";
import { App } from "./App";

beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

/** What the use case would give: the real plan of the report's templates. */
function planned(report: WorkbookReport, o: TemplateOptions): TemplateResult {
  const plan = planTemplates(report, o);
  return {
    report,
    templates: plan.templates.map((t) => ({ template: t, ...templateLayout(t) })),
    refusal: plan.refusal,
  };
}

function actionsOver(report: WorkbookReport) {
  const asked: TemplateOptions[] = [];
  const opened: Uint8Array[] = [];
  const actions = {
    read: async () => report,
    template: async (o: TemplateOptions) => {
      asked.push(o);
      return planned(report, o);
    },
    openWorkbook: async (bytes: Uint8Array) => {
      opened.push(bytes);
    },
  } as unknown as AppActions;
  return { actions, asked, opened };
}

async function openPohja(report: WorkbookReport, lang: "fi" | "en" = "fi") {
  const over = actionsOver(report);
  render(<App lang={lang} initialView="read" actions={over.actions} />);
  await screen.findAllByText(/^\d+ (toimenpide|action)/);
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: lang === "fi" ? "Pohja" : "Template" }));
  });
  return over;
}

const click = (name: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });

describe("Pohja", () => {
  it("proposes the period after the workbook's; Luo pohja asks for the chosen period into this workbook", async () => {
    const report = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const { asked } = await openPohja(report);
    expect(screen.getByText("Ehdotus: Koko vuosi 2025, työkirjan raporttia seuraava kausi.")).toBeTruthy();
    const period = screen.getByLabelText("Kausi") as HTMLSelectElement;
    expect([period.value, (screen.getByLabelText("Vuosi") as HTMLInputElement).value]).toEqual([
      "year",
      "2025",
    ]);
    // One department in the workbook: named, not asked for.
    expect(screen.queryByRole("combobox", { name: "Toimiala" })).toBeNull();
    expect(screen.getByText("Toimiala: Konsernipalvelut")).toBeTruthy();

    fireEvent.change(period, { target: { value: "T2" } });
    await click("Luo pohja");
    expect(asked).toEqual([{ period: "T2", year: 2025, department: null, into: "workbook" }]);
    await screen.findByText("1 pohja lisättiin työkirjaan: Konsernipalvelut T2 2025.");
  });

  it("waits for a year of four digits", async () => {
    const report = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const { asked } = await openPohja(report);
    fireEvent.change(screen.getByLabelText("Vuosi"), { target: { value: "26" } });
    expect(screen.getByText("Anna vuosi neljällä numerolla, esimerkiksi 2026.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Luo pohja" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Vuosi"), { target: { value: "2026" } });
    await click("Luo pohja");
    expect(asked[0]).toMatchObject({ period: "year", year: 2026 });
  });

  it("offers one department or all when the workbook has several", async () => {
    const one = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const other = { ...one.sheets[0], sheet: "Sivistys", department: "Sivistystoimiala" };
    const report: WorkbookReport = { ...one, sheets: [...one.sheets, other] };
    const { asked } = await openPohja(report);
    const department = screen.getByLabelText("Toimiala") as HTMLSelectElement;
    expect([...department.options].map((o) => o.text)).toEqual([
      "Kaikki toimialat",
      "Konsernipalvelut",
      "Sivistystoimiala",
    ]);
    await click("Luo pohja");
    await screen.findByText(
      "2 pohjaa lisättiin työkirjaan: Konsernipalvelut vuosi 2025, Sivistystoimiala vuosi 2025.",
    );
    fireEvent.change(department, { target: { value: "Sivistystoimiala" } });
    await click("Luo pohja");
    expect(asked.map((o) => o.department)).toEqual([null, "Sivistystoimiala"]);
  });

  it("shows the planner's refusal as one sentence", async () => {
    const report = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const refusal = { code: "no-goals" as const, fi: "Työkirjassa ei ole tavoitteita.", en: "No goals." };
    const over = actionsOver(report);
    const actions = { ...over.actions, template: async () => ({ report, templates: [], refusal }) };
    render(<App lang="fi" initialView="template" actions={actions as AppActions} />);
    await screen.findByRole("button", { name: "Luo pohja" });
    await click("Luo pohja");
    await screen.findByText("Työkirjassa ei ole tavoitteita.");
  });

  it("says plainly when Excel cannot open a new workbook, and points to Luo pohja", async () => {
    // The use case names the step "open", whatever the host's own message.
    const port = {
      openWorkbook: () => Promise.reject(new Error("ApiNotFound")),
    } as unknown as Parameters<typeof connect>[0];
    const e = await connect(port)
      .openWorkbook(new Uint8Array([0x50, 0x4b]))
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PaneError);
    expect(describeError(e, strings("fi"))).toEqual({
      message: strings("fi").errorOpen,
      detail: "ApiNotFound",
    });

    const report = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const over = actionsOver(report);
    const actions = { ...over.actions, openWorkbook: () => Promise.reject(e) };
    render(<App lang="fi" initialView="template" actions={actions as AppActions} />);
    await screen.findByRole("button", { name: "Luo erillisinä työkirjoina" });
    await click("Luo erillisinä työkirjoina");
    await screen.findByText(strings("fi").errorOpen);
    expect(screen.queryByText(strings("fi").errorApply)).toBeNull();
  });

  it("Luo erillisinä työkirjoina opens one .xlsx workbook per department", async () => {
    const report = readWorkbook(await loadFixture("konsernipalvelut-2025-T2.xlsx"));
    const { asked, opened } = await openPohja(report, "en");
    await click("Create as separate workbooks");
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(asked).toEqual([{ period: "year", year: 2025, department: null }]);
    // A zip: an .xlsx file.
    expect([...opened[0].subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await screen.findByText(
      "1 new workbook opened, one for each department. Save them and send them out to fill.",
    );
  });
});
