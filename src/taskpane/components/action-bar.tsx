import * as React from "react";
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  Board20Regular,
  Checkmark16Filled,
  Circle16Regular,
  DocumentSearch20Regular,
  TableLightning20Regular,
} from "@fluentui/react-icons";
import { ACTION_STEPS, ActionName, Progress } from "../hooks/use-pane-actions";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  steps: { listStyleType: "none", margin: 0, padding: 0 },
  step: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  current: { fontWeight: tokens.fontWeightSemibold },
  pending: { color: tokens.colorNeutralForeground3 },
});

const LABELS: Readonly<Record<ActionName, string>> = {
  check: "Check table",
  rag: "Write RAG",
  board: "Build board sheet",
};

const ICONS: Readonly<Record<ActionName, React.ReactElement>> = {
  check: <DocumentSearch20Regular />,
  rag: <TableLightning20Regular />,
  board: <Board20Regular />,
};

export interface ActionBarProps {
  readonly progress?: Progress;
  readonly onRun: (action: ActionName) => void;
}

/** The three actions; all disabled while one runs, whose named steps show below. */
export function ActionBar({ progress, onRun }: ActionBarProps) {
  const styles = useStyles();
  const actions: ActionName[] = ["check", "rag", "board"];
  return (
    <section aria-label="Actions">
      <div className={styles.bar}>
        {actions.map((a) => (
          <Button
            key={a}
            appearance={a === "check" ? "primary" : "secondary"}
            icon={ICONS[a]}
            disabled={progress !== undefined}
            onClick={() => onRun(a)}
          >
            {LABELS[a]}
          </Button>
        ))}
      </div>
      {progress && <StepProgress progress={progress} />}
    </section>
  );
}

function StepProgress({ progress }: { progress: Progress }) {
  const styles = useStyles();
  const steps = ACTION_STEPS[progress.action];
  const current = steps[progress.step] ?? "";
  return (
    <div className={styles.progress}>
      <ProgressBar
        value={(progress.step + 0.5) / steps.length}
        aria-label={`${LABELS[progress.action]} progress`}
      />
      <Text role="status" aria-live="polite">
        {`${LABELS[progress.action]}: step ${progress.step + 1} of ${steps.length}, ${current.toLowerCase()}…`}
      </Text>
      <ol className={styles.steps} aria-label="Steps">
        {steps.map((s, i) => (
          <li
            key={s}
            className={`${styles.step} ${i === progress.step ? styles.current : i > progress.step ? styles.pending : ""}`}
          >
            {i < progress.step ? (
              <Checkmark16Filled aria-hidden />
            ) : (
              <Circle16Regular aria-hidden />
            )}
            {s}
            {i < progress.step ? " (done)" : i === progress.step ? " (running)" : ""}
          </li>
        ))}
      </ol>
    </div>
  );
}
