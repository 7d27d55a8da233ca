import {
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { Plus, Rocket } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { todayIso } from '@shared/dates';
import { useDb } from '../../app/PortfolioContext';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { StageOptions } from '../../components/StageBadge';
import { VirtualTable } from '../../components/VirtualTable';
import { PilotColumnsMenu } from './PilotColumnsMenu';
import { pilotColumns } from './pilotColumns';
import { viewPilotsTable, type PilotRow } from './pilotRows';
import { useSettings } from '../../app/queries/useSettings';
import { takeEarlyPilotsTable } from '../../app/startup';
import { PilotsTableSource } from './pilotsTableSource';

/** No rows, the same array each render (VirtualTable remakes its rows when given new ones). */
const NO_ROWS: PilotRow[] = [];

export function PilotsPage() {
  const db = useDb();
  const settings = useSettings();
  const tableState = useUiStore((s) => s.pilotsTable);
  const setTableState = useUiStore((s) => s.setPilotsTable);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  // The table start-up began reading when the app opened on this page, else a new one; either
  // reads in a worker and again after every write to the pilots or people.
  const source = useMemo(
    () =>
      takeEarlyPilotsTable(db) ??
      new PilotsTableSource(db, useUiStore.getState().pilotsTable.sorting),
    [db],
  );
  const data = useObservable(() => source, [source]);
  // Later reads come in the table's current order, so a sorted view is only filtered.
  useEffect(() => source.preferSorting(tableState.sorting), [source, tableState.sorting]);
  const pilots = data?.rows;

  const today = todayIso();
  // The page filters and sorts the rows itself and hands TanStack only the result, which the
  // table turns into row objects only for the rows in view (see VirtualTable's `rows`).
  // Null while only the first rows are read and the view asks for more (see viewPilotsTable).
  const view = useMemo(() => (data ? viewPilotsTable(data, tableState) : []), [data, tableState]);
  const shown = view ?? NO_ROWS;
  const total = data?.total ?? 0;
  const reading = `Reading all ${formatNumber(total)} pilots…`;
  // While only the first rows are in, the units come from the pilots' index (its keys alone), so
  // the filter offers every unit at once, not those of the first rows.
  const partial = pilots !== undefined && pilots.length < total;
  const indexedUnits = useLiveQuery(
    async () =>
      partial ? (await db.pilots.orderBy('businessUnit').uniqueKeys()).map(String) : undefined,
    [db, partial],
  );
  const businessUnits = useMemo(
    () =>
      [
        ...new Set((indexedUnits ?? (pilots ?? []).map((p) => p.businessUnit)).filter(Boolean)),
      ].sort(),
    [pilots, indexedUnits],
  );
  const columns = useMemo(
    () => pilotColumns(settings?.currency ?? 'EUR', today),
    [settings?.currency, today],
  );

  const hiddenColumns = useUiStore((s) => s.pilotsHiddenColumns);
  const columnVisibility = useMemo(
    // The name is always shown, whatever a stored preference says.
    () => Object.fromEntries(hiddenColumns.filter((id) => id !== 'name').map((id) => [id, false])),
    [hiddenColumns],
  );
  const choosableColumns = useMemo(
    () =>
      columns.flatMap((c) =>
        c.id && c.id !== 'name' && typeof c.header === 'string'
          ? [{ id: c.id, label: c.header }]
          : [],
      ),
    [columns],
  );

  const table = useReactTable({
    data: shown,
    columns,
    state: { sorting: tableState.sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      setTableState({
        sorting: typeof updater === 'function' ? updater(tableState.sorting) : updater,
      }),
    manualSorting: true,
    manualFiltering: true,
    // Text and dates sort ascending first; the figure columns say descending themselves.
    sortDescFirst: false,
    getRowId: (row) => row.id,
    // There is no pagination; resetting it whenever the rows change would only cost renders.
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
  });

  const newPilotButton = (
    <Button variant="primary" onClick={() => openPilotDialog({ mode: 'create' })}>
      <Plus size={16} aria-hidden="true" /> New pilot
    </Button>
  );

  if (pilots === undefined) {
    return (
      <div className="loading" role="status">
        Loading pilots…
      </div>
    );
  }

  return (
    <div className="page-inner">
      <PageHeader
        title="Pilots"
        description="Every pilot in the portfolio: where it stands on the ladder, who sponsors it, and when it is next reviewed."
      />
      {total === 0 ? (
        <div className="card">
          <EmptyState icon={<Rocket />} title="No pilots yet" actions={newPilotButton}>
            Register your first pilot: what problem it tackles, who sponsors and leads it, and when
            it is next reviewed. Outcomes, agents and decisions attach to it.
          </EmptyState>
        </div>
      ) : (
        <section className="card" aria-label="Pilots table">
          <div className="table-toolbar">
            <input
              className="input search-input"
              type="search"
              placeholder="Search name, summary, people, tags…"
              aria-label="Search pilots"
              value={tableState.search}
              onChange={(e) => setTableState({ search: e.target.value })}
            />
            <select
              className="select"
              aria-label="Filter by stage"
              value={tableState.stage}
              onChange={(e) => setTableState({ stage: e.target.value })}
            >
              <option value="">All stages</option>
              <StageOptions />
            </select>
            <select
              className="select unit-filter"
              aria-label="Filter by business unit"
              value={tableState.businessUnit}
              onChange={(e) => setTableState({ businessUnit: e.target.value })}
            >
              <option value="">All business units</option>
              {businessUnits.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
            {(tableState.search || tableState.stage || tableState.businessUnit) && (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setTableState({ search: '', stage: '', businessUnit: '' })}
              >
                Clear filters
              </Button>
            )}
            <PilotColumnsMenu columns={choosableColumns} />
          </div>
          <VirtualTable
            table={table}
            rows={shown}
            // Only the first rows are in, in order: the scrollbar already spans all of them.
            rowCount={view && pilots.length < total ? total : undefined}
            label="Pilots"
            emptyMessage={view ? 'No pilot matches these filters.' : reading}
          />
          <div className="table-footer" role="status">
            <span>
              {view ? `${formatNumber(shown.length)} of ${formatNumber(total)} pilots` : reading}
              {/* A first answer holds only the first rows in order (the rest is being read), or
                  names the people and tags of the first rows only: a search or a sort by person
                  may find more once the rest is in, a moment later. */}
              {view && pilots.length < total && ' · reading the rest…'}
              {pilots.length === total && !data?.complete && ' · reading people and tags…'}
            </span>
            <span>Click a column to sort · N for a new pilot</span>
          </div>
        </section>
      )}
    </div>
  );
}
