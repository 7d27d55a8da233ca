import {
  metricDefinitionFieldsSchema,
  metricDefinitionSchema,
  metricFieldsSchema,
  metricSchema,
  type Metric,
  type MetricDefinition,
  type MetricDefinitionFields,
  type MetricFields,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, ValidationError } from '../errors';
import { countOf, quoted, recordHistory } from '../history';
import { stampAfter, nextUpdatedAt } from '../timestamps';
import type { UndoToken } from '../undo';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { checkReferences, definedOnly, parseOrThrow } from './validation';

export const METRIC_DEFINITION_DEFAULTS: Omit<MetricDefinitionFields, 'name'> = {
  unit: '',
  kind: 'outcome',
  direction: 'higher',
  cadence: 'monthly',
  description: '',
};

export type MetricDefinitionDraft = Partial<MetricDefinitionFields> &
  Pick<MetricDefinitionFields, 'name'>;

export async function createMetricDefinition(
  db: PortfolioDatabase,
  draft: MetricDefinitionDraft,
): Promise<MetricDefinition> {
  const fields = parseOrThrow(metricDefinitionFieldsSchema, 'Metric definition', {
    ...METRIC_DEFINITION_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction('rw', [db.metricDefinitions, db.history], async () => {
    const definition: MetricDefinition = { ...newRecordMeta(), ...fields };
    await db.metricDefinitions.add(definition);
    await recordHistory(db, {
      action: 'create',
      entityType: 'metricDefinition',
      entityId: definition.id,
      pilotId: null,
      summary: `Added metric definition ${quoted(definition.name)} to the library`,
      at: definition.createdAt,
    });
    return definition;
  });
}

/** Changes the library entry only: metrics made from it keep the definition they were made with. */
export function updateMetricDefinition(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<MetricDefinitionFields>,
  options: UpdateOptions = {},
): Promise<MetricDefinition> {
  return db.transaction('rw', [db.metricDefinitions, db.history], () =>
    updateRecord(
      db,
      {
        noun: 'metric definition',
        entityType: 'metricDefinition',
        table: db.metricDefinitions,
        schema: metricDefinitionSchema,
        pilotIdOf: () => null,
        nameOf: (d) => d.name,
      },
      id,
      patch,
      options,
    ),
  );
}

/** Removes a library entry; metrics made from it stay, no longer linked to it. */
export async function deleteMetricDefinition(
  db: PortfolioDatabase,
  id: string,
): Promise<UndoToken> {
  return db.transaction('rw', [db.metricDefinitions, db.metrics, db.history], async () => {
    const definition = await db.metricDefinitions.get(id);
    if (!definition) throw new RecordNotFoundError('metric definition', id);
    const linked = await db.metrics.where('definitionId').equals(id).toArray();
    const at = stampAfter([definition, ...linked]);
    await db.metrics.bulkPut(linked.map((m) => ({ ...m, definitionId: null, updatedAt: at })));
    await db.metricDefinitions.delete(id);
    const label = `Deleted metric definition ${quoted(definition.name)}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'metricDefinition',
      entityId: id,
      pilotId: null,
      summary: linked.length ? `${label} (used by ${countOf(linked.length, 'metric')})` : label,
      at,
    });
    return {
      label,
      restoreSummary: `Restored metric definition ${quoted(definition.name)}`,
      at,
      entityType: 'metricDefinition',
      entityId: id,
      pilotId: null,
      records: { metricDefinitions: [definition], metrics: linked },
    };
  });
}

export const METRIC_DEFAULTS: Omit<MetricFields, 'name' | 'pilotId' | 'baseline' | 'target'> = {
  unit: '',
  kind: 'outcome',
  direction: 'higher',
  cadence: 'monthly',
  definitionId: null,
  valuePerUnit: null,
};

export type MetricDraft = Partial<MetricFields> &
  Pick<MetricFields, 'name' | 'pilotId' | 'baseline' | 'target'>;

async function checkMetricReferences(db: PortfolioDatabase, m: MetricFields): Promise<void> {
  await checkReferences('Metric', [
    { field: 'pilotId', id: m.pilotId, table: db.pilots, noun: 'pilot' },
    {
      field: 'definitionId',
      id: m.definitionId,
      table: db.metricDefinitions,
      noun: 'metric definition',
    },
  ]);
}

export async function createMetric(db: PortfolioDatabase, draft: MetricDraft): Promise<Metric> {
  const fields = parseOrThrow(metricFieldsSchema, 'Metric', {
    ...METRIC_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction(
    'rw',
    [db.metrics, db.pilots, db.metricDefinitions, db.history],
    async () => {
      await checkMetricReferences(db, fields);
      const metric: Metric = { ...newRecordMeta(), ...fields };
      await db.metrics.add(metric);
      const pilot = await db.pilots.get(metric.pilotId);
      await recordHistory(db, {
        action: 'create',
        entityType: 'metric',
        entityId: metric.id,
        pilotId: metric.pilotId,
        summary: `Added ${metric.kind} metric ${quoted(metric.name)} to ${quoted(pilot?.name ?? '')}`,
        at: metric.createdAt,
      });
      return metric;
    },
  );
}

export interface MetricFromDefinition {
  pilotId: string;
  baseline: number;
  target: number;
  valuePerUnit?: number | null;
}

/** A pilot's metric measured the library's way: name, unit, kind, direction and cadence copied. */
export async function createMetricFromDefinition(
  db: PortfolioDatabase,
  definitionId: string,
  fields: MetricFromDefinition,
): Promise<Metric> {
  const definition = await db.metricDefinitions.get(definitionId);
  if (!definition) {
    throw new ValidationError('Metric', [
      {
        field: 'definitionId',
        message: 'No metric definition with this id (it may have been deleted)',
      },
    ]);
  }
  return createMetric(db, {
    name: definition.name,
    unit: definition.unit,
    kind: definition.kind,
    direction: definition.direction,
    cadence: definition.cadence,
    definitionId,
    pilotId: fields.pilotId,
    baseline: fields.baseline,
    target: fields.target,
    valuePerUnit: fields.valuePerUnit ?? null,
  });
}

export function updateMetric(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<MetricFields>,
  options: UpdateOptions = {},
): Promise<Metric> {
  return db.transaction('rw', [db.metrics, db.pilots, db.metricDefinitions, db.history], () =>
    updateRecord(
      db,
      {
        noun: 'metric',
        entityType: 'metric',
        table: db.metrics,
        schema: metricSchema,
        pilotIdOf: (m) => m.pilotId,
        nameOf: (m) => m.name,
        // The series is filed under the pilot too; a metric belongs to one pilot for life.
        immutable: ['pilotId'],
        check: (after, before) =>
          after.definitionId !== before.definitionId ? checkMetricReferences(db, after) : undefined,
      },
      id,
      patch,
      options,
    ),
  );
}

/** Deletes a metric and all its measurements. */
export async function deleteMetric(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction('rw', [db.metrics, db.series, db.history], async () => {
    const metric = await db.metrics.get(id);
    if (!metric) throw new RecordNotFoundError('metric', id);
    const series = await db.series.get(id);
    const at = nextUpdatedAt(metric.updatedAt);
    await db.series.delete(id);
    await db.metrics.delete(id);
    const count = series?.days.length ?? 0;
    const tail = count ? ` and its ${countOf(count, 'measurement')}` : '';
    const label = `Deleted metric ${quoted(metric.name)}${tail}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'metric',
      entityId: id,
      pilotId: metric.pilotId,
      summary: label,
      at,
    });
    return {
      label,
      restoreSummary: `Restored metric ${quoted(metric.name)}${tail}`,
      at,
      entityType: 'metric',
      entityId: id,
      pilotId: metric.pilotId,
      records: { metrics: [metric], ...(series ? { series: [series] } : {}) },
    };
  });
}
