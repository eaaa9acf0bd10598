import * as React from "react";
import type ExcelJS from "exceljs";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { XlsxHost, isMacroEnabled, loadWorkbook } from "../xlsx";
import { App } from "../taskpane/components/app";
import { errorMessage } from "../taskpane/messages";
import { SettingsStore } from "../taskpane/settings-store";
import { SheetGrid } from "./sheet-grid";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // Pane first in the DOM and on the right: on a narrow screen it stays on top and the grid wraps below.
  body: {
    display: "flex",
    flexDirection: "row-reverse",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    alignItems: "flex-start",
  },
  grid: { flex: "1 1 480px", minWidth: 0 },
  pane: {
    flex: "0 1 380px",
    minWidth: "min(320px, 100%)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  file: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

interface Loaded {
  readonly host: XlsxHost;
  /** ExcelJS's reading of the host's bytes, for the grid only (the host writes by patching). */
  readonly view: ExcelJS.Workbook;
  readonly name: string;
  /** Distinguishes loads, so the pane starts afresh for a new workbook. */
  readonly id: number;
}

function activeSheetName(wb: ExcelJS.Workbook): string {
  const tab = wb.views?.[0]?.activeTab ?? 0;
  return wb.worksheets[tab]?.name ?? wb.worksheets[0]?.name ?? "";
}

/** Downloads bytes as a file, entirely in the browser. */
function saveBytes(bytes: Uint8Array, name: string, macroEnabled: boolean): void {
  const blob = new Blob([bytes as BlobPart], {
    type: macroEnabled
      ? "application/vnd.ms-excel.sheet.macroEnabled.12"
      : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface DemoPageProps {
  readonly settingsStore: SettingsStore;
  /** URL of the bundled sample workbook. */
  readonly sampleUrl: string;
}

/** The demo: the same App as in Excel, over an in-memory workbook, beside a read-only grid. */
export function DemoPage({ settingsStore, sampleUrl }: DemoPageProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const [sheet, setSheet] = React.useState("");
  const [version, setVersion] = React.useState(0);
  const nextId = React.useRef(1);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const open = React.useCallback(async (bytes: ArrayBuffer, name: string) => {
    const host = XlsxHost.fromBytes(bytes, `'${name}'`);
    const view = await loadWorkbook(bytes, `'${name}'`);
    setLoaded({ host, view, name, id: nextId.current++ });
    setSheet(activeSheetName(view));
    setProblem(undefined);
  }, []);

  React.useEffect(() => {
    fetch(sampleUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((bytes) => open(bytes, "sample-partnership.xlsx"))
      .catch(() =>
        setProblem(
          "The sample workbook could not be loaded: run npm run build, then reload, or open an .xlsx file of your own."
        )
      );
  }, [open, sampleUrl]);

  // Follow the host: a selected finding shows its sheet; a plan is shown by reading the written bytes
  // again, and a new board sheet that asks to be active shows itself.
  React.useEffect(() => {
    if (!loaded) return undefined;
    const { host } = loaded;
    let lastSelection = host.selection;
    let lastBook = host.workbook;
    return host.subscribe(async () => {
      if (host.selection && host.selection !== lastSelection) setSheet(host.selection.sheet);
      lastSelection = host.selection;
      if (host.workbook !== lastBook) {
        lastBook = host.workbook;
        const view = await loadWorkbook(host.toBytes());
        setLoaded((l) => (l && l.host === host ? { ...l, view } : l));
        if (host.activated) setSheet(host.activated);
      }
      setVersion((v) => v + 1);
    });
  }, [loaded?.host]);

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    try {
      await open(await file.arrayBuffer(), file.name);
    } catch (error) {
      setProblem(errorMessage(error, `opening '${file.name}'`));
    }
  };

  const download = async () => {
    if (!loaded) return;
    try {
      // The same patching writer as the CLI: every part the add-in does not own is as it was opened.
      const macros = isMacroEnabled(loaded.host.workbook);
      const ext = macros ? ".xlsm" : ".xlsx";
      const name = loaded.name.replace(/(\.xls[xm])?$/i, `-checked${ext}`);
      saveBytes(loaded.host.toBytes(), name, macros);
    } catch (error) {
      setProblem(errorMessage(error, "saving the workbook"));
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <h1 className={styles.title}>LAA Monitor demo</h1>
        <Text>{loaded ? loaded.name : "Loading the sample…"}</Text>
        <input
          ref={fileInput}
          id="demo-file"
          className={styles.file}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          onChange={(e) => void onFile(e)}
          aria-label="Open an .xlsx workbook"
        />
        <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
          Open .xlsx…
        </Button>
        <Button
          icon={<ArrowDownload20Regular />}
          disabled={!loaded}
          onClick={() => void download()}
        >
          Download
        </Button>
        <Text size={200}>Files are read in this browser; nothing is uploaded.</Text>
      </header>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="demo-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!loaded && !problem && <Spinner label="Opening the sample workbook…" />}
      {loaded && (
        <div className={styles.body}>
          <div className={styles.pane} data-testid="pane">
            <App
              key={loaded.id}
              host={loaded.host}
              settingsStore={settingsStore}
              savedWhere="in this browser"
              autoCheck
            />
          </div>
          <div className={styles.grid}>
            <SheetGrid
              workbook={loaded.view}
              sheet={sheet}
              selection={loaded.host.selection}
              onSheet={setSheet}
              version={version}
            />
          </div>
        </div>
      )}
    </div>
  );
}
