import { OfficeMockObject } from "office-addin-mock";
import { OfficeSettingsStore, SETTINGS_KEY } from "../../src/taskpane/office-settings-store";
import * as React from "react";
import { webLightTheme } from "@fluentui/react-components";
import { startExcelPane } from "../../src/taskpane/excel-pane";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings-store";

// The pane's settings travel with the workbook through Office.context.document.settings. office-addin-mock
// stands in for Office here (Jest maps office-addin-manifest to a stub so the mock loads: jest.config.js).

interface SettingsMock {
  /** What the workbook holds. */
  document: Record<string, unknown>;
  /** This page's copy (Office.context.document.settings), written back whole by saveAsync. */
  copy: Record<string, unknown>;
  saves: number;
  refreshes: number;
}

function installOffice(
  saveStatus: "succeeded" | "failed",
  initial: Record<string, unknown> = {}
): SettingsMock {
  const state: SettingsMock = {
    document: { ...initial },
    copy: { ...initial },
    saves: 0,
    refreshes: 0,
  };
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => state.copy[key] ?? null,
          set: (key: string, value: unknown) => {
            state.copy[key] = value;
          },
          refreshAsync: (callback: (result: { status: string }) => void) => {
            state.refreshes++;
            state.copy = { ...state.document };
            callback({ status: "succeeded" });
          },
          saveAsync: (callback: (result: { status: string }) => void) => {
            state.saves++;
            if (saveStatus === "succeeded") state.document = { ...state.copy };
            callback({ status: saveStatus });
          },
        },
      },
    },
  });
  // The mock reads plain values back only after load(), like Office.js proxies: the enum stays a plain object.
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: (mock as unknown as { context: unknown }).context,
  };
  return state;
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("OfficeSettingsStore (office-addin-mock)", () => {
  it("saves the settings into the workbook and reads them back", async () => {
    const office = installOffice("succeeded");
    const store = new OfficeSettingsStore();
    const settings = { ...DEFAULT_PANE_SETTINGS, asAt: "2010-06-30", tolerancePercent: 10 };
    await store.save(settings);
    expect(office.saves).toBe(1);
    expect(office.document[SETTINGS_KEY]).toEqual(settings);
    expect(await store.load()).toEqual(settings);
  });

  it("drops unknown or malformed values from a hand-edited record", async () => {
    installOffice("succeeded", {
      [SETTINGS_KEY]: {
        asAt: "30/06/2010",
        tolerancePercent: 250,
        amberRule: "improving",
        extra: 1,
      },
    });
    expect(await new OfficeSettingsStore().load()).toEqual({ amberRule: "improving" });
  });

  it("rejects with one plain sentence when Excel will not save", async () => {
    installOffice("failed");
    await expect(new OfficeSettingsStore().save(DEFAULT_PANE_SETTINGS)).rejects.toThrow(
      /^Excel would not save the settings in this workbook: .+\.$/
    );
  });

  it("re-reads the workbook's settings before each save, so it never writes back a stale copy", async () => {
    const office = installOffice("succeeded", { [SETTINGS_KEY]: DEFAULT_PANE_SETTINGS });
    const store = new OfficeSettingsStore();
    await store.load();
    // Another part of Office (or another add-in) saved a setting after this page read its copy.
    office.document = { ...office.document, "Other.key": { kept: true } };
    await store.save({ ...DEFAULT_PANE_SETTINGS, tolerancePercent: 7 });
    expect(office.refreshes).toBe(1);
    expect(office.document["Other.key"]).toEqual({ kept: true });
    expect(office.document[SETTINGS_KEY]).toMatchObject({ tolerancePercent: 7 });
  });

  it("loading the settings writes nothing to the workbook", async () => {
    const office = installOffice("succeeded", { [SETTINGS_KEY]: DEFAULT_PANE_SETTINGS });
    await new OfficeSettingsStore().load();
    expect(office.saves).toBe(0);
  });

  it("opening the pane to run the check writes nothing, even over an older ribbon record", async () => {
    const office = installOffice("succeeded", {
      "LAAMonitor.ribbonCheck": { at: "2010-06-30T10:00:00Z", text: "x", ok: true, pending: true },
    });
    const g = globalThis as unknown as { Office: { context: Record<string, unknown> } };
    g.Office.context = {
      ...g.Office.context,
      requirements: { isSetSupported: () => true },
    };
    const pane = (await startExcelPane(webLightTheme, "?run=check")) as React.ReactElement<{
      autoCheck: boolean;
    }>;
    expect(pane.props.autoCheck).toBe(true);
    expect(office.saves).toBe(0);
    expect(office.refreshes).toBe(0);
  });
});
