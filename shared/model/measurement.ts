import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * A metric's measurements, stored column-wise: one record per metric with its dates and values as
 * typed arrays, sorted by date, at most one value per day. A million measurements are then a few
 * thousand IndexedDB records instead of a million (see ARCHITECTURE.md, Storage).
 */
export interface MeasurementSeries {
  /** The series' key is its metric's id. */
  metricId: string;
  pilotId: string;
  /** Days since 1970-01-01 (UTC), ascending, unique. */
  days: Float64Array;
  values: Float64Array;
  /** Sparse notes keyed by day number. */
  notes: Record<string, string>;
  updatedAt: string;
}

/** One measurement as the UI and the import speak of it. */
export interface Measurement {
  metricId: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  value: number;
  note?: string;
}

/** The serialisable form of a series (backups, workers): plain arrays instead of typed arrays. */
export const measurementSeriesJsonSchema = z
  .object({
    metricId: idSchema,
    pilotId: idSchema,
    days: z.array(z.number().int().min(-1_000_000).max(1_000_000)),
    values: z.array(z.number().finite()),
    notes: z.record(z.string().regex(/^-?\d+$/), z.string().max(5_000)),
    updatedAt: isoDateTimeSchema,
  })
  .refine((s) => s.days.length === s.values.length, {
    message: 'days and values must have the same length',
  })
  .refine((s) => s.days.every((d, i) => i === 0 || d > (s.days[i - 1] ?? -Infinity)), {
    message: 'days must be strictly ascending',
  });
export type MeasurementSeriesJson = z.infer<typeof measurementSeriesJsonSchema>;
