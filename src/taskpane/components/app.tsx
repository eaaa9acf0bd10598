import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { WorkbookHost } from "../../engine";
import { EngineApi, defaultEngine } from "../engine-api";
import { Notice, usePaneActions } from "../hooks/use-pane-actions";
import { errorMessage, localToday, summaryMessage } from "../messages";
import { DEFAULT_PANE_SETTINGS, PaneSettings, SettingsStore } from "../settings-store";
import { ActionBar } from "./action-bar";
import { FindingsPanel } from "./findings-panel";
import { GapMatrix } from "./gap-matrix";
import { Notices } from "./notices";
import { RagPanel } from "./rag-panel";
import { SettingsPanel } from "./settings-panel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "288px",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** Excel (Office.js), the demo's in-memory workbook, or a test fake. */
  readonly host: WorkbookHost;
  readonly settingsStore: SettingsStore;
  /** How the settings page says where settings go: "in this workbook", "in this browser". */
  readonly savedWhere?: string;
  readonly engine?: EngineApi;
  /** Today's date `YYYY-MM-DD` for an empty as-at setting (default: the local date). */
  readonly today?: string;
  /** Run a check as soon as the settings are loaded (the ribbon's Check command, the demo). */
  readonly autoCheck?: boolean;
  /** A message to show first (e.g. the ribbon command's result or failure). */
  readonly initialNotice?: Notice;
}

type TabName = "findings" | "rag" | "gaps" | "settings";

/** The task pane: actions with progress, the summary, then findings, RAG, gaps and settings. */
export function App(props: AppProps) {
  const { settingsStore, autoCheck } = props;
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
      autoCheck={autoCheck}
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
  const actions = usePaneActions({
    host,
    engine: engine ?? defaultEngine,
    settings,
    today: today ?? localToday(),
  });
  const { run } = actions;
  const started = React.useRef(false);
  React.useEffect(() => {
    if (autoCheck && !started.current) {
      started.current = true;
      void run("check");
    }
  }, [autoCheck, run]);

  const select = (sheet: string, cell: string) => void actions.select(sheet, cell);
  const notices =
    actions.notices.length > 0 || actions.report
      ? actions.notices
      : firstNotice
        ? [firstNotice]
        : [];
  const summary = actions.report && summaryMessage(actions.report);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>LAA Monitor</h1>
      <ActionBar progress={actions.progress} onRun={(a) => void run(a)} />
      <Notices notices={notices} onSelect={select} />
      {summary && (
        <MessageBar
          intent={summary.intent}
          layout="multiline"
          aria-live="polite"
          data-testid="summary"
        >
          <MessageBarBody>
            <MessageBarTitle>{summary.title}</MessageBarTitle>
            {summary.text}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabName)}
        aria-label="Views"
        size="small"
      >
        <Tab value="findings">Findings</Tab>
        <Tab value="rag">RAG</Tab>
        <Tab value="gaps">Cross-cutting</Tab>
        <Tab value="settings">Settings</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab}>
        {tab === "settings" ? (
          <SettingsPanel
            settings={settings}
            savedWhere={savedWhere ?? "in this workbook"}
            onSave={async (s) => {
              await settingsStore.save(s);
              onSettings(s);
            }}
          />
        ) : !actions.report ? (
          <Text as="p">
            {actions.busy
              ? "Working…"
              : "Press Check table to find the LAA target table in this workbook and check it cell by cell."}
          </Text>
        ) : tab === "findings" ? (
          <FindingsPanel findings={actions.report.findings} onSelect={select} />
        ) : tab === "rag" ? (
          <RagPanel
            rag={actions.report.rag}
            forecasts={actions.report.forecasts}
            reward={actions.report.reward}
          />
        ) : (
          <GapMatrix gaps={actions.report.gaps} />
        )}
      </div>
    </main>
  );
}
