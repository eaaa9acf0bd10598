import * as React from "react";
import { Theme } from "@fluentui/react-components";
import { ExcelHost, checkRequirements } from "../excel";
import { App } from "./components/app";
import { Notice } from "./hooks/use-pane-actions";
import { OfficeSettingsStore } from "./office-settings-store";
import { OutsideExcel } from "./components/outside-excel";

/**
 * The pane inside Excel: the Office.js host, settings in the workbook, and the ribbon command's
 * result (its check runs again here so the officer sees every finding, not just a count).
 */
export async function startExcelPane(_theme: Theme): Promise<React.ReactElement> {
  const requirements = checkRequirements();
  if (!requirements.supported) {
    return (
      <OutsideExcel
        title="This Excel is too old for LAA Monitor"
        reason={requirements.message ?? "This version of Excel lacks features LAA Monitor needs."}
      />
    );
  }
  const store = new OfficeSettingsStore();
  const ribbon = store.readRibbonCheck();
  let initialNotice: Notice | undefined;
  if (ribbon?.pending) {
    initialNotice = {
      intent: ribbon.ok ? "info" : "error",
      title: "From the ribbon",
      text: ribbon.text,
    };
    // Cleared first so a reopened pane does not run the check again for an old click.
    await store.writeRibbonCheck({ ...ribbon, pending: false }).catch(() => undefined);
  }
  return (
    <App
      host={new ExcelHost()}
      settingsStore={store}
      savedWhere="in this workbook"
      autoCheck={ribbon?.pending === true && ribbon.ok}
      initialNotice={initialNotice}
    />
  );
}
