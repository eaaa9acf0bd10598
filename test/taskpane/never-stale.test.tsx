/**
 * Never stale: results carry what they were made from. A change to the workbook marks them out of
 * date; what the workbook holds from other settings is named; Remove asks first and names what goes.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { EMPTY_PLAN, WorkbookSnapshot } from "../../src/engine";
import { App } from "../../src/taskpane/components/app";
import { MemorySettingsStore } from "../../src/taskpane/settings-store";
import { workbook } from "../helpers/grid";
import { FakeHost, fakeEngine, report } from "./fakes";

/** A host that, like the demo's, says when someone typed into the workbook. */
class WatchedHost extends FakeHost {
  private listeners = new Set<() => void>();
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  edit(snapshot: WorkbookSnapshot): void {
    this.snapshot = snapshot;
    for (const l of this.listeners) l();
  }
}

const TABLE = workbook([
  {
    rows: [
      ["Indicator", "Baseline"],
      ["NI 154", 2100],
    ],
  },
]);

function renderApp(
  host: FakeHost,
  engine = fakeEngine({ report: report([]) }),
  store = new MemorySettingsStore()
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} settingsStore={store} engine={engine} today="2010-06-30" />
    </FluentProvider>
  );
  return engine;
}

async function press(name: string) {
  const button = await screen.findByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
  });
}

describe("results that never go stale", () => {
  it("marks the results out of date when the workbook changes, and Check again clears it", async () => {
    const host = new WatchedHost(TABLE);
    renderApp(host);
    await press("Check table");
    await screen.findByTestId("summary");
    expect(screen.queryByText("Out of date — Check again")).toBeNull();
    await act(async () =>
      host.edit(
        workbook([
          {
            rows: [
              ["Indicator", "Baseline"],
              ["NI 154", 2200],
            ],
          },
        ])
      )
    );
    expect(await screen.findAllByText("Out of date — Check again")).not.toHaveLength(0);
    await press("Check again");
    await waitFor(() => expect(screen.queryByText("Out of date — Check again")).toBeNull());
  });

  it("keeps the results current when a look at the workbook finds it unchanged", async () => {
    const host = new WatchedHost(TABLE);
    renderApp(host);
    await press("Check table");
    await screen.findByTestId("summary");
    const reads = host.reads;
    await act(async () => host.edit(TABLE));
    await waitFor(() => expect(host.reads).toBe(reads + 1));
    expect(screen.queryByText("Out of date — Check again")).toBeNull();
  });

  it("names RAG columns written with other settings and offers to write them again", async () => {
    const host = new FakeHost({
      ...TABLE,
      owned: [
        {
          kind: "rag-column",
          sheet: "LAA",
          range: { top: 0, left: 3, bottom: 1, right: 3 },
          stamp: {
            asAt: "2010-06-30",
            tolerancePercent: 5,
            amberRule: "tolerance",
            rewardPot: null,
          },
        },
      ],
    });
    renderApp(host, undefined, new MemorySettingsStore({ tolerancePercent: 15 }));
    await press("Check table");
    const [said] = await screen.findAllByText(
      /rated Amber tolerance 5% \(now 15%\)\. Write RAG again/
    );
    const warning = said?.closest<HTMLElement>("[data-intent]");
    expect(warning).toHaveAttribute("data-intent", "warning");
    expect(
      within(warning as HTMLElement).getByRole("button", { name: "Write RAG" })
    ).toBeInTheDocument();
  });

  it("lets every message be dismissed", async () => {
    const host = new FakeHost(TABLE);
    renderApp(host);
    await press("Check table");
    const summary = await screen.findByTestId("summary");
    await act(async () => {
      fireEvent.click(within(summary).getByRole("button", { name: "Dismiss" }));
    });
    expect(screen.queryByTestId("summary")).toBeNull();
  });
});

describe("Remove LAA Monitor output", () => {
  it("asks first, naming what goes, and removes it only when confirmed", async () => {
    const host = new FakeHost(TABLE);
    const plan = { ...EMPTY_PLAN, deleteSheets: ["Board status 2010-06-30"] };
    const engine = fakeEngine({
      report: report([]),
      owned: ["RAG 2009/10 on 'LAA' (M5:M55)", "The sheet 'Board status 2010-06-30'"],
      clean: {
        ok: true,
        plan,
        summary:
          "Removed LAA Monitor's 1 status column and the sheet 'Board status 2010-06-30', and its record.",
      },
    });
    renderApp(host, engine);
    await press("Remove output");
    const dialog = await screen.findByRole("alertdialog", { name: "Remove LAA Monitor output?" });
    expect(await within(dialog).findByText("RAG 2009/10 on 'LAA' (M5:M55)")).toBeInTheDocument();
    expect(within(dialog).getByText("The sheet 'Board status 2010-06-30'")).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    });
    expect(host.applied).toEqual([]);
    await press("Remove output");
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Remove" }));
    });
    await waitFor(() => expect(host.applied).toEqual([plan]));
    expect(await screen.findAllByText(/Removed LAA Monitor's 1 status column/)).not.toHaveLength(0);
  });

  it("says there is nothing to remove when the add-in wrote nothing", async () => {
    renderApp(new FakeHost(TABLE), fakeEngine({ report: report([]), owned: [] }));
    await press("Remove output");
    expect(await screen.findByText(/There is nothing to remove\./)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove" })).toBeNull();
  });
});
