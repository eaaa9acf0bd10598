import * as React from "react";
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { WorkbookHost, formatDate } from "../../engine";
import { EngineApi, loadEngine } from "../engine-api";
import { ActionName, usePaneActions } from "../hooks/use-pane-actions";
import { errorMessage, localToday, summaryMessage } from "../messages";
import { Notice, driftNotices, paneMessages } from "../pane-messages";
import { DEFAULT_PANE_SETTINGS, PaneSettings, SettingsStore } from "../settings-store";
import { ActionBar } from "./action-bar";
import { Notices } from "./notices";
import { VISUALLY_HIDDEN } from "../visually-hidden";

// The tabs' contents and the confirmation are not needed to paint the pane: each is its own chunk.
const FindingsPanel = React.lazy(() =>
  import(/* webpackChunkName: "findings" */ "./findings-panel").then((m) => ({
    default: m.FindingsPanel,
  }))
);
const RagPanel = React.lazy(() =>
  import(/* webpackChunkName: "rag" */ "./rag-panel").then((m) => ({ default: m.RagPanel }))
);
const GapMatrix = React.lazy(() =>
  import(/* webpackChunkName: "matrix" */ "./gap-matrix").then((m) => ({ default: m.GapMatrix }))
);
const SettingsPanel = React.lazy(() =>
  import(/* webpackChunkName: "settings" */ "./settings-panel").then((m) => ({
    default: m.SettingsPanel,
  }))
);
const RemoveDialog = React.lazy(() => import(/* webpackChunkName: "remove" */ "./remove-dialog"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
  },
  // Office shows the add-in's name above the pane: the heading is there for screen readers only.
  title: VISUALLY_HIDDEN,
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: 0, overflowWrap: "anywhere" },
});

export interface AppProps {
  /** Excel (Office.js), the demo's in-memory workbook, or a test fake. */
  readonly host: WorkbookHost;
  readonly settingsStore: SettingsStore;
  /** How the settings page says where settings go: "in this workbook", "in this browser". */
  readonly savedWhere?: string;
  /** The engine (tests pass a double); by default the real one, loaded after first paint. */
  readonly engine?: EngineApi;
  /** Today's date `YYYY-MM-DD` for an empty as-at setting (default: the local date). */
  readonly today?: string;
  /** Run a check as soon as the settings are loaded (the ribbon's Check command, the demo). */
  readonly autoCheck?: boolean;
  /** A message to show first (e.g. the ribbon command's result or failure). */
  readonly initialNotice?: Notice;
}

type TabName = "findings" | "rag" | "gaps" | "settings";

/** The task pane: actions with progress, messages, then findings, RAG, gaps and settings. */
export function App(props: AppProps) {
  const { settingsStore } = props;
  const [settings, setSettings] = React.useState<PaneSettings | undefined>();
  const [loadProblem, setLoadProblem] = React.useState<Notice | undefined>();

  React.useEffect(() => {
    let live = true;
    settingsStore.load().then(
      (stored) => live && setSettings({ ...DEFAULT_PANE_SETTINGS, ...stored }),
      (error: unknown) => {
        if (!live) return;
        setSettings(DEFAULT_PANE_SETTINGS);
        setLoadProblem({
          intent: "warning",
          text: errorMessage(error, "reading the saved settings"),
        });
      }
    );
    return () => {
      live = false;
    };
  }, [settingsStore]);

  if (!settings) return <Spinner label="Loading LAA Monitor…" />;
  return (
    <Pane
      {...props}
      settings={settings}
      onSettings={setSettings}
      firstNotice={loadProblem ?? props.initialNotice}
    />
  );
}

interface PaneProps extends AppProps {
  readonly settings: PaneSettings;
  readonly onSettings: (s: PaneSettings) => void;
  readonly firstNotice?: Notice;
}

function Pane({
  host,
  settingsStore,
  savedWhere,
  engine,
  today,
  autoCheck,
  settings,
  onSettings,
  firstNotice,
}: PaneProps) {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabName>("findings");
  const [dismissed, setDismissed] = React.useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = React.useState(false);
  // Once opened, the dialog stays mounted and closes itself: unmounting it open would leave the
  // modal's hiding of the rest of the pane behind.
  const [dialogUsed, setDialogUsed] = React.useState(false);
  // Where focus was when the dialog opened (the Remove button, or More actions): it goes back there.
  const opener = React.useRef<HTMLElement | null>(null);
  const closeDialog = React.useCallback(() => {
    setConfirming(false);
    const back = opener.current;
    setTimeout(() => back?.focus(), 0);
  }, []);
  const getEngine = React.useMemo(
    () => (engine ? () => Promise.resolve(engine) : loadEngine),
    [engine]
  );
  const actions = usePaneActions({
    host,
    engine: getEngine,
    settings,
    today: today ?? localToday(),
  });
  const { run, results } = actions;
  const runAction = React.useCallback(
    (action: ActionName) => {
      setDismissed(new Set());
      if (action === "clean") {
        opener.current = document.activeElement as HTMLElement | null;
        setConfirming(true);
        setDialogUsed(true);
      } else void run(action);
    },
    [run]
  );
  const started = React.useRef(false);
  React.useEffect(() => {
    if (autoCheck && !started.current) {
      started.current = true;
      void run("check");
    }
  }, [autoCheck, run]);

  // Changing a setting re-runs what is shown: results never stand for settings that are gone.
  const shownSettings = React.useRef(settings);
  React.useEffect(() => {
    if (shownSettings.current === settings) return;
    shownSettings.current = settings;
    if (results) void run("check");
  }, [settings, results, run]);

  const describe = React.useCallback(async () => {
    const api = await getEngine();
    const snapshot = await host.readSnapshot();
    const lines = api.describeOwned(snapshot);
    return lines.length === 0 && snapshot.owned.length > 0
      ? ["Its record of sheets that are no longer in the workbook"]
      : lines;
  }, [getEngine, host]);

  const select = (sheet: string, cell: string) => void actions.select(sheet, cell);
  const report = results?.report;
  const notices =
    actions.notices.length > 0 || report ? actions.notices : firstNotice ? [firstNotice] : [];
  const summary = report && summaryMessage(report, formatDate(results.stamp.asAt));
  const messages = paneMessages({
    notices,
    summary,
    stale: actions.stale,
    drift: results ? driftNotices(results.owned, results.stamp) : [],
    dismissed,
  });

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>LAA Monitor</h1>
      <ActionBar progress={actions.progress} onRun={runAction} />
      <Notices
        messages={messages}
        onSelect={select}
        onRun={runAction}
        busy={actions.busy}
        onDismiss={(id) => setDismissed(new Set([...dismissed, id]))}
      />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabName)}
        aria-label="Views"
        size="small"
      >
        <Tab value="findings" id="tab-findings">
          Findings
        </Tab>
        <Tab value="rag" id="tab-rag">
          RAG
        </Tab>
        <Tab value="gaps" id="tab-gaps">
          Cross-cutting
        </Tab>
        <Tab value="settings" id="tab-settings">
          Settings
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <React.Suspense fallback={<Spinner size="small" label="Opening…" />}>
          {tab === "settings" ? (
            <SettingsPanel
              settings={settings}
              today={today ?? localToday()}
              savedWhere={savedWhere ?? "in this workbook"}
              onSave={async (s) => {
                await settingsStore.save(s);
                onSettings(s);
              }}
            />
          ) : !report ? (
            <Text as="p">
              {actions.busy
                ? "Working…"
                : "Press Check table to find the LAA target table in this workbook and check it cell by cell."}
            </Text>
          ) : tab === "findings" ? (
            <FindingsPanel findings={report.findings} onSelect={select} />
          ) : tab === "rag" ? (
            <RagPanel rag={report.rag} forecasts={report.forecasts} reward={report.reward} />
          ) : (
            <GapMatrix gaps={report.gaps} />
          )}
        </React.Suspense>
      </div>
      {dialogUsed && (
        <React.Suspense fallback={null}>
          <RemoveDialog
            open={confirming}
            describe={describe}
            onClose={closeDialog}
            onConfirm={() => {
              closeDialog();
              void run("clean");
            }}
          />
        </React.Suspense>
      )}
    </main>
  );
}
