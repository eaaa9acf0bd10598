import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface OutsideExcelProps {
  /** Why the pane cannot run: not in Office at all, or in an Office too old for what it needs. */
  readonly reason?: string;
  /** The headline; default "This pane runs inside Excel". */
  readonly title?: string;
}

/** What the pane shows when it is not running inside Excel: say so, and how to get there. */
export function OutsideExcel({ reason, title }: OutsideExcelProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>LAA Monitor</h1>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title ?? "This pane runs inside Excel"}</MessageBarTitle>
          {reason ??
            "This page is open in a browser, not in Excel, so there is no workbook to check."}
        </MessageBarBody>
      </MessageBar>
      <Text as="p">To use LAA Monitor:</Text>
      <ul className={styles.list}>
        <li>
          Excel on Windows or Mac: run <span className={styles.code}>npm start</span> in the project
          folder; it sideloads the add-in and opens Excel. The <b>LAA Monitor</b> group appears on
          the Home tab.
        </li>
        <li>
          Excel on the web: open a workbook, choose Home › Add-ins › More add-ins › Upload my
          add-in, and upload <span className={styles.code}>manifest.xml</span>.
        </li>
        <li>
          No Excel to hand: run <span className={styles.code}>npm run demo</span> and open{" "}
          <span className={styles.code}>http://localhost:3000/</span> to try the same pane on a
          sample workbook.
        </li>
      </ul>
    </main>
  );
}
