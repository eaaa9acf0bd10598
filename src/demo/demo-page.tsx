import * as React from "react";
import type ExcelJS from "exceljs";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import type { XlsxHost } from "../xlsx";
import { App } from "../taskpane/components/app";
import { errorMessage } from "../taskpane/messages";
import { SettingsStore } from "../taskpane/settings-store";
import { SheetGrid } from "./sheet-grid";
import { VISUALLY_HIDDEN } from "../taskpane/visually-hidden";

/** The file adapter and ExcelJS (a large chunk): loaded after the page has painted. */
type XlsxModule = typeof import("../xlsx");
let xlsxModule: Promise<XlsxModule> | undefined;
const loadXlsx = (): Promise<XlsxModule> =>
  (xlsxModule ??= import(/* webpackChunkName: "xlsx" */ "../xlsx"));

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  paneOnly: { padding: 0, gap: 0 },
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
  // The pane scrolls on its own, as a task pane beside a workbook does.
  pane: {
    flex: "0 1 360px",
    minWidth: "min(270px, 100%)",
    maxHeight: "calc(100vh - 110px)",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The pane alone, at the window's width, as Excel shows a task pane.
  paneFull: { width: "100%", minHeight: "60vh", backgroundColor: tokens.colorNeutralBackground1 },
  workbook: {
    padding: tokens.spacingHorizontalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  edit: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  editField: { minWidth: 0, flex: "1 1 6em", maxWidth: "14em" },
  editInput: { minWidth: 0, width: "100%" },
  file: VISUALLY_HIDDEN,
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
  /** The pane alone at the window's width, the workbook's controls below it (no grid). */
  readonly paneOnly?: boolean;
}

/** The demo: the same App as in Excel, over an in-memory workbook, beside a read-only grid. */
export function DemoPage({ settingsStore, sampleUrl, paneOnly }: DemoPageProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const [sheet, setSheet] = React.useState("");
  const [version, setVersion] = React.useState(0);
  const nextId = React.useRef(1);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const open = React.useCallback(async (bytes: ArrayBuffer, name: string) => {
    const { XlsxHost, loadWorkbook } = await loadXlsx();
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

  // Follow the host: a selected finding shows its sheet; a change is shown by reading the written
  // bytes again; a new board sheet that asks to be active shows itself, and a sheet taken out gives
  // way to the workbook's active sheet.
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
        const { loadWorkbook } = await loadXlsx();
        const view = await loadWorkbook(host.toBytes());
        setLoaded((l) => (l && l.host === host ? { ...l, view } : l));
        if (host.activated) setSheet(host.activated);
        else setSheet((s) => (view.getWorksheet(s) ? s : activeSheetName(view)));
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
      const { isMacroEnabled } = await loadXlsx();
      const macros = isMacroEnabled(loaded.host.workbook);
      const ext = macros ? ".xlsm" : ".xlsx";
      const name = loaded.name.replace(/(\.xls[xm])?$/i, `-checked${ext}`);
      saveBytes(loaded.host.toBytes(), name, macros);
    } catch (error) {
      setProblem(errorMessage(error, "saving the workbook"));
    }
  };

  const controls = (
    <>
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
      <Button icon={<ArrowDownload20Regular />} disabled={!loaded} onClick={() => void download()}>
        Download
      </Button>
    </>
  );
  const pane = loaded && (
    <App
      key={loaded.id}
      host={loaded.host}
      settingsStore={settingsStore}
      savedWhere="in this browser"
      autoCheck
    />
  );
  const problemBar = problem && (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="demo-problem">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  );
  const waiting = !loaded && !problem && <Spinner label="Opening the sample workbook…" />;

  if (paneOnly) {
    return (
      <div className={mergeClasses(styles.page, styles.paneOnly)}>
        <div className={styles.paneFull} data-testid="pane">
          {pane}
          {waiting}
        </div>
        <section className={styles.workbook} aria-label="The demo's workbook">
          <Text weight="semibold">{loaded ? `Workbook: ${loaded.name}` : "Workbook"}</Text>
          <div className={styles.bar}>{controls}</div>
          {problemBar}
          {loaded && <ChangeCell host={loaded.host} sheet={sheet} />}
        </section>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <h1 className={styles.title}>LAA Monitor demo</h1>
        <Text>{loaded ? loaded.name : "Loading the sample…"}</Text>
        {controls}
        <Text size={200}>Files are read in this browser; nothing is uploaded.</Text>
      </header>
      {problemBar}
      {waiting}
      {loaded && (
        <div className={styles.body}>
          <div className={styles.pane} data-testid="pane">
            {pane}
          </div>
          <div className={styles.grid}>
            <ChangeCell host={loaded.host} sheet={sheet} />
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

/** Types a value into a cell of the in-memory workbook, as an officer would in Excel. */
function ChangeCell({ host, sheet }: { host: XlsxHost; sheet: string }) {
  const styles = useStyles();
  const [cell, setCell] = React.useState("");
  const [value, setValue] = React.useState("");
  const [said, setSaid] = React.useState<string | undefined>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const [sheetName, address] = cell.includes("!")
      ? [
          cell.slice(0, cell.lastIndexOf("!")).replace(/^'|'$/g, ""),
          cell.slice(cell.lastIndexOf("!") + 1),
        ]
      : [sheet, cell];
    try {
      await host.setCellValue(sheetName, address.trim().toUpperCase(), value);
      setSaid(`${sheetName}!${address.trim().toUpperCase()} is now "${value}".`);
    } catch (error) {
      setSaid(errorMessage(error, "changing the cell"));
    }
  };
  return (
    <form className={styles.edit} aria-label="Change a cell" onSubmit={(e) => void submit(e)}>
      <Field label="Cell" className={styles.editField}>
        <Input
          className={styles.editInput}
          value={cell}
          placeholder="LAA!M12"
          onChange={(_e, d) => setCell(d.value)}
        />
      </Field>
      <Field label="New value" className={styles.editField}>
        <Input className={styles.editInput} value={value} onChange={(_e, d) => setValue(d.value)} />
      </Field>
      <Button type="submit">Change the cell</Button>
      {said && (
        <Text role="status" size={200}>
          {said}
        </Text>
      )}
    </form>
  );
}
