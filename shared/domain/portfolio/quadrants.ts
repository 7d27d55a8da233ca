import type { DecisionKind } from '../../model';
import type { PortfolioPilotRow } from './types';

export const QUADRANTS = ['scale', 'fix', 'rethink', 'stop'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_RULE_SENTENCE =
  'Quadrants split the pilots shown at their median value and median cost: scale = value at or ' +
  'above the median for at most the median cost; fix = high value but costly; rethink = cheap but ' +
  'little value; stop = little value at a high cost.';

export interface ValueCostPoint {
  id: string;
  name: string;
  value: number;
  cost: number;
  /** Resources allocated (budget): the size of the mark. */
  budget: number;
  fte: number;
  recommendation: DecisionKind;
  quadrant: Quadrant;
}

export interface ValueCostChart {
  medianValue: number;
  medianCost: number;
  points: ValueCostPoint[];
  counts: Record<Quadrant, number>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function quadrantOf(
  value: number,
  cost: number,
  medianValue: number,
  medianCost: number,
): Quadrant {
  const high = value >= medianValue;
  const cheap = cost <= medianCost;
  if (high) return cheap ? 'scale' : 'fix';
  return cheap ? 'rethink' : 'stop';
}

/**
 * Value against cost for the pilots still running (stopped ones no longer need a decision), each
 * placed in a quadrant relative to the medians of the pilots shown (QUADRANT_RULE_SENTENCE).
 */
export function valueCostChart(pilots: readonly PortfolioPilotRow[]): ValueCostChart {
  const running = pilots.filter((p) => p.stage !== 'stopped');
  const medianValue = median(running.map((p) => p.value));
  const medianCost = median(running.map((p) => p.cost));
  const counts: Record<Quadrant, number> = { scale: 0, fix: 0, rethink: 0, stop: 0 };
  const points = running.map((p): ValueCostPoint => {
    const quadrant = quadrantOf(p.value, p.cost, medianValue, medianCost);
    counts[quadrant] += 1;
    return {
      id: p.id,
      name: p.name,
      value: p.value,
      cost: p.cost,
      budget: p.budget,
      fte: p.fte,
      recommendation: p.recommendation,
      quadrant,
    };
  });
  return { medianValue, medianCost, points, counts };
}
