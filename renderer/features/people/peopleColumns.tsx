import { createColumnHelper } from '@tanstack/react-table';
import { Pencil, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import type { Person } from '@shared/model';
import { Button } from '../../components/Button';
import { formatMoney, formatNumber } from '../../components/format';
import { ROLE_LABELS } from './personForm';

export interface PersonRow {
  person: Person;
  /** Agents serving them today: id and name. */
  servedBy: { id: string; name: string }[];
  supervises: number;
}

const column = createColumnHelper<PersonRow>();

export function peopleColumns(opts: {
  currency: string;
  defaultCapacity: number;
  onEdit: (p: Person) => void;
  onDelete: (p: Person) => void;
}) {
  return [
    column.accessor((r) => r.person.name, {
      id: 'name',
      header: 'Name',
      size: 190,
      meta: { grow: true },
      cell: ({ row }) => (
        <>
          <Link className="cell-primary" to={`/people/${row.original.person.id}`}>
            {row.original.person.name}
          </Link>
          {row.original.person.email && (
            <span className="cell-sub">{row.original.person.email}</span>
          )}
        </>
      ),
    }),
    column.accessor((r) => ROLE_LABELS[r.person.role], { id: 'role', header: 'Role', size: 105 }),
    column.accessor((r) => r.person.team, { id: 'team', header: 'Team', size: 130 }),
    column.accessor((r) => r.person.hourlyCost ?? -1, {
      id: 'hourlyCost',
      header: 'Hourly cost',
      size: 100,
      meta: { numeric: true },
      cell: ({ row }) =>
        row.original.person.hourlyCost === null ? (
          <span className="muted">—</span>
        ) : (
          formatMoney(row.original.person.hourlyCost, opts.currency)
        ),
    }),
    column.accessor((r) => r.person.oversightCapacityHours ?? opts.defaultCapacity, {
      id: 'capacity',
      header: 'Capacity',
      size: 90,
      meta: { numeric: true },
      cell: ({ row, getValue }) => (
        <span className={row.original.person.oversightCapacityHours === null ? 'muted' : undefined}>
          {formatNumber(getValue(), 1)} h
        </span>
      ),
    }),
    column.accessor((r) => r.servedBy.length, {
      id: 'servedBy',
      header: 'Served by agents',
      size: 230,
      cell: ({ row }) =>
        row.original.servedBy.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <span className="served-list" title={row.original.servedBy.map((a) => a.name).join(', ')}>
            {row.original.servedBy.map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <Link to={`/agents/${a.id}`}>{a.name}</Link>
              </span>
            ))}
          </span>
        ),
    }),
    column.accessor('supervises', {
      header: 'Supervises',
      size: 90,
      meta: { numeric: true },
      cell: ({ getValue }) =>
        getValue() ? formatNumber(getValue()) : <span className="muted">—</span>,
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      size: 84,
      cell: ({ row }) => (
        <span className="row-actions">
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={`Edit ${row.original.person.name}`}
            title="Edit"
            onClick={() => opts.onEdit(row.original.person)}
          >
            <Pencil size={14} aria-hidden="true" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            iconOnly
            aria-label={`Delete ${row.original.person.name}`}
            title="Delete"
            onClick={() => opts.onDelete(row.original.person)}
          >
            <Trash2 size={14} aria-hidden="true" />
          </Button>
        </span>
      ),
    }),
  ];
}
