import * as React from "react";
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import { ActionName } from "../hooks/use-pane-actions";
import { HELP_INDEX } from "../help";
import { ACTION_LABELS, ITEMS, ITEM_ICONS } from "./action-bar";

export interface OverflowMenuProps {
  /** The "More actions" button the menu opens from. */
  readonly target: HTMLElement | null;
  readonly busy: boolean;
  readonly onRun: (action: ActionName) => void;
  readonly onClose: () => void;
}

/** The toolbar items that did not fit, as a menu under "More actions" (its own chunk). */
export default function OverflowMenu({ target, busy, onRun, onClose }: OverflowMenuProps) {
  return (
    <Menu
      open
      // Drawn inside the pane (not at the end of the page), so it sits in the pane's landmark.
      inline
      positioning={{ target, position: "below", align: "end" }}
      onOpenChange={(_e, d) => !d.open && onClose()}
    >
      <MenuPopover>
        <MenuList aria-label="More actions">
          {ITEMS.map((item) => (
            <HiddenItem key={item} item={item} busy={busy} onRun={onRun} onClose={onClose} />
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
  onClose,
}: {
  item: ActionName | "help";
  busy: boolean;
  onRun: (a: ActionName) => void;
  onClose: () => void;
}) {
  if (useIsOverflowItemVisible(item)) return null;
  if (item === "help") {
    return (
      <MenuItem
        icon={ITEM_ICONS.help}
        onClick={() => {
          globalThis.open?.(HELP_INDEX, "_blank", "noopener");
          onClose();
        }}
      >
        Help (opens in a new window)
      </MenuItem>
    );
  }
  return (
    <MenuItem icon={ITEM_ICONS[item]} disabled={busy} onClick={() => onRun(item)}>
      {ACTION_LABELS[item]}
    </MenuItem>
  );
}
