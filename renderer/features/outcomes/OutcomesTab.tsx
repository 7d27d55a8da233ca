import { useLiveQuery } from 'dexie-react-hooks';
import { Library, Plus, Target } from 'lucide-react';
import { useState } from 'react';
import type { MetricSummary } from '@shared/domain';
import type { Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { usePilotEvaluation } from '../../app/queries/usePilotEvaluation';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { MetricCard } from './MetricCard';
import { MetricDialog, type MetricDialogState } from './MetricDialog';

interface CardData {
  metric: Metric;
  summary: MetricSummary;
}

/**
 * A pilot's outcome metrics — first, large, what the pilot is judged by — then its activity
 * metrics, smaller and labelled as never earning resources on their own.
 */
export function OutcomesTab({ pilotId }: { pilotId: string }) {
  const db = useDb();
  const data = usePilotEvaluation(pilotId);
  const currency = useSettings()?.currency ?? 'EUR';
  const libraryIds = useLiveQuery(
    async () => new Set((await db.metricDefinitions.toCollection().primaryKeys()).map(String)),
    [db],
  );
  const [dialog, setDialog] = useState<MetricDialogState>(null);

  if (data === undefined) {
    return (
      <div className="loading" role="status">
        Loading metrics…
      </div>
    );
  }
  if (data === null) return null;

  const byId = new Map(data.metrics.map((m) => [m.id, m]));
  // The evaluation's order: outcome metrics first, then activity, by name within each.
  const cards: CardData[] = data.evaluation.summaries.flatMap((summary) => {
    const metric = byId.get(summary.metricId);
    return metric ? [{ metric, summary }] : [];
  });
  const outcomes = cards.filter((c) => c.metric.kind === 'outcome');
  const activity = cards.filter((c) => c.metric.kind === 'activity');

  const addButtons = (
    <>
      <Button onClick={() => setDialog({ mode: 'library' })}>
        <Library size={15} aria-hidden="true" /> Add from library
      </Button>
      <Button variant="primary" onClick={() => setDialog({ mode: 'create' })}>
        <Plus size={15} aria-hidden="true" /> Add metric
      </Button>
    </>
  );

  const renderCard = ({ metric, summary }: CardData) => (
    <MetricCard
      key={metric.id}
      metric={metric}
      summary={summary}
      series={data.seriesByMetric.get(metric.id)}
      currency={currency}
      inLibrary={metric.definitionId !== null && (libraryIds?.has(metric.definitionId) ?? false)}
      onEdit={() => setDialog({ mode: 'edit', metric })}
    />
  );

  return (
    <div className="outcomes">
      {cards.length === 0 ? (
        <div className="card">
          <EmptyState icon={<Target />} title="No metrics yet" actions={addButtons}>
            Add the business outcome this pilot should move — cycle time, cost per case, error rate
            — with its baseline before the pilot and the target it aims for. Then record a
            measurement each week or month; the evidence and the recommendation follow from them.
          </EmptyState>
        </div>
      ) : (
        <>
          <section className="outcomes-section" aria-labelledby="outcome-metrics-heading">
            <div className="outcomes-section-header">
              <div>
                <h2 id="outcome-metrics-heading">Outcome metrics</h2>
                <p className="muted">
                  What this pilot is judged by: each against its baseline and target.
                </p>
              </div>
              <div className="page-actions">{addButtons}</div>
            </div>
            {outcomes.length === 0 ? (
              <p className="outcomes-missing card">
                No outcome metric yet. Activity alone never earns a pilot resources — add the
                business outcome it should move.
              </p>
            ) : (
              <div className="metric-grid metric-grid-outcome">{outcomes.map(renderCard)}</div>
            )}
          </section>
          {activity.length > 0 && (
            <section
              className="outcomes-section outcomes-activity"
              aria-labelledby="activity-metrics-heading"
            >
              <div className="outcomes-section-header">
                <div>
                  <h2 id="activity-metrics-heading">
                    Activity (secondary — never earns resources on its own)
                  </h2>
                  <p className="muted">
                    How busy the pilot is. Busy but not better is a reason to pivot, not to expand.
                  </p>
                </div>
              </div>
              <div className="metric-grid metric-grid-activity">{activity.map(renderCard)}</div>
            </section>
          )}
        </>
      )}
      <MetricDialog pilotId={pilotId} state={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}
