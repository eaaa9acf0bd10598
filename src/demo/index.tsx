import * as React from "react";
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { PaneRoot } from "../taskpane/boot";
import {
  LocalStorageSettingsStore,
  MemorySettingsStore,
  PaneSettings,
  SettingsStore,
} from "../taskpane/settings-store";
import { DemoPage } from "./demo-page";

// The demo page (npm run demo): no Office.js; the pane runs over the bundled sample workbook.
// demo.html?view=pane shows the pane alone at the window's width, as Excel shows a task pane;
// ?theme=dark|light picks the theme (default: the browser's preference).

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

const params = new URLSearchParams(window.location.search);
const dark =
  params.get("theme") === "dark" ||
  (params.get("theme") !== "light" && window.matchMedia?.("(prefers-color-scheme: dark)").matches);

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <PaneRoot theme={dark ? webDarkTheme : webLightTheme}>
      <DemoPage
        settingsStore={settingsStore()}
        sampleUrl="sample-partnership.xlsx"
        paneOnly={params.get("view") === "pane"}
      />
    </PaneRoot>
  );
}
