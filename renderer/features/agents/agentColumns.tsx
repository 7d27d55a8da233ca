import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { AGENT_STATUSES } from '@shared/model';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';
import { AgentStatusBadge } from './AgentStatusBadge';
import type { AgentRow } from './agentRows';

const column = createColumnHelper<AgentRow>();

export function agentColumns(currency: string) {
  return [
    column.accessor((r) => r.agent.name, {
      id: 'name',
      header: 'Agent',
      size: 220,
      meta: { grow: true },
      cell: ({ row }) => (
        <>
          <Link className="cell-primary" to={`/agents/${row.original.agent.id}`}>
            {row.original.agent.name}
          </Link>
          <span className="cell-sub">
            {row.original.duplicate && (
              <span className="duplicate-flag">Possible duplicate · </span>
            )}
            {row.original.agent.purpose || row.original.agent.platform}
          </span>
        </>
      ),
    }),
    column.accessor('ownerName', { header: 'Owner', size: 130 }),
    column.accessor((r) => r.agent.status, {
      id: 'status',
      header: 'Status',
      size: 100,
      filterFn: 'equalsString',
      sortingFn: (a, b) =>
        AGENT_STATUSES.indexOf(a.original.agent.status) -
        AGENT_STATUSES.indexOf(b.original.agent.status),
      cell: ({ getValue }) => <AgentStatusBadge status={getValue()} />,
    }),
    column.accessor((r) => r.agent.capabilities.join(', '), {
      id: 'capabilities',
      header: 'Capabilities',
      size: 150,
      enableSorting: false,
      cell: ({ getValue }) => (
        <span className="cell-clip" title={getValue()}>
          {getValue() || <span className="muted">—</span>}
        </span>
      ),
    }),
    column.accessor((r) => r.pilotNames.length, {
      id: 'pilots',
      header: 'Pilots',
      size: 72,
      meta: { numeric: true },
      cell: ({ row }) => (
        <span title={row.original.pilotNames.join(', ')}>
          {formatNumber(row.original.pilotNames.length)}
        </span>
      ),
    }),
    column.accessor('servedCount', {
      header: 'Serves',
      size: 78,
      meta: { numeric: true },
      cell: ({ getValue }) => (
        <span title={`Serves ${formatNumber(getValue())} people`}>{formatNumber(getValue())}</span>
      ),
    }),
    column.accessor((r) => r.agent.buildCost, {
      id: 'buildCost',
      header: 'Build cost',
      size: 100,
      meta: { numeric: true },
      cell: ({ getValue }) => formatMoney(getValue(), currency),
    }),
    column.accessor((r) => r.agent.monthlyRunningCost, {
      id: 'monthlyCost',
      header: 'Per month',
      size: 92,
      meta: { numeric: true },
      cell: ({ getValue }) => formatMoney(getValue(), currency),
    }),
    column.accessor((r) => r.correction.rate ?? -1, {
      id: 'correction',
      header: 'Corrected',
      size: 92,
      meta: { numeric: true },
      cell: ({ row }) =>
        row.original.correction.rate === null ? (
          <span className="muted" title="No supervision logged yet">
            —
          </span>
        ) : (
          <span
            title={`${formatNumber(row.original.correction.corrected)} of ${formatNumber(row.original.correction.reviewed)} items reviewed`}
          >
            {formatPercent(row.original.correction.rate)}
          </span>
        ),
    }),
  ];
}
