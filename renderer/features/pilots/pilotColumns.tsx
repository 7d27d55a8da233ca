import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import { Link } from 'react-router';
import { formatDate, formatMoney, formatNumber } from '../../components/format';
import { StageBadge } from '../../components/StageBadge';
import { isReviewOverdue, PILOT_SORTS, type PilotRow } from './pilotRows';

export type { PilotRow } from './pilotRows';

const column = createColumnHelper<PilotRow>();

/** TanStack's form of the column's sort (the Pilots page sorts its rows itself, with the same). */
const sortBy = (id: string): SortingFn<PilotRow> => {
  const compare = PILOT_SORTS[id];
  if (!compare) throw new Error(`No sort for the column ${id}`);
  return (a, b) => compare(a.original, b.original);
};

/** A text cell that may be cut short: its whole text stays available on hover. */
const textCell = (text: string) => <span title={text || undefined}>{text}</span>;

/**
 * The Pilots table's columns. Every column says how it sorts and which way first (text and dates
 * ascending, figures descending), so clicking a header never needs TanStack to look at rows.
 * Reviews before `today` show as overdue. The default columns fit a 1280-pixel window without
 * scrolling sideways; the name and the people's columns take the room a wider one gives.
 */
export function pilotColumns(currency: string, today: string) {
  return [
    column.accessor((r) => r.name, {
      id: 'name',
      header: 'Pilot',
      sortingFn: sortBy('name'),
      size: 192,
      meta: { grow: true },
      cell: ({ row }) => (
        <>
          <Link
            className="cell-primary"
            to={`/pilots/${row.original.id}`}
            title={row.original.name}
          >
            {row.original.name}
          </Link>
          {row.original.summary && (
            <span className="cell-sub" title={row.original.summary}>
              {row.original.summary}
            </span>
          )}
        </>
      ),
    }),
    column.accessor((r) => r.stage, {
      id: 'stage',
      header: 'Stage',
      // The widest badge ("Scaling", "Stopped") whole.
      size: 108,
      sortingFn: sortBy('stage'),
      filterFn: 'equalsString',
      cell: ({ getValue }) => <StageBadge stage={getValue()} />,
    }),
    column.accessor((r) => r.businessUnit, {
      id: 'businessUnit',
      header: 'Business unit',
      sortingFn: sortBy('businessUnit'),
      // Its header whole: a column narrower than its header's text widened the table by it.
      size: 116,
      meta: { grow: true },
      filterFn: 'equalsString',
      cell: ({ getValue }) => textCell(getValue()),
    }),
    column.accessor('sponsorName', {
      id: 'sponsorName',
      header: 'Sponsor',
      size: 130,
      meta: { grow: true },
      sortingFn: sortBy('sponsorName'),
      cell: ({ getValue }) => textCell(getValue()),
    }),
    column.accessor('leadName', {
      id: 'leadName',
      header: 'Lead',
      size: 130,
      meta: { grow: true },
      sortingFn: sortBy('leadName'),
      cell: ({ getValue }) => textCell(getValue()),
    }),
    column.accessor((r) => r.nextReviewDate ?? '', {
      id: 'nextReview',
      header: 'Next review',
      size: 118,
      sortingFn: sortBy('nextReview'),
      cell: ({ row }) => {
        const overdue = isReviewOverdue(row.original, today);
        return (
          <span className={overdue ? 'overdue' : undefined}>
            {formatDate(row.original.nextReviewDate)}
            {overdue && <span className="visually-hidden"> (overdue)</span>}
          </span>
        );
      },
    }),
    column.accessor((r) => r.budget, {
      id: 'budget',
      header: 'Budget',
      size: 104,
      sortingFn: sortBy('budget'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: ({ getValue }) => formatMoney(getValue(), currency),
    }),
    column.accessor((r) => r.fte, {
      id: 'fte',
      header: 'FTE',
      size: 68,
      sortingFn: sortBy('fte'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: ({ getValue }) => formatNumber(getValue(), 1),
    }),
    column.accessor((r) => r.tags.join(', '), {
      id: 'tags',
      header: 'Tags',
      size: 180,
      meta: { grow: true },
      // Several tags a pilot: there is no one order to sort them by. Search finds them.
      enableSorting: false,
      cell: ({ getValue }) => textCell(getValue()),
    }),
  ];
}
