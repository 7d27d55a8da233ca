/**
 * A fresh `updatedAt` that is strictly later than `previous`. Two saves within the same
 * millisecond would otherwise carry the same stamp, and the stale-write check (which compares
 * stamps) could not tell the second version from the first.
 */
export function nextUpdatedAt(previous?: string): string {
  const now = Date.now();
  const before = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous);
  return new Date(Number.isNaN(before) ? now : Math.max(now, before + 1)).toISOString();
}

/** A stamp later than every given record's, for a change that rewrites several records at once. */
export function stampAfter(records: Iterable<{ updatedAt: string }>): string {
  let latest: string | undefined;
  for (const r of records) if (latest === undefined || r.updatedAt > latest) latest = r.updatedAt;
  return nextUpdatedAt(latest);
}
