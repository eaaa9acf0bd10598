import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/app";
import {
  LocalStorageSettingsStore,
  MemorySettingsStore,
  PaneSettings,
  sanitiseSettings,
} from "../../src/taskpane/settings-store";
import { FakeHost, fakeEngine, report } from "./fakes";

async function openSettings(
  store: MemorySettingsStore,
  engine = fakeEngine({ report: report([]) })
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={new FakeHost()}
        settingsStore={store}
        engine={engine}
        today="2010-06-30"
        savedWhere="in this browser"
      />
    </FluentProvider>
  );
  fireEvent.click(await screen.findByRole("tab", { name: "Settings" }));
  // The settings page is loaded when first opened.
  await screen.findByRole("button", { name: "Save settings" });
}

const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
  });
}

describe("Settings", () => {
  it("shows what was saved before", async () => {
    await openSettings(
      new MemorySettingsStore({ tolerancePercent: 10, partnershipName: "Salford Partnership" })
    );
    expect(field("Amber tolerance").value).toBe("10");
    expect(field("Partnership name").value).toBe("Salford Partnership");
  });

  it("saves every setting through the store and uses them in the next check", async () => {
    const store = new MemorySettingsStore();
    const engine = fakeEngine({ report: report([]) });
    await openSettings(store, engine);
    fireEvent.change(field("As-at date"), { target: { value: "31/03/2009" } });
    expect(screen.getByText(/Rates as at 31 March 2009\./)).toBeInTheDocument();
    fireEvent.change(field("Amber tolerance"), { target: { value: "10" } });
    fireEvent.click(screen.getByLabelText("Off target, but improving on last year"));
    fireEvent.change(field("Partnership name"), { target: { value: "Northshire" } });
    fireEvent.change(field("Partner list sheet"), { target: { value: "Partners" } });
    fireEvent.change(field("Column"), { target: { value: "b" } });
    await save();
    expect(screen.getByText(/^Settings saved in this browser\./)).toBeInTheDocument();
    const expected: PaneSettings = {
      asAt: "2009-03-31",
      tolerancePercent: 10,
      amberRule: "improving",
      rewardPot: null,
      rewardThresholdPercent: 60,
      rewardCapPercent: 100,
      profile: "even",
      cumulative: {},
      partnershipName: "Northshire",
      partnerSheet: "Partners",
      partnerColumn: "B",
    };
    expect(await store.load()).toEqual(expected);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    expect(engine.settingsSeen.at(-1)).toMatchObject({
      asAt: "2009-03-31",
      tolerancePercent: 10,
      amberRule: "improving",
    });
  });

  it("saves the forecast amber rule and the reward settings, and the next check uses them", async () => {
    const store = new MemorySettingsStore();
    const engine = fakeEngine({ report: report([]) });
    await openSettings(store, engine);
    fireEvent.click(screen.getByLabelText("Off target, but on track for the final year's target"));
    fireEvent.change(field("Reward pot"), { target: { value: "£2,500,000" } });
    fireEvent.change(field("Reward threshold"), { target: { value: "50" } });
    fireEvent.change(field("Reward cap"), { target: { value: "120" } });
    await save();
    expect(await store.load()).toMatchObject({
      amberRule: "forecast",
      rewardPot: 2500000,
      rewardThresholdPercent: 50,
      rewardCapPercent: 120,
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    expect(engine.settingsSeen.at(-1)).toMatchObject({
      amberRule: "forecast",
      rewardPot: 2500000,
      rewardThresholdPercent: 50,
      rewardCapPercent: 120,
    });
  });

  it("saves how counts are profiled and which indicators are counts or rates", async () => {
    const store = new MemorySettingsStore({ cumulative: { "NI 16": true } });
    const engine = fakeEngine({ report: report([]) });
    await openSettings(store, engine);
    expect(field("Counts (build up").value).toBe("NI 16");
    fireEvent.click(screen.getByLabelText("As last year's quarters built up"));
    fireEvent.change(field("Counts (build up"), { target: { value: "NI 16, NI 123" } });
    fireEvent.change(field("Rates (a position"), { target: { value: "NI 156" } });
    await save();
    const cumulative = { "NI 16": true, "NI 123": true, "NI 156": false };
    expect(await store.load()).toMatchObject({ profile: "previous-year", cumulative });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    expect(engine.settingsSeen.at(-1)).toMatchObject({ profile: "previous-year", cumulative });
  });

  it("an empty pot means none: the engine gets no pot", async () => {
    const store = new MemorySettingsStore({ rewardPot: 1000 });
    const engine = fakeEngine({ report: report([]) });
    await openSettings(store, engine);
    fireEvent.change(field("Reward pot"), { target: { value: "" } });
    await save();
    expect((await store.load()).rewardPot).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    expect(engine.settingsSeen.at(-1)).not.toHaveProperty("rewardPot");
  });

  it("refuses an indicator that is both a count and a rate", async () => {
    const store = new MemorySettingsStore();
    await openSettings(store);
    fireEvent.change(field("Counts (build up"), { target: { value: "NI 156" } });
    fireEvent.change(field("Rates (a position"), { target: { value: "ni 156" } });
    expect(screen.getByText("NI 156 is in both lists: keep it in one.")).toBeInTheDocument();
    await save();
    expect(await store.load()).toEqual({});
  });

  it("says what an empty as-at date means, in British form", async () => {
    await openSettings(new MemorySettingsStore());
    expect(screen.getByText(/Empty means today \(30 June 2010\)\./)).toBeInTheDocument();
  });

  it("re-runs the check shown when a setting changes, with the new setting", async () => {
    const store = new MemorySettingsStore();
    const engine = fakeEngine({ report: report([]) });
    await openSettings(store, engine);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    await screen.findByTestId("summary");
    const before = engine.settingsSeen.length;
    fireEvent.change(field("Amber tolerance"), { target: { value: "15" } });
    await save();
    await waitFor(() => expect(engine.settingsSeen.length).toBe(before + 1));
    expect(engine.settingsSeen.at(-1)).toMatchObject({ tolerancePercent: 15 });
  });

  it.each([
    ["As-at date", "06/30/2010", "Enter a date such as 30/06/2010"],
    ["Amber tolerance", "150", "Enter a percentage from 0 to 100"],
    ["Amber tolerance", "", "Enter a percentage from 0 to 100"],
    ["Reward pot", "a lot", "Enter an amount in pounds"],
    ["Reward pot", "0", "Enter an amount in pounds"],
    ["Reward threshold", "120", "Enter a percentage from 0 to 100, such as 60"],
    ["Reward cap", "0", "Enter a percentage above 0"],
  ])("refuses %s = %p and says what to enter", async (label, value, message) => {
    const store = new MemorySettingsStore();
    await openSettings(store);
    fireEvent.change(field(label), { target: { value } });
    expect(screen.getByText(message, { exact: false })).toBeInTheDocument();
    await save();
    expect(screen.getByText(/need correcting/)).toBeInTheDocument();
    expect(await store.load()).toEqual({});
  });

  it("asks for a column letter when a partner sheet is named", async () => {
    await openSettings(new MemorySettingsStore());
    fireEvent.change(field("Partner list sheet"), { target: { value: "Partners" } });
    fireEvent.change(field("Column"), { target: { value: "12" } });
    expect(screen.getByText("Enter a column letter such as A.")).toBeInTheDocument();
  });

  it("shows the store's own sentence when saving fails", async () => {
    const store = new MemorySettingsStore();
    store.save = () =>
      Promise.reject(
        new Error("Excel would not save the settings in this workbook: check it is not read-only.")
      );
    await openSettings(store);
    await save();
    expect(screen.getByText(/Excel would not save the settings/)).toBeInTheDocument();
  });
});

describe("settings stores", () => {
  it.each<[unknown, object]>([
    [null, {}],
    ["junk", {}],
    [{ tolerancePercent: -1, amberRule: "never", asAt: "30/06/2010" }, {}],
    [
      { tolerancePercent: 7.5, amberRule: "improving", asAt: "2010-06-30", extra: 1 },
      { tolerancePercent: 7.5, amberRule: "improving", asAt: "2010-06-30" },
    ],
    [
      {
        amberRule: "forecast",
        rewardPot: 2500000,
        rewardThresholdPercent: 60,
        rewardCapPercent: 100,
      },
      {
        amberRule: "forecast",
        rewardPot: 2500000,
        rewardThresholdPercent: 60,
        rewardCapPercent: 100,
      },
    ],
    [{ rewardPot: null }, { rewardPot: null }],
    [{ rewardPot: -5, rewardThresholdPercent: 200, rewardCapPercent: 0 }, {}],
    [
      { profile: "previous-year", cumulative: { "NI 123": true } },
      { profile: "previous-year", cumulative: { "NI 123": true } },
    ],
    [{ profile: "seasonal", cumulative: { "NI 123": "yes" } }, {}],
  ])("sanitise(%p) keeps only valid known keys", (raw, expected) => {
    expect(sanitiseSettings(raw)).toEqual(expected);
  });

  it("localStorage store round-trips and survives a corrupt record", async () => {
    const store = new LocalStorageSettingsStore(window.localStorage, "test.settings");
    window.localStorage.setItem("test.settings", "{not json");
    expect(await store.load()).toEqual({});
    const s: PaneSettings = {
      asAt: "",
      tolerancePercent: 5,
      amberRule: "forecast",
      rewardPot: 2500000,
      rewardThresholdPercent: 60,
      rewardCapPercent: 100,
      profile: "previous-year",
      cumulative: { "NI 156": false },
      partnershipName: "X",
      partnerSheet: "",
      partnerColumn: "A",
    };
    await store.save(s);
    expect(await store.load()).toEqual(s);
  });
});
