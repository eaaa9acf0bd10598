import * as React from "react";
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  ProgressBar,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  mergeClasses,
  tokens,
  useIsOverflowItemVisible,
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
  board: "Build board sheet",
  clean: "Remove LAA Monitor output",
};

const ICONS: Readonly<Record<ActionName, React.ReactElement>> = {
  check: <DocumentSearch20Regular />,
  rag: <TableLightning20Regular />,
  board: <Board20Regular />,
  clean: <Delete20Regular />,
};

/** Toolbar items in order; the first stays visible longest, the last overflows first. */
const ITEMS: readonly (ActionName | "help")[] = ["check", "rag", "board", "clean", "help"];

export interface ActionBarProps {
  readonly progress?: Progress;
  /** Runs an action; Remove asks for confirmation first (the caller's dialog). */
  readonly onRun: (action: ActionName) => void;
}

/** Opens the rule pages (built into the add-in, so they work offline and inside Excel). */
function openHelp(): void {
  globalThis.open?.(HELP_INDEX, "_blank", "noopener");
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
                  icon={<QuestionCircle20Regular />}
                  aria-label="Help (opens in a new window)"
                >
                  Help
                </ToolbarButton>
              ) : (
                <ToolbarButton
                  appearance={item === "check" ? "primary" : "subtle"}
                  icon={ICONS[item]}
                  disabledFocusable={busy}
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

/** The menu of whatever did not fit; absent when everything fits. */
function MoreActions({ busy, onRun }: { busy: boolean; onRun: (a: ActionName) => void }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          appearance="subtle"
          icon={<MoreHorizontal20Regular />}
          aria-label="More actions"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {ITEMS.map((item) => (
            <HiddenItem key={item} item={item} busy={busy} onRun={onRun} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenItem({
  item,
  busy,
  onRun,
}: {
  item: ActionName | "help";
  busy: boolean;
  onRun: (a: ActionName) => void;
}) {
  const visible = useIsOverflowItemVisible(item);
  if (visible) return null;
  if (item === "help") {
    return (
      <MenuItem icon={<QuestionCircle20Regular />} onClick={openHelp}>
        Help (opens in a new window)
      </MenuItem>
    );
  }
  return (
    <MenuItem icon={ICONS[item]} disabled={busy} onClick={() => onRun(item)}>
      {ACTION_LABELS[item]}
    </MenuItem>
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
