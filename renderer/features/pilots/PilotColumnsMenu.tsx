import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, Columns3 } from 'lucide-react';
import { DEFAULT_HIDDEN_PILOT_COLUMNS, useUiStore } from '../../app/uiStore';
import { DEFAULT_PILOT_SORTING } from './pilotsTableData';

export interface ChoosableColumn {
  id: string;
  label: string;
}

/**
 * The Pilots table's column choice: every column but the pilot's name can be shown or hidden,
 * and the choice is kept across reloads. Hiding the column the table is sorted by sorts by name
 * again — a sort by something no longer on screen would look like no order at all.
 */
export function PilotColumnsMenu(props: { columns: readonly ChoosableColumn[] }) {
  const hidden = useUiStore((s) => s.pilotsHiddenColumns);
  const setHidden = useUiStore((s) => s.setPilotsHiddenColumns);
  const sorting = useUiStore((s) => s.pilotsTable.sorting);
  const setTableState = useUiStore((s) => s.setPilotsTable);
  const shownCount = props.columns.filter((c) => !hidden.includes(c.id)).length;

  const toggle = (id: string, show: boolean) => {
    setHidden(show ? hidden.filter((h) => h !== id) : [...hidden, id]);
    if (!show && sorting.some((s) => s.id === id)) {
      setTableState({ sorting: [...DEFAULT_PILOT_SORTING] });
    }
  };

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="btn btn-ghost btn-sm table-toolbar-end">
        <Columns3 size={15} aria-hidden="true" /> Columns
        <span className="visually-hidden">
          : {shownCount + 1} of {props.columns.length + 1} shown
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu-content" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">Show columns</DropdownMenu.Label>
          <DropdownMenu.CheckboxItem className="menu-item" checked disabled>
            <Check size={15} aria-hidden="true" /> Pilot (always shown)
          </DropdownMenu.CheckboxItem>
          {props.columns.map((column) => {
            const shown = !hidden.includes(column.id);
            return (
              <DropdownMenu.CheckboxItem
                key={column.id}
                className="menu-item"
                checked={shown}
                // The menu stays open: several columns are usually chosen in one go.
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(checked) => toggle(column.id, checked)}
              >
                {shown ? (
                  <Check size={15} aria-hidden="true" />
                ) : (
                  <span className="menu-icon-space" aria-hidden="true" />
                )}
                {column.label}
              </DropdownMenu.CheckboxItem>
            );
          })}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => setHidden(DEFAULT_HIDDEN_PILOT_COLUMNS)}
          >
            <span className="menu-icon-space" aria-hidden="true" /> Default columns
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
