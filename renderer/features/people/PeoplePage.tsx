import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { Plus, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { Person } from '@shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/VirtualTable';
import { peopleColumns, type PersonRow } from './peopleColumns';
import { PersonDialog } from './PersonDialog';
import { SupervisionLoadCard } from './SupervisionLoadCard';
import { usePeopleData } from './usePeopleData';
import { usePersonDelete } from './usePersonDelete';

/** People: supervisors' load against capacity first, then everyone and the agents serving them. */
export function PeoplePage() {
  const data = usePeopleData();
  const [dialog, setDialog] = useState<Person | 'new' | null>(null);
  const [search, setSearch] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const deletion = usePersonDelete();

  const rows = useMemo<PersonRow[]>(() => {
    if (!data) return [];
    return data.people.map((person) => {
      const agentIds = [...new Set((data.servedBy.get(person.id) ?? []).map((a) => a.agentId))];
      return {
        person,
        servedBy: agentIds.map((id) => ({ id, name: data.agentsById.get(id)?.name ?? 'Agent' })),
        supervises: data.supervises.get(person.id)?.length ?? 0,
      };
    });
  }, [data]);
  const currency = data?.settings.currency ?? 'EUR';
  const defaultCapacity = data?.settings.supervisorDefaultCapacityHours ?? 0;
  const ask = deletion.ask;
  const columns = useMemo(
    () => peopleColumns({ currency, defaultCapacity, onEdit: setDialog, onDelete: ask }),
    [currency, defaultCapacity, ask],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    globalFilterFn: (row, _id, filter: string) => {
      const needle = filter.trim().toLowerCase();
      if (!needle) return true;
      const r = row.original;
      return [
        r.person.name,
        r.person.team,
        r.person.role,
        r.person.email,
        ...r.servedBy.map((a) => a.name),
      ]
        .join(' ')
        .toLowerCase()
        .includes(needle);
    },
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const newButton = (
    <Button variant="primary" onClick={() => setDialog('new')}>
      <Plus size={16} aria-hidden="true" /> New person
    </Button>
  );
  if (!data) {
    return (
      <div className="loading" role="status">
        Loading people…
      </div>
    );
  }

  return (
    <div className="page-inner">
      <PageHeader
        title="People"
        description="Sponsors, leads, supervisors and the people agents serve — and whether supervisors have the hours their agents need."
        actions={newButton}
      />
      {data.people.length === 0 ? (
        <div className="card">
          <EmptyState icon={<Users />} title="No people yet" actions={newButton}>
            Add the people around your pilots: sponsors and leads, the supervisors who review
            agents’ work (with the hours a week they can give), and the people agents serve.
          </EmptyState>
        </div>
      ) : (
        <>
          <SupervisionLoadCard data={data} />
          <section className="card" aria-label="Everyone">
            <div className="table-toolbar">
              <input
                className="input search-input"
                type="search"
                placeholder="Search name, team, role, agent…"
                aria-label="Search people"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <VirtualTable table={table} label="People" emptyMessage="Nobody matches this search." />
            <div className="table-footer" role="status">
              <span>
                {formatNumber(table.getRowModel().rows.length)} of {formatNumber(rows.length)}{' '}
                people
              </span>
              <span>Served by: agents serving them in active assignments</span>
            </div>
          </section>
        </>
      )}
      <PersonDialog
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        person={dialog === 'new' || dialog === null ? undefined : dialog}
      />
      {deletion.dialog}
    </div>
  );
}
