import { addDaysIso } from '../../dates';
import type { PilotStage } from '../../model';
import type { PortfolioDecision, PortfolioPilotBase } from './types';
import { compareText } from '../../text/compareText';

export const PERIODS = ['all', 'fiscal-year', 'last-12-months', 'last-90-days'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  all: 'All time',
  'fiscal-year': 'This fiscal year',
  'last-12-months': 'Last 12 months',
  'last-90-days': 'Last 90 days',
};

/** What the executive narrowed the portfolio to. Empty strings mean "any". */
export interface PortfolioFilters {
  businessUnit: string;
  stage: PilotStage | '';
  sponsorId: string;
  tag: string;
  period: Period;
}

export const NO_FILTERS: PortfolioFilters = {
  businessUnit: '',
  stage: '',
  sponsorId: '',
  tag: '',
  period: 'all',
};

/** Inclusive ISO date range of a period; `from` null means since the beginning. */
export interface DateRange {
  from: string | null;
  to: string;
}

/** The period's dates, ending today; the fiscal year starts on the 1st of its start month. */
export function periodRange(
  period: Period,
  today: string,
  fiscalYearStartMonth: number,
): DateRange {
  switch (period) {
    case 'all':
      return { from: null, to: today };
    case 'last-90-days':
      return { from: addDaysIso(today, -89), to: today };
    case 'last-12-months':
      return { from: addDaysIso(today, -364), to: today };
    case 'fiscal-year': {
      const year = Number(today.slice(0, 4));
      const month = Number(today.slice(5, 7));
      const startYear = month >= fiscalYearStartMonth ? year : year - 1;
      const mm = String(fiscalYearStartMonth).padStart(2, '0');
      return { from: `${startYear}-${mm}-01`, to: today };
    }
  }
}

export function inRange(date: string, range: DateRange): boolean {
  return (range.from === null || date >= range.from) && date <= range.to;
}

/** Pilots matching every chosen filter but the period (the period narrows decisions, not pilots). */
export function filterPilots<P extends PortfolioPilotBase>(
  pilots: readonly P[],
  filters: PortfolioFilters,
): P[] {
  return pilots.filter(
    (p) =>
      (!filters.businessUnit || p.businessUnit === filters.businessUnit) &&
      (!filters.stage || p.stage === filters.stage) &&
      (!filters.sponsorId || p.sponsorId === filters.sponsorId) &&
      (!filters.tag || p.tags.includes(filters.tag)),
  );
}

/** The decisions of `pilots` dated within the period, oldest first. */
export function decisionsInPeriod(
  pilots: readonly PortfolioPilotBase[],
  range: DateRange,
): PortfolioDecision[] {
  return pilots
    .flatMap((p) => p.decisions.filter((d) => inRange(d.date, range)))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
}

export interface FilterOptions {
  businessUnits: string[];
  sponsors: { id: string; name: string }[];
  tags: string[];
}

/** The choices each filter offers: what the portfolio actually holds, sorted. */
export function filterOptions(pilots: readonly PortfolioPilotBase[]): FilterOptions {
  const units = new Set<string>();
  const sponsors = new Map<string, string>();
  const tags = new Set<string>();
  for (const p of pilots) {
    if (p.businessUnit) units.add(p.businessUnit);
    if (p.sponsorId) sponsors.set(p.sponsorId, p.sponsorName || 'Unnamed sponsor');
    for (const t of p.tags) tags.add(t);
  }
  return {
    businessUnits: [...units].sort(compareText),
    sponsors: [...sponsors]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => compareText(a.name, b.name)),
    tags: [...tags].sort(compareText),
  };
}
