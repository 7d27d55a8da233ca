import type { Table } from 'dexie';
import type { z } from 'zod';
import type { EntityType } from '../../../shared/model';
import { RecordNotFoundError, StaleRecordError, ValidationError } from '../errors';
import type { PortfolioDatabase } from '../database';
import { describeUpdate, diffFields, fieldLabel, recordHistory } from '../history';
import { nextUpdatedAt } from '../timestamps';
import { definedOnly, parseOrThrow } from './validation';

export interface UpdateOptions {
  /**
   * The `updatedAt` the caller read. When given and the stored record has moved on, the update is
   * refused with StaleRecordError instead of overwriting the other change.
   */
  expectedUpdatedAt?: string;
}

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface UpdateSpec<T extends StoredRecord> {
  /** The noun in messages and history: "pilot", "person". */
  noun: string;
  entityType: EntityType;
  table: Table<T, string>;
  schema: z.ZodType<T>;
  pilotIdOf: (record: T) => string | null;
  nameOf: (record: T) => string;
  /** Fields that identify where a record belongs and so cannot be edited (move = delete + create). */
  immutable?: readonly string[];
  /** Extra checks on the merged record (references, cross-field rules); throw ValidationError. */
  check?: (after: T, before: T) => Promise<void> | void;
}

/**
 * The shared body of every `updateX`: read, check freshness, merge, validate, diff, write, record
 * history. Runs inside the caller's transaction. Returns the stored record (unchanged and unwritten
 * when the patch changes nothing).
 */
export async function updateRecord<T extends StoredRecord>(
  db: PortfolioDatabase,
  spec: UpdateSpec<T>,
  id: string,
  patch: object,
  options: UpdateOptions = {},
): Promise<T> {
  const before = await spec.table.get(id);
  if (!before) throw new RecordNotFoundError(spec.noun, id);
  if (options.expectedUpdatedAt !== undefined && options.expectedUpdatedAt !== before.updatedAt) {
    throw new StaleRecordError(spec.noun, id, options.expectedUpdatedAt, before.updatedAt);
  }
  const changes = definedOnly(patch) as Record<string, unknown>;
  delete changes['id'];
  delete changes['createdAt'];
  delete changes['updatedAt'];
  for (const field of spec.immutable ?? []) {
    if (
      field in changes &&
      changes[field] !== (before as unknown as Record<string, unknown>)[field]
    ) {
      throw new ValidationError(spec.noun, [
        {
          field,
          message: `${/^[aeiou]/i.test(spec.noun) ? 'An' : 'A'} ${spec.noun}’s ${fieldLabel(field)} cannot be changed`,
        },
      ]);
    }
  }
  const candidate = parseOrThrow(spec.schema, spec.noun, { ...before, ...changes });
  const diff = diffFields(before, candidate);
  if (Object.keys(diff).length === 0) return before;
  await spec.check?.(candidate, before);
  const after = { ...candidate, updatedAt: nextUpdatedAt(before.updatedAt) };
  await spec.table.put(after);
  await recordHistory(db, {
    action: 'update',
    entityType: spec.entityType,
    entityId: id,
    pilotId: spec.pilotIdOf(after),
    summary: describeUpdate(spec.noun, spec.nameOf(after), diff),
    changes: diff,
    at: after.updatedAt,
  });
  return after;
}
