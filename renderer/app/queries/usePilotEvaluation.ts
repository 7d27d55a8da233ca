import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import { evaluatePilot, type PilotEvaluation } from '@shared/domain';
import {
  defaultGateCriteria,
  type MeasurementSeries,
  type Metric,
  type Pilot,
} from '@shared/model';
import { useDb } from '../PortfolioContext';
import type { AttributedAgentCost } from '@shared/domain/agents';
import { useSettings } from './useSettings';
import { usePilotAgentCosts } from './usePilotAgentCosts';

export interface PilotEvaluationData {
  pilot: Pilot;
  metrics: Metric[];
  seriesByMetric: Map<string, MeasurementSeries>;
  evaluation: PilotEvaluation;
  /** The agents' costs the evaluation counted, one per assignment in the pilot. */
  agentCosts: AttributedAgentCost[];
}

/**
 * A pilot's live evaluation: its metrics and series read from the database, summarised and
 * judged by the same pure function the portfolio worker uses. Undefined while loading, null when
 * the pilot does not exist.
 */
export function usePilotEvaluation(pilotId: string): PilotEvaluationData | null | undefined {
  const db = useDb();
  const settings = useSettings();
  const agentCosts = usePilotAgentCosts(pilotId);
  const data = useLiveQuery(async () => {
    const pilot = await db.pilots.get(pilotId);
    if (!pilot) return null;
    const [metrics, series] = await Promise.all([
      db.metrics.where('pilotId').equals(pilotId).toArray(),
      db.series.where('pilotId').equals(pilotId).toArray(),
    ]);
    return { pilot, metrics, seriesByMetric: new Map(series.map((s) => [s.metricId, s])) };
  }, [db, pilotId]);

  return useMemo(() => {
    if (data === undefined || settings === undefined || agentCosts === undefined) return undefined;
    if (data === null) return null;
    const evaluation = evaluatePilot({
      ...data,
      agentCosts,
      criteria: { ...defaultGateCriteria, ...settings.gateCriteria },
      today: todayIso(),
    });
    return { ...data, evaluation, agentCosts };
  }, [data, settings, agentCosts]);
}
