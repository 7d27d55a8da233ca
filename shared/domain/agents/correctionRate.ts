import { isoToDay, dayToIso } from '../../dates';
import type { SupervisionLog } from '../../model';
import { periodStartDay, weekIndex } from '../cadencePeriods';

export const CORRECTION_RULE_SENTENCE =
  'Correction rate = items corrected ÷ items reviewed, summed over the logs (so a busy week ' +
  'weighs more than a quiet one).';

export interface CorrectionTotals {
  reviewed: number;
  corrected: number;
  hours: number;
  /** corrected ÷ reviewed; null when nothing was reviewed. */
  rate: number | null;
}

type LogFigures = Pick<SupervisionLog, 'itemsReviewed' | 'itemsCorrected' | 'hoursSpent'>;

/**
 * Totals over a set of logs. The rate is the pooled share, not the mean of each log's share: a
 * week with 2 items reviewed must not count as much as one with 200.
 */
export function correctionTotals(logs: readonly LogFigures[]): CorrectionTotals {
  let reviewed = 0;
  let corrected = 0;
  let hours = 0;
  for (const log of logs) {
    reviewed += log.itemsReviewed;
    corrected += log.itemsCorrected;
    hours += log.hoursSpent;
  }
  return { reviewed, corrected, hours, rate: reviewed > 0 ? corrected / reviewed : null };
}

export interface CorrectionPoint extends CorrectionTotals {
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
}

/**
 * The correction rate week by week (the ISO week each log's period starts in), oldest first, for
 * the "over time" charts. Weeks without logs are left out rather than drawn as zero.
 */
export function correctionRateByWeek(
  logs: readonly (LogFigures & Pick<SupervisionLog, 'periodStart'>)[],
): CorrectionPoint[] {
  const weeks = new Map<number, LogFigures[]>();
  for (const log of logs) {
    const week = weekIndex(isoToDay(log.periodStart));
    const list = weeks.get(week);
    if (list) list.push(log);
    else weeks.set(week, [log]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, list]) => ({
      weekStart: dayToIso(periodStartDay(week, 'weekly')),
      ...correctionTotals(list),
    }));
}
