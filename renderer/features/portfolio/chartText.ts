import type { Period } from '@shared/domain/portfolio';
import type { DecisionKind, PilotStage } from '@shared/model';
import { formatMoney } from '../../components/format';

/** How a finding names the period: "to date", "this fiscal year"… */
export const PERIOD_PHRASES: Record<Period, string> = {
  all: 'to date',
  'fiscal-year': 'this fiscal year',
  'last-12-months': 'in the last 12 months',
  'last-90-days': 'in the last 90 days',
};

export const REC_COLORS: Record<DecisionKind, string> = {
  expand: 'var(--rec-expand)',
  continue: 'var(--rec-continue)',
  pivot: 'var(--rec-pivot)',
  stop: 'var(--rec-stop)',
};

export const STAGE_COLORS: Record<PilotStage, string> = {
  idea: 'var(--stage-idea)',
  pilot: 'var(--stage-pilot)',
  scaling: 'var(--stage-scaling)',
  scaled: 'var(--stage-scaled)',
  stopped: 'var(--stage-stopped)',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Money for axes and tiles: compact ("€1.2M"). */
export function compactMoney(value: number, currency: string): string {
  return formatMoney(value, currency, true);
}

/** The dashboard's tooltips: themed like a card, a soft hover band, no animation. */
export const TOOLTIP_PROPS = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border)',
    color: 'var(--text)',
  },
  cursor: { fill: 'var(--surface-hover)' },
  isAnimationActive: false,
} as const;
