import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { Bot, Network, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AGENT_STATUSES } from '@shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/VirtualTable';
import { AgentDialog } from './AgentDialog';
import { agentColumns } from './agentColumns';
import { agentRows } from './agentRows';
import { AGENT_STATUS_LABELS } from './AgentStatusBadge';
import { DuplicateClusters } from './DuplicateClusters';
import { ReuseTiles } from './ReuseTiles';
import { useAgentsData } from './useAgentsData';

/** The agent registry: every agent with its owner, use, cost and correction rate; reuse; duplicates. */
export function AgentsPage() {
  const data = useAgentsData();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const rows = useMemo(() => (data ? agentRows(data) : []), [data]);
  const currency = data?.settings.currency ?? 'EUR';
  const columns = useMemo(() => agentColumns(currency), [currency]);

  const table = useReactTable({
    data: rows,
    columns,
    state: {
      sorting,
      globalFilter: search,
      columnFilters: status ? [{ id: 'status', value: status }] : [],
    },
    onSortingChange: setSorting,
    globalFilterFn: (row, _id, filter: string) => {
      const needle = filter.trim().toLowerCase();
      if (!needle) return true;
      const r = row.original;
      return [
        r.agent.name,
        r.agent.purpose,
        r.agent.platform,
        r.ownerName,
        ...r.agent.capabilities,
        ...r.pilotNames,
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

  const newAgentButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      <Plus size={16} aria-hidden="true" /> New agent
    </Button>
  );

  if (!data) {
    return (
      <div className="loading" role="status">
        Loading agents…
      </div>
    );
  }

  const duplicationCost = data.clusters.reduce((s, c) => s + c.yearlyCost, 0);
  return (
    <div className="page-inner">
      <PageHeader
        title="Agents"
        description="The registry of AI agents: who owns them, whom they serve, who supervises them, what they cost."
        actions={
          <>
            <Link className="btn" to="/orchestration">
              <Network size={16} aria-hidden="true" /> Orchestration map
            </Link>
            {newAgentButton}
          </>
        }
      />
      {data.agents.length === 0 ? (
        <div className="card">
          <EmptyState icon={<Bot />} title="No agents yet" actions={newAgentButton}>
            Register each agent with its owner, purpose, capabilities and costs, then put it to work
            in pilots: the people it serves, who supervises it, and for how many hours a week.
          </EmptyState>
        </div>
      ) : (
        <>
          <ReuseTiles
            reuse={data.reuse}
            registered={data.agents.length}
            duplicationCost={duplicationCost}
            clusters={data.clusters.length}
            currency={currency}
          />
          <section className="card" aria-label="Agent registry">
            <div className="table-toolbar">
              <input
                className="input search-input"
                type="search"
                placeholder="Search agents…"
                aria-label="Search agents"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <select
                className="select"
                aria-label="Filter by status"
                value={status}
                onChange={(e) => setStatus(e.target.value)}
              >
                <option value="">All statuses</option>
                {AGENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {AGENT_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <VirtualTable
              table={table}
              label="Agents"
              emptyMessage="No agent matches these filters."
            />
            <div className="table-footer" role="status">
              <span>
                {formatNumber(table.getRowModel().rows.length)} of {formatNumber(rows.length)}{' '}
                agents
              </span>
              <span>
                Pilots and people served count active assignments · corrected = items corrected ÷
                reviewed
              </span>
            </div>
          </section>
          <DuplicateClusters data={data} />
        </>
      )}
      <AgentDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
