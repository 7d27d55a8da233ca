import type { Assignment } from '../../model';

/**
 * Whether an assignment is running on `today`: started (or without a start date, which means it
 * was recorded as working already) and not ended. Ended assignments still count for cost, but not
 * for who is served or supervised now, nor for reuse and duplication, which are about today.
 */
export function isAssignmentActive(
  a: Pick<Assignment, 'startDate' | 'endDate'>,
  today: string,
): boolean {
  return (
    (a.startDate === null || a.startDate <= today) && (a.endDate === null || a.endDate >= today)
  );
}

/** The calendar day an ISO timestamp falls on, in UTC (how createdAt becomes a date). */
export function dayOfTimestamp(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}
