import { createColumnHelper } from '@tanstack/react-table';
import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';
import type { Decision } from '@shared/model';
import { StageBadge } from '../../components/StageBadge';
import { formatDate } from '../../components/format';
import { DecisionKindBadge } from './DecisionKindBadge';
import { EarnedBadge } from './EarnedBadge';
import type { EarnedVerdict } from './earned';
import { resourceChanges, signedMoney } from './resourceFormat';

/** A decision with its pilot's name and unit resolved, as the portfolio-wide log shows it. */
export interface DecisionRow {
  decision: Decision;
  pilotName: string;
  businessUnit: string;
  verdict: EarnedVerdict | null;
}

const column = createColumnHelper<DecisionRow>();

export function decisionColumns(currency: string) {
  return [
    column.accessor((r) => `${r.decision.date} ${r.decision.createdAt}`, {
      id: 'date',
      header: 'Date',
      size: 132,
      cell: ({ row }) => (
        <time dateTime={row.original.decision.date}>{formatDate(row.original.decision.date)}</time>
      ),
    }),
    column.accessor('pilotName', {
      header: 'Pilot',
      size: 195,
      cell: ({ row }) => (
        <>
          <Link
            className="cell-primary"
            to={`/pilots/${row.original.decision.pilotId}/decisions?decision=${row.original.decision.id}`}
          >
            {row.original.pilotName}
          </Link>
          {row.original.businessUnit && (
            <span className="cell-sub">{row.original.businessUnit}</span>
          )}
        </>
      ),
    }),
    column.accessor((r) => r.decision.kind, {
      id: 'kind',
      header: 'Decision',
      size: 130,
      // Stacked, so the column stays narrow enough for the rationale to show at 1360 px.
      cell: ({ row }) => (
        <span className="cell-stack">
          <DecisionKindBadge kind={row.original.decision.kind} />
          {row.original.verdict && <EarnedBadge verdict={row.original.verdict} />}
        </span>
      ),
    }),
    column.display({
      id: 'stage',
      header: 'Stage',
      size: 205,
      cell: ({ row }) => {
        const d = row.original.decision;
        return (
          <span className="cell-badges">
            <StageBadge stage={d.stageBefore} />
            {d.stageBefore !== d.stageAfter && (
              <>
                <ArrowRight size={13} aria-label="to" />
                <StageBadge stage={d.stageAfter} />
              </>
            )}
          </span>
        );
      },
    }),
    column.accessor((r) => r.decision.budgetDelta, {
      id: 'budget',
      header: 'Resources',
      size: 140,
      meta: { numeric: true },
      cell: ({ row }) => {
        const d = row.original.decision;
        const others = resourceChanges({ ...d, budgetDelta: 0 }, currency);
        return (
          <>
            <span>{d.budgetDelta === 0 ? '—' : signedMoney(d.budgetDelta, currency)}</span>
            {others.length > 0 && <span className="cell-sub">{others.join(' · ')}</span>}
          </>
        );
      },
    }),
    column.accessor((r) => r.decision.rationale, {
      id: 'rationale',
      header: 'Rationale',
      size: 210,
      meta: { grow: true },
      enableSorting: false,
      cell: ({ row }) => (
        <>
          <span className="cell-text" title={row.original.decision.rationale}>
            {row.original.decision.rationale || '—'}
          </span>
          <span className="cell-sub">Decided by {row.original.decision.decidedBy || '—'}</span>
        </>
      ),
    }),
  ];
}
