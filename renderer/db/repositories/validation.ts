import type { Table } from 'dexie';
import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors';

/** Parses with `schema`; a failure becomes a ValidationError naming each field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  entity: string,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}

export interface ReferenceCheck {
  field: string;
  id: string | null | undefined;
  table: Table<{ id: string }, string>;
  /** What the id should point at, for the message: "person", "agent". */
  noun: string;
}

/**
 * Refuses ids that point at nothing, so no record is saved with a dangling reference (a sponsor
 * that was deleted in another window, a pilot id typed into an import).
 */
export async function checkReferences(
  entity: string,
  checks: readonly ReferenceCheck[],
): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const check of checks) {
    if (check.id === null || check.id === undefined) continue;
    if ((await check.table.get(check.id)) === undefined) {
      issues.push({
        field: check.field,
        message: `No ${check.noun} with this id (it may have been deleted)`,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(entity, issues);
}

/** Copies only the keys a caller actually set, so `{ stage: undefined }` means "leave it". */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] !== undefined) out[key] = patch[key];
  }
  return out;
}

/** Two-field order rule (end after start) the schemas leave to the repository. */
export function checkDateOrder(
  entity: string,
  start: string | null,
  end: string | null,
  endField: string,
  message = 'End date must be on or after the start date',
): void {
  if (start && end && end < start)
    throw new ValidationError(entity, [{ field: endField, message }]);
}
