import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  LocalStorageSettingsStore,
  MemorySettingsStore,
  PaneSettings,
  SettingsStore,
} from "../taskpane/settings-store";
import { DemoPage } from "./demo-page";

// The demo page (npm run demo): no Office.js; the pane runs over the bundled sample workbook.

/**
 * The sample describes the Northshire Partnership's LAA as reported at the end of June 2010, so the demo
 * starts there (rating "today" would call every missing 2010/11 outturn overdue). Saved settings win.
 */
const SAMPLE_SETTINGS: Partial<PaneSettings> = {
  asAt: "2010-06-30",
  partnershipName: "Northshire Partnership",
};

function settingsStore(): SettingsStore {
  let store: SettingsStore;
  try {
    store = new LocalStorageSettingsStore(window.localStorage);
  } catch {
    store = new MemorySettingsStore();
  }
  return {
    load: async () => ({ ...SAMPLE_SETTINGS, ...(await store.load()) }),
    save: (settings) => store.save(settings),
  };
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <DemoPage settingsStore={settingsStore()} sampleUrl="sample-partnership.xlsx" />
    </FluentProvider>
  );
}
