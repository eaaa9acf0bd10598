import * as React from "react";
import {
  Overflow,
  OverflowItem,
  ProgressBar,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  mergeClasses,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import {
  Board20Regular,
  Checkmark16Filled,
  Circle16Regular,
  Delete20Regular,
  DocumentSearch20Regular,
  MoreHorizontal20Regular,
  QuestionCircle20Regular,
  TableLightning20Regular,
} from "@fluentui/react-icons";
import { ACTION_STEPS, ActionName, Progress } from "../hooks/use-pane-actions";
import { HELP_INDEX } from "../help";

const useStyles = makeStyles({
  // The toolbar never wraps: what does not fit goes into the "More actions" menu.
  toolbar: { flexWrap: "nowrap", minWidth: 0, padding: 0 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  steps: { listStyleType: "none", margin: 0, padding: 0 },
  step: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  current: { fontWeight: tokens.fontWeightSemibold },
  pending: { color: tokens.colorNeutralForeground3 },
});

/** The action buttons' words: the toolbar, the progress and the overflow menu say the same. */
export const ACTION_LABELS: Readonly<Record<ActionName, string>> = {
  check: "Check table",
  rag: "Write RAG",
  board: "Build board",
  clean: "Remove output",
};

/** What "Remove output" does, in full (its tooltip; the confirmation says it again). */
export const REMOVE_TITLE =
  "Remove LAA Monitor output: the status columns, board sheets and names it wrote";

/** Toolbar items in order; the first stays visible longest, the last overflows first. */
export const ITEMS: readonly (ActionName | "help")[] = ["check", "rag", "board", "clean", "help"];

export const ITEM_ICONS: Readonly<Record<ActionName | "help", React.ReactElement>> = {
  check: <DocumentSearch20Regular />,
  rag: <TableLightning20Regular />,
  board: <Board20Regular />,
  clean: <Delete20Regular />,
  help: <QuestionCircle20Regular />,
};

// The menu of what does not fit (Fluent's menu and its positioning) loads when first opened.
const OverflowMenu = React.lazy(() => import(/* webpackChunkName: "menu" */ "./overflow-menu"));

export interface ActionBarProps {
  readonly progress?: Progress;
  /** Runs an action; Remove asks for confirmation first (the caller's dialog). */
  readonly onRun: (action: ActionName) => void;
}

/**
 * The actions as a Fluent toolbar: those that do not fit the pane's width go into "More actions".
 * While one runs, every action stays focusable but disabled, so focus stays where the officer was.
 */
export function ActionBar({ progress, onRun }: ActionBarProps) {
  const styles = useStyles();
  const busy = progress !== undefined;
  return (
    <section aria-label="Actions">
      <Overflow padding={48}>
        <Toolbar aria-label="LAA Monitor actions" className={styles.toolbar} size="small">
          {ITEMS.map((item) => (
            <OverflowItem key={item} id={item} priority={ITEMS.length - ITEMS.indexOf(item)}>
              {item === "help" ? (
                <ToolbarButton
                  as="a"
                  href={HELP_INDEX}
                  target="_blank"
                  rel="noopener"
                  icon={ITEM_ICONS.help}
                  aria-label="Help (opens in a new window)"
                  title="Help: what each finding means and how to fix it"
                />
              ) : (
                <ToolbarButton
                  appearance={item === "check" ? "primary" : "subtle"}
                  icon={ITEM_ICONS[item]}
                  disabledFocusable={busy}
                  title={item === "clean" ? REMOVE_TITLE : undefined}
                  onClick={() => onRun(item)}
                >
                  {ACTION_LABELS[item]}
                </ToolbarButton>
              )}
            </OverflowItem>
          ))}
          <MoreActions busy={busy} onRun={onRun} />
        </Toolbar>
      </Overflow>
      {progress && <StepProgress progress={progress} />}
    </section>
  );
}

/** The "More actions" button and its menu of whatever did not fit; absent when everything fits. */
function MoreActions({ busy, onRun }: { busy: boolean; onRun: (a: ActionName) => void }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLButtonElement | null>(null);
  if (!isOverflowing) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <ToolbarButton
        ref={(el) => {
          const b = el as HTMLButtonElement | null;
          ref.current = b;
          button.current = b;
        }}
        appearance="subtle"
        icon={<MoreHorizontal20Regular />}
        aria-label="More actions"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      />
      {open && (
        <React.Suspense fallback={null}>
          <OverflowMenu
            target={button.current}
            busy={busy}
            onClose={close}
            onRun={(a) => {
              close();
              onRun(a);
            }}
          />
        </React.Suspense>
      )}
    </>
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
        aria-label={`${ACTION_LABELS[progress.action]} progress`}
      />
      <Text role="status" aria-live="polite">
        {`${ACTION_LABELS[progress.action]}: step ${progress.step + 1} of ${steps.length}, ${current.toLowerCase()}…`}
      </Text>
      <ol className={styles.steps} aria-label="Steps">
        {steps.map((s, i) => (
          <li
            key={s}
            className={mergeClasses(
              styles.step,
              i === progress.step && styles.current,
              i > progress.step && styles.pending
            )}
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
