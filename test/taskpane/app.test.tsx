import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { EMPTY_PLAN, HostError, PlanOutcome, Report } from "../../src/engine";
import { App } from "../../src/taskpane/components/app";
import { EngineApi } from "../../src/taskpane/engine-api";
import { MemorySettingsStore } from "../../src/taskpane/settings-store";
import { FakeHost, fakeEngine, finding, report } from "./fakes";

const MIXED = report([
  finding({
    code: "baseline.placeholder",
    severity: "error",
    sheet: "LAA",
    cell: "C5",
    indicator: "NI 154",
  }),
  finding({
    code: "target.missing",
    severity: "error",
    sheet: "LAA",
    cell: "E5",
    indicator: "NI 154",
  }),
  finding({
    code: "partner.missing",
    severity: "warning",
    sheet: "LAA",
    cell: "G7",
    indicator: "NI 16",
  }),
]);

function renderApp(host: FakeHost, engine: EngineApi, store = new MemorySettingsStore()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} settingsStore={store} engine={engine} today="2010-06-30" />
    </FluentProvider>
  );
}

/** The message bar saying `text` (not the hidden announcement of it). */
async function bar(text: string | RegExp): Promise<HTMLElement> {
  const all = await screen.findAllByText(text);
  const found = all.map((e) => e.closest<HTMLElement>("[data-intent]")).find(Boolean);
  if (!found) throw new Error(`no message bar says ${String(text)}`);
  return found;
}

async function press(name: string) {
  const button = await screen.findByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
  });
}

describe("App", () => {
  it("says what to do before the first check", async () => {
    renderApp(new FakeHost(), fakeEngine({ report: MIXED }));
    expect(await screen.findByText(/Press Check table/)).toBeInTheDocument();
  });

  it.each<[string, Report, string]>([
    ["errors and warnings", MIXED, "2 errors, 1 warning to look at"],
    [
      "warnings only",
      report([finding({ code: "x.y", severity: "warning", sheet: "LAA", cell: "A1" })]),
      "1 warning to look at",
    ],
    ["nothing to fix", report([finding({ code: "x.info", severity: "info" })]), "Ready to submit"],
    ["no table", { ...report([]), tables: [] }, "No LAA target table found"],
  ])("after a check with %s the summary says so", async (_case, rep, title) => {
    renderApp(new FakeHost(), fakeEngine({ report: rep }));
    await press("Check table");
    expect(await screen.findByTestId("summary")).toHaveTextContent(title);
  });

  it("passes the settings and today's date to the engine", async () => {
    const engine = fakeEngine({ report: MIXED });
    renderApp(new FakeHost(), engine, new MemorySettingsStore({ tolerancePercent: 10 }));
    await press("Check table");
    await screen.findByTestId("summary");
    expect(engine.settingsSeen[0]).toMatchObject({ asAt: "2010-06-30", tolerancePercent: 10 });
  });

  it("selects a finding's cell in the host", async () => {
    const host = new FakeHost();
    renderApp(host, fakeEngine({ report: MIXED }));
    await press("Check table");
    const item = await screen.findByRole("button", { name: /LAA!G7/ });
    await act(async () => {
      fireEvent.click(item);
    });
    expect(host.selected).toEqual([["LAA", "G7"]]);
  });

  it("disables every action while one runs, keeps focus on it, and shows its named step", async () => {
    const host = new FakeHost();
    let open: () => void = () => undefined;
    host.gate = new Promise((r) => (open = r));
    renderApp(host, fakeEngine({ report: MIXED }));
    const check = await screen.findByRole("button", { name: "Check table" });
    check.focus();
    await press("Check table");
    for (const name of ["Check table", "Write RAG", "Build board", "Remove output"]) {
      // Disabled but focusable: the officer's focus stays on the action that runs.
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-disabled", "true");
    }
    expect(document.activeElement).toBe(check);
    expect(screen.getByText(/step 1 of 2, reading the workbook/)).toHaveAttribute("role", "status");
    await act(async () => open());
    await screen.findByTestId("summary");
    expect(screen.getByRole("button", { name: "Write RAG" })).not.toHaveAttribute("aria-disabled");
    expect(document.activeElement).toBe(check);
  });

  it("shows a host failure as its plain sentence", async () => {
    const host = new FakeHost();
    host.failRead = new HostError(
      "protected",
      "The sheet 'LAA' is protected: unprotect it or choose another sheet."
    );
    renderApp(host, fakeEngine({ report: MIXED }));
    await press("Check table");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The sheet 'LAA' is protected: unprotect it"
    );
  });

  it("shows a programming error as a sentence too, never a blank pane", async () => {
    const engine: EngineApi = {
      ...fakeEngine({ report: MIXED }),
      analyse: () => {
        throw new TypeError("boom");
      },
    };
    renderApp(new FakeHost(), engine);
    await press("Check table");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Something went wrong while checking the table (boom)"
    );
  });

  it("writes RAG through the host and reports the planner's summary", async () => {
    const host = new FakeHost();
    const plan = { ...EMPTY_PLAN, edits: [] };
    renderApp(
      host,
      fakeEngine({
        report: MIXED,
        rag: { ok: true, plan, summary: "Wrote RAG 2009/10 for 12 indicators." },
      })
    );
    await press("Write RAG");
    expect(await bar(/Wrote RAG 2009\/10 for 12 indicators\./)).toHaveAttribute(
      "data-intent",
      "success"
    );
    // Announced politely, never as an alert.
    expect(screen.getByTestId("announce")).toHaveTextContent("RAG status written");
    expect(host.applied).toEqual([plan]);
    expect(host.reads).toBe(2);
  });

  it.each<[string, PlanOutcome]>([
    [
      "in the way",
      {
        ok: false,
        reason: "in-the-way",
        message: "Cell H4 holds your own text: move it.",
        sheet: "LAA",
        cell: "H4",
      },
    ],
    [
      "protected",
      { ok: false, reason: "protected", message: "The sheet 'LAA' is protected: unprotect it." },
    ],
  ])("writes nothing when the RAG planner refuses (%s) and says why", async (_c, outcome) => {
    const host = new FakeHost();
    renderApp(host, fakeEngine({ report: MIXED, rag: outcome }));
    await press("Write RAG");
    expect(await bar(outcome.ok ? "" : outcome.message)).toHaveAttribute("data-intent", "warning");
    expect(host.applied).toEqual([]);
  });

  it("offers to go to the cell that is in the way", async () => {
    const host = new FakeHost();
    const outcome: PlanOutcome = {
      ok: false,
      reason: "in-the-way",
      message: "H4 is in the way.",
      sheet: "LAA",
      cell: "H4",
    };
    renderApp(host, fakeEngine({ report: MIXED, rag: outcome }));
    await press("Write RAG");
    await press("Go to H4");
    expect(host.selected).toEqual([["LAA", "H4"]]);
  });

  it("loads the board planner only when the board is built", async () => {
    const host = new FakeHost();
    const engine = fakeEngine({ report: MIXED });
    renderApp(host, engine);
    await press("Check table");
    await screen.findByTestId("summary");
    expect(engine.boardLoads).toBe(0);
    await press("Build board");
    expect(await bar(/Built Board status\./)).toHaveAttribute("data-intent", "success");
    expect(engine.boardLoads).toBe(1);
    expect(host.applied).toHaveLength(1);
  });

  it("shows a failed write as the host's sentence", async () => {
    const host = new FakeHost();
    host.failApply = new HostError(
      "cell-edit-mode",
      "Excel is editing a cell: press Enter or Esc, then try again."
    );
    renderApp(host, fakeEngine({ report: MIXED }));
    await press("Build board");
    expect(await bar(/Excel is editing a cell/)).toHaveAttribute("role", "alert");
  });

  it("runs a check on open when asked (ribbon command, demo)", async () => {
    const host = new FakeHost();
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          host={host}
          settingsStore={new MemorySettingsStore()}
          engine={fakeEngine({ report: MIXED })}
          autoCheck
        />
      </FluentProvider>
    );
    await waitFor(() => expect(screen.getByTestId("summary")).toHaveTextContent("2 errors"));
    expect(host.reads).toBe(1);
  });
});
