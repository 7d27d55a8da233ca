import type { Metric, MetricDefinition } from '@shared/model';
import { createMetricDefinition, updateMetric, type PortfolioDatabase } from '../../db';

export interface SavedToLibrary {
  definition: MetricDefinition;
  /** False when an identical definition was already in the library (and is now linked). */
  created: boolean;
}

/** The fields that make two definitions "the same way of measuring". */
function sameWay(d: MetricDefinition, m: Metric): boolean {
  return (
    d.name.trim().toLowerCase() === m.name.trim().toLowerCase() &&
    d.unit.trim() === m.unit.trim() &&
    d.kind === m.kind &&
    d.direction === m.direction &&
    d.cadence === m.cadence
  );
}

/**
 * Puts a metric's way of measuring (name, unit, kind, direction, cadence) into the library and
 * links the metric to it. An identical entry is reused rather than duplicated: two "Cycle time
 * (days)" entries would split the portfolio into two ways of measuring the same thing.
 */
export async function saveMetricToLibrary(
  db: PortfolioDatabase,
  metric: Metric,
): Promise<SavedToLibrary> {
  const candidates = await db.metricDefinitions.toArray();
  let definition = candidates.find((d) => sameWay(d, metric));
  const created = definition === undefined;
  definition ??= await createMetricDefinition(db, {
    name: metric.name,
    unit: metric.unit,
    kind: metric.kind,
    direction: metric.direction,
    cadence: metric.cadence,
    description: '',
  });
  if (metric.definitionId !== definition.id) {
    await updateMetric(db, metric.id, { definitionId: definition.id });
  }
  return { definition, created };
}
