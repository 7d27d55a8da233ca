import { isoToDay } from '@shared/dates';
import { runningCostOfDay } from '@shared/domain/agents';
import type { Assignment } from '@shared/model';

/**
 * The running-cost rule as first written, day by day: the obvious reading of
 * COST_RULE_SENTENCES, kept as the oracle the faster sweep in costAttribution.ts must match to
 * the last bit.
 */
export function sharedRunningCostByDay(
  monthlyCost: number,
  pilotId: string,
  from: number,
  to: number,
  agentAssignments: readonly Assignment[],
): number {
  const spans = agentAssignments.map((a) => ({
    pilotId: a.pilotId,
    span: [
      isoToDay(a.startDate ?? a.createdAt.slice(0, 10)),
      a.endDate === null ? Number.POSITIVE_INFINITY : isoToDay(a.endDate),
    ],
  }));
  let cost = 0;
  for (let day = from; day <= to; day += 1) {
    const pilots = new Set<string>([pilotId]);
    // The same agent assigned twice to this pilot at once: the two halve the pilot's share.
    let inThisPilot = 0;
    for (const { pilotId: other, span } of spans) {
      if ((span[0] ?? 0) > day || day > (span[1] ?? 0)) continue;
      pilots.add(other);
      if (other === pilotId) inThisPilot += 1;
    }
    cost += runningCostOfDay(monthlyCost, day) / pilots.size / Math.max(1, inThisPilot);
  }
  return cost;
}
