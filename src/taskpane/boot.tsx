import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import { OutsideExcel } from "./components/outside-excel";
import { currentOfficeTheme, themeFromOffice } from "./theme";

/** Renders the pane inside Excel; supplied by index.tsx so the shell can be tested without Office. */
export type StartExcel = (theme: Theme) => React.ReactElement | Promise<React.ReactElement>;

/** The provider every view sits in (the theme follows Office's). */
export function PaneRoot({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}

/**
 * Waits for Office, then renders the pane in Excel or, anywhere else (a plain browser, Word, Office.js
 * missing), a plain explanation. Never lets `Excel` being undefined crash the page.
 */
export async function boot(
  container: HTMLElement,
  startExcel: StartExcel,
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office
): Promise<Root> {
  // The pane's script runs: the plain-HTML message for Office versions that cannot run it goes.
  container.ownerDocument.getElementById("old-office")?.remove();
  const root = createRoot(container);
  if (!office) {
    root.render(
      <PaneRoot theme={webLightTheme}>
        <OutsideExcel reason="Office.js did not load, so this page cannot reach Excel: check the connection to appsforoffice.microsoft.com and reload the pane." />
      </PaneRoot>
    );
    return root;
  }
  const info = await office.onReady();
  const theme = themeFromOffice(currentOfficeTheme(office));
  const inExcel =
    info.host === office.HostType.Excel &&
    typeof (globalThis as { Excel?: unknown }).Excel !== "undefined";
  let view: React.ReactElement;
  if (!inExcel) {
    view = (
      <OutsideExcel
        reason={
          info.host
            ? `This pane is open in ${String(info.host)}, but it works only in Excel.`
            : undefined
        }
      />
    );
  } else {
    try {
      view = await startExcel(theme);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      view = (
        <OutsideExcel
          reason={`The pane could not start in this Excel (${detail}). Update Office, or try Excel on the web.`}
        />
      );
    }
  }
  root.render(<PaneRoot theme={theme}>{view}</PaneRoot>);
  return root;
}
