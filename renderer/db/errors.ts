import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field as the form names it: `name`, `endDate`, `gateCriteria.minRoi`. */
  field: string;
  message: string;
}

/** A record was refused before anything was written; `issues` name each offending field. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly entity: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(
      `${entity} not saved: ${issues.map((i) => (i.field ? `${i.field} — ${i.message}` : i.message)).join('; ')}`,
    );
  }

  /** Field → first message, the shape a form library wants. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) out[issue.field] ??= issue.message;
    return out;
  }

  static fromZod(entity: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      entity,
      error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  }
}

/**
 * The record to change is gone. (Not named NotFoundError: Dexie rewraps errors that share a name
 * with IndexedDB's own, which would hide this class from `instanceof`.)
 */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${id}: it may have been deleted.`);
  }
}

/**
 * The record changed after the caller read it (another window, an import, an undo). Saving the
 * caller's copy would silently discard that change, so nothing is written.
 */
export class StaleRecordError extends Error {
  override readonly name = 'StaleRecordError';
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedUpdatedAt: string,
    readonly actualUpdatedAt: string,
  ) {
    super(
      `This ${entity} was changed elsewhere after you opened it (at ${actualUpdatedAt}). ` +
        'Reload it to see the change — nothing was overwritten.',
    );
  }
}

/** A metric already has a value on that day; the UI asks before replacing it. */
export class MeasurementExistsError extends Error {
  override readonly name = 'MeasurementExistsError';
  constructor(
    readonly metricId: string,
    readonly metricName: string,
    readonly date: string,
    readonly existingValue: number,
    readonly existingNote: string | undefined,
  ) {
    super(
      `“${metricName}” already has a measurement on ${date} (${existingValue}). ` +
        'Replace it, or choose another date — nothing was changed.',
    );
  }
}

/** Whole-portfolio loads are only allowed into an empty database so nothing is silently merged. */
export class DatabaseNotEmptyError extends Error {
  override readonly name = 'DatabaseNotEmptyError';
  constructor(readonly nonEmptyTables: readonly string[]) {
    super(
      `A portfolio can only be loaded into an empty database; this one already has ${nonEmptyTables.join(', ')}. Nothing was changed.`,
    );
  }
}

/**
 * The database on disk was written by a newer release. Opening it with an older schema could
 * alter or misread data the newer release relies on, so the open is refused and nothing is touched.
 */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(
    readonly databaseName: string,
    /** The schema version found on disk, when it could be read. */
    readonly foundVersion: number | null,
    readonly supportedVersion: number,
    readonly subject = 'This portfolio',
  ) {
    super(
      `${subject} was saved by a newer version of Pilot Portfolio` +
        (foundVersion === null ? '' : ` (schema ${foundVersion})`) +
        `; this version reads up to schema ${supportedVersion}. Update the app — nothing was changed.`,
    );
  }
}
