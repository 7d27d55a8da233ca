/** Return on investment: value created ÷ cost, and the net value. */
export interface Return {
  /** value ÷ cost; null when the cost is 0, where a ratio would be infinite or meaningless. */
  roi: number | null;
  /** value − cost. */
  net: number;
}

/** value ÷ cost, or null when nothing was spent (or recorded as spent). */
export function roi(value: number, cost: number): number | null {
  return cost > 0 ? value / cost + 0 : null;
}

export function netValue(value: number, cost: number): number {
  return value - cost + 0;
}

export function returnOn(value: number, cost: number): Return {
  return { roi: roi(value, cost), net: netValue(value, cost) };
}
