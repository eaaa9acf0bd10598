import * as React from "react";
import { Theme } from "@fluentui/react-components";
import { checkRequirements } from "../excel/requirements";
import { App } from "./components/app";
import { OfficeSettingsStore } from "./office-settings-store";
import { OutsideExcel } from "./components/outside-excel";
import { LazyHost } from "./lazy-host";

/**
 * True when the pane was opened to run the check straight away: the ribbon's "Check LAA table" opens
 * it at taskpane.html?run=check (manifest.xml).
 */
export function checkOnOpen(search: string): boolean {
  return new URLSearchParams(search).get("run") === "check";
}

/** The pane inside Excel: the Office.js host and the settings kept in the workbook. */
export async function startExcelPane(
  _theme: Theme,
  search: string = globalThis.location?.search ?? ""
): Promise<React.ReactElement> {
  const requirements = checkRequirements();
  if (!requirements.supported) {
    return (
      <OutsideExcel
        title="This Excel is too old for LAA Monitor"
        reason={requirements.message ?? "This version of Excel lacks features LAA Monitor needs."}
      />
    );
  }
  return (
    <App
      host={
        new LazyHost(() =>
          import(/* webpackChunkName: "excel" */ "../excel").then((m) => new m.ExcelHost())
        )
      }
      settingsStore={new OfficeSettingsStore()}
      savedWhere="in this workbook"
      autoCheck={checkOnOpen(search)}
    />
  );
}
