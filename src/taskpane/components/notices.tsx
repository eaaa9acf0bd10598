import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../hooks/use-pane-actions";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface NoticesProps {
  readonly notices: readonly Notice[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** Results and failures as MessageBars: one plain sentence each, with "Go to cell" where one is named. */
export function Notices({ notices, onSelect }: NoticesProps) {
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.list} role="alert">
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent} layout="multiline">
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
          {n.sheet && n.cell && (
            <MessageBarActions>
              <Button size="small" onClick={() => onSelect(n.sheet ?? "", n.cell ?? "")}>
                {`Go to ${n.cell}`}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
