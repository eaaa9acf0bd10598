import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  LocalStorageSettingsStore,
  MemorySettingsStore,
  SettingsStore,
} from "../taskpane/settings-store";
import { DemoPage } from "./demo-page";

// The demo page (npm run demo): no Office.js; the pane runs over the bundled sample workbook.
function settingsStore(): SettingsStore {
  try {
    return new LocalStorageSettingsStore(window.localStorage);
  } catch {
    return new MemorySettingsStore();
  }
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <DemoPage settingsStore={settingsStore()} sampleUrl="sample-partnership.xlsx" />
    </FluentProvider>
  );
}
