import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { Gavel } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DECISION_KINDS } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useUrlFilters } from '../../app/useUrlFilters';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { VirtualTable } from '../../components/VirtualTable';
import { formatNumber } from '../../components/format';
import { decisionColumns, type DecisionRow } from './decisionColumns';
import { FILTER_KEYS, filterDecisionRows } from './decisionFilters';
import { earnedVerdict } from './earned';

/** The portfolio-wide decision log: every decision, filterable and searchable, newest first. */
export function DecisionsPage() {
  const db = useDb();
  const settings = useSettings();
  const { filters, filtered, setFilter, clearFilters } = useUrlFilters(FILTER_KEYS);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: true }]);
  const data = useLiveQuery(async () => {
    const [decisions, pilots] = await Promise.all([db.decisions.toArray(), db.pilots.toArray()]);
    return { decisions, pilots };
  }, [db]);

  const rows = useMemo<DecisionRow[]>(() => {
    if (!data) return [];
    const pilots = new Map(data.pilots.map((p) => [p.id, p]));
    return data.decisions.map((decision) => {
      const pilot = pilots.get(decision.pilotId);
      return {
        decision,
        pilotName: pilot?.name ?? '(deleted pilot)',
        businessUnit: pilot?.businessUnit ?? '',
        verdict: earnedVerdict(decision),
      };
    });
  }, [data]);
  const businessUnits = useMemo(
    () => [...new Set(rows.map((r) => r.businessUnit).filter(Boolean))].sort(),
    [rows],
  );
  const visible = useMemo(() => filterDecisionRows(rows, filters), [rows, filters]);
  const columns = useMemo(() => decisionColumns(settings?.currency ?? 'EUR'), [settings?.currency]);

  const table = useReactTable({
    data: visible,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const header = (
    <PageHeader
      title="Decisions"
      description="Every expand, continue, pivot and stop decision across the portfolio, with whether each expansion was earned by the evidence at the time."
    />
  );
  if (!data) {
    return (
      <div className="page-inner">
        {header}
        <div className="loading" role="status">
          Loading decisions…
        </div>
      </div>
    );
  }
  if (rows.length === 0) {
    return (
      <div className="page-inner">
        {header}
        <div className="card">
          <EmptyState
            icon={<Gavel />}
            title="No decisions yet"
            actions={
              <Link className="btn btn-primary" to="/pilots">
                Go to pilots
              </Link>
            }
          >
            Open a pilot and choose “Record decision” after its review. The decision is logged here
            with the recommendation and evidence frozen at that moment.
          </EmptyState>
        </div>
      </div>
    );
  }

  const expansions = visible.filter((r) => r.verdict);
  const earned = expansions.filter((r) => r.verdict?.earned).length;

  return (
    <div className="page-inner">
      {header}
      <section className="card" aria-label="Decision log">
        <div className="table-toolbar">
          <input
            className="input search-input"
            type="search"
            placeholder="Search pilot, rationale, decider…"
            aria-label="Search decisions"
            value={filters.q}
            onChange={(e) => setFilter('q', e.target.value)}
          />
          <select
            className="select"
            aria-label="Filter by decision"
            value={filters.kind}
            onChange={(e) => setFilter('kind', e.target.value)}
          >
            <option value="">All decisions</option>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {DECISION_LABELS[k]}
              </option>
            ))}
          </select>
          <select
            className="select"
            aria-label="Filter by earned"
            value={filters.earned}
            onChange={(e) => setFilter('earned', e.target.value)}
          >
            <option value="">Earned or not</option>
            <option value="earned">Earned expansions</option>
            <option value="not-earned">Expansions not earned</option>
          </select>
          <select
            className="select"
            aria-label="Filter by business unit"
            value={filters.unit}
            onChange={(e) => setFilter('unit', e.target.value)}
          >
            <option value="">All business units</option>
            {businessUnits.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          {filtered && (
            <Button variant="ghost" size="sm" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
        </div>
        <VirtualTable
          table={table}
          label="Decisions"
          emptyMessage="No decision matches these filters."
        />
        <div className="table-footer" role="status">
          <span>
            {formatNumber(visible.length)} of {formatNumber(rows.length)} decisions
          </span>
          <span>
            {expansions.length === 0
              ? 'No expansions shown'
              : `${formatNumber(earned)} of ${formatNumber(expansions.length)} expansions earned`}
          </span>
        </div>
      </section>
    </div>
  );
}
