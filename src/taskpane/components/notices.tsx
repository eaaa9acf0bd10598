import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { ActionName } from "../hooks/use-pane-actions";
import { PaneMessage } from "../pane-messages";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Read by screen readers, not drawn: the polite announcement of results.
  hidden: VISUALLY_HIDDEN,
});

export interface NoticesProps {
  readonly messages: readonly PaneMessage[];
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onRun: (action: ActionName) => void;
  readonly onDismiss: (id: string) => void;
  /** Actions are shown but do nothing while one runs. */
  readonly busy?: boolean;
}

/**
 * The pane's messages as MessageBars, each dismissible, in the order paneMessages gives (errors first).
 * Errors are alerts (read out at once); everything else is announced politely, once.
 */
export function Notices({ messages, onSelect, onRun, onDismiss, busy }: NoticesProps) {
  const styles = useStyles();
  const polite = messages
    .filter((m) => m.intent !== "error")
    .map((m) => (m.title ? `${m.title}. ${m.text}` : m.text))
    .join(" ");
  return (
    <>
      {messages.length > 0 && (
        <div className={styles.list}>
          {messages.map((m) => (
            <Bar
              key={m.id}
              message={m}
              onSelect={onSelect}
              onRun={onRun}
              onDismiss={onDismiss}
              busy={busy}
            />
          ))}
        </div>
      )}
      <div role="status" aria-live="polite" className={styles.hidden} data-testid="announce">
        {polite}
      </div>
    </>
  );
}

function Bar({
  message: m,
  onSelect,
  onRun,
  onDismiss,
  busy,
}: { message: PaneMessage } & Omit<NoticesProps, "messages">) {
  const bodyId = useId("message");
  return (
    <MessageBar
      intent={m.intent}
      layout="multiline"
      role={m.intent === "error" ? "alert" : "group"}
      aria-labelledby={bodyId}
      data-intent={m.intent}
      data-testid={m.summary ? "summary" : undefined}
      politeness={m.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody id={bodyId}>
        {m.title && <MessageBarTitle>{m.title}</MessageBarTitle>}
        {m.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            aria-label="Dismiss"
            appearance="transparent"
            size="small"
            icon={<Dismiss20Regular />}
            onClick={() => onDismiss(m.id)}
          />
        }
      >
        {m.sheet && m.cell && (
          <Button size="small" onClick={() => onSelect(m.sheet ?? "", m.cell ?? "")}>
            {`Go to ${m.cell}`}
          </Button>
        )}
        {m.action && (
          <Button
            size="small"
            disabledFocusable={busy}
            onClick={() => m.action && onRun(m.action.run)}
          >
            {m.action.label}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
