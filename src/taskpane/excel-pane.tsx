import * as React from "react";
import { Theme } from "@fluentui/react-components";
import { ExcelHost, checkRequirements } from "../excel";
import { App } from "./components/app";
import { Notice } from "./hooks/use-pane-actions";
import { OfficeSettingsStore } from "./office-settings-store";
import { OutsideExcel } from "./components/outside-excel";

/** What checkRequirements says, read whichever shape it takes: a sentence means "not supported". */
function requirementProblem(result: unknown): string | undefined {
  if (typeof result === "string") return result || undefined;
  if (result && typeof result === "object") {
    const r = result as { ok?: unknown; message?: unknown; missing?: unknown };
    if (r.ok === false) return typeof r.message === "string" ? r.message : "This version of Excel lacks features the pane needs.";
  }
  if (result === false) return "This version of Excel lacks features the pane needs: update Office or use Excel on the web.";
  return undefined;
}

/**
 * The pane inside Excel: the Office.js host, settings in the workbook, and the ribbon command's
 * result (its check runs again here so the officer sees every finding, not just a count).
 */
export async function startExcelPane(_theme: Theme): Promise<React.ReactElement> {
  const problem = requirementProblem(checkRequirements());
  if (problem) return <OutsideExcel reason={problem} />;
  const store = new OfficeSettingsStore();
  const ribbon = store.readRibbonCheck();
  let initialNotice: Notice | undefined;
  if (ribbon?.pending) {
    initialNotice = { intent: ribbon.ok ? "info" : "error", title: "From the ribbon", text: ribbon.text };
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
