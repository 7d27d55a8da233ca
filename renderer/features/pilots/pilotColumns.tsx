import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import { Link } from 'react-router';
import { PILOT_COLUMN_LAYOUT, pilotCell, type PilotColumnId, type PilotLink } from './pilotCells';
import { PILOT_SORTS, type PilotRow } from './pilotRows';

export type { PilotRow } from './pilotRows';

/** TanStack's form of the column's sort (the Pilots page sorts its rows itself, with the same). */
const sortBy = (id: string): SortingFn<PilotRow> => {
  const compare = PILOT_SORTS[id];
  if (!compare) throw new Error(`No sort for the column ${id}`);
  return (a, b) => compare(a.original, b.original);
};

/** The value TanStack holds for each column (the cells themselves come from pilotCell). */
const VALUE_OF: Record<PilotColumnId, (row: PilotRow) => string | number> = {
  name: (r) => r.name,
  stage: (r) => r.stage,
  businessUnit: (r) => r.businessUnit,
  sponsorName: (r) => r.sponsorName,
  leadName: (r) => r.leadName,
  nextReview: (r) => r.nextReviewDate ?? '',
  budget: (r) => r.budget,
  fte: (r) => r.fte,
  tags: (r) => r.tags.join(', '),
};

const RouterPilotLink: PilotLink = ({ pilotId, className, title, children }) => (
  <Link className={className} to={`/pilots/${pilotId}`} title={title}>
    {children}
  </Link>
);

/**
 * The Pilots table's columns (PILOT_COLUMN_LAYOUT) for TanStack. Every column says how it sorts
 * and which way first (text and dates ascending, figures descending), so clicking a header never
 * needs TanStack to look at rows. Reviews before `today` show as overdue.
 */
export function pilotColumns(currency: string, today: string): ColumnDef<PilotRow, unknown>[] {
  const context = { currency, today, PilotLink: RouterPilotLink };
  return PILOT_COLUMN_LAYOUT.map((layout) => ({
    id: layout.id,
    header: layout.header,
    accessorFn: VALUE_OF[layout.id],
    size: layout.size,
    ...(layout.unsortable
      ? { enableSorting: false }
      : { sortingFn: sortBy(layout.id), sortDescFirst: layout.numeric === true }),
    meta: { grow: layout.grow === true, numeric: layout.numeric === true },
    cell: ({ row }) => pilotCell(layout.id, row.original, context),
  }));
}
