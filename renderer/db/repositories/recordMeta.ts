import { newId, nowIso } from '../../../shared/ids';
import type { RecordMeta } from '../../../shared/model';

export function newRecordMeta(): RecordMeta {
  const at = nowIso();
  return { id: newId(), createdAt: at, updatedAt: at };
}
