import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export interface RemoveDialogProps {
  readonly open: boolean;
  /** What would go, one line each (read from the workbook when the dialog opens). */
  readonly describe: () => Promise<readonly string[]>;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asks before taking the add-in's output out of the workbook, naming everything that would go. */
export default function RemoveDialog({ open, describe, onConfirm, onClose }: RemoveDialogProps) {
  const styles = useStyles();
  const [items, setItems] = React.useState<readonly string[] | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  React.useEffect(() => {
    if (!open) return undefined;
    let live = true;
    setItems(undefined);
    setProblem(undefined);
    describe().then(
      (list) => live && setItems(list),
      (e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e))
    );
    return () => {
      live = false;
    };
  }, [open, describe]);
  const nothing = items !== undefined && items.length === 0;
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()} modalType="alert">
      <DialogSurface aria-describedby="remove-what">
        <DialogBody>
          <DialogTitle>Remove LAA Monitor output?</DialogTitle>
          <DialogContent id="remove-what">
            {problem ? (
              <Text>{problem}</Text>
            ) : items === undefined ? (
              <Spinner size="small" label="Reading what LAA Monitor wrote…" />
            ) : nothing ? (
              <Text>
                LAA Monitor has written nothing into this workbook: no status columns, board sheets
                or names of its own. There is nothing to remove.
              </Text>
            ) : (
              <>
                <Text>This removes, and nothing else:</Text>
                <ul className={styles.list}>
                  {items.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                  <li>LAA Monitor&apos;s record of them (its LAAMonitor_ names)</li>
                </ul>
                <Text>
                  Your own cells stay as they are, including any you typed into a status column. The
                  settings saved in the workbook stay too.
                </Text>
              </>
            )}
          </DialogContent>
          <DialogActions>
            {!nothing && !problem && (
              <Button appearance="primary" disabled={items === undefined} onClick={onConfirm}>
                Remove
              </Button>
            )}
            <Button onClick={onClose}>{nothing || problem ? "Close" : "Cancel"}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
