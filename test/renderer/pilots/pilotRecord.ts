import type { Pilot } from '@shared/model';
import { PILOT_DEFAULTS } from '../../../renderer/db/repositories/pilots';

/** A stored pilot with every field empty but its id (also its name) and `fields`. */
export function pilotRecord(id: string, fields: Partial<Pilot> = {}): Pilot {
  return {
    id,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    name: id,
    ...PILOT_DEFAULTS,
    ...fields,
  };
}
