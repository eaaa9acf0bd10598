import { OfficeMockObject } from "office-addin-mock";
import {
  OfficeSettingsStore,
  RIBBON_CHECK_KEY,
  SETTINGS_KEY,
} from "../../src/taskpane/office-settings-store";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings-store";

// The pane's settings travel with the workbook through Office.context.document.settings. office-addin-mock
// stands in for Office here (Jest maps office-addin-manifest to a stub so the mock loads: jest.config.js).

interface SettingsMock {
  stored: Record<string, unknown>;
  saves: number;
}

function installOffice(
  saveStatus: "succeeded" | "failed",
  initial: Record<string, unknown> = {}
): SettingsMock {
  const state: SettingsMock = { stored: { ...initial }, saves: 0 };
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => state.stored[key] ?? null,
          set: (key: string, value: unknown) => {
            state.stored[key] = value;
          },
          saveAsync: (callback: (result: { status: string }) => void) => {
            state.saves++;
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
    expect(office.stored[SETTINGS_KEY]).toEqual(settings);
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

  it("hands the ribbon command's result to the pane", async () => {
    const office = installOffice("succeeded");
    const store = new OfficeSettingsStore();
    expect(store.readRibbonCheck()).toBeUndefined();
    await store.writeRibbonCheck({
      at: "2010-06-30T09:00:00Z",
      text: "3 errors.",
      ok: true,
      pending: true,
    });
    expect(office.stored[RIBBON_CHECK_KEY]).toMatchObject({ pending: true });
    expect(store.readRibbonCheck()).toEqual({
      at: "2010-06-30T09:00:00Z",
      text: "3 errors.",
      ok: true,
      pending: true,
    });
  });
});
