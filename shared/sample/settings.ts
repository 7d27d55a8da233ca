import { defaultGateCriteria, type PortfolioSettings } from '../model';
import { ORGANISATION, PORTFOLIO_NAME } from './catalogue/organisation';
import { recordMeta } from './clock';
import type { SampleContext } from './plan';
import type { Random } from './random';

/** What one hour of supervision costs the sample organisation, in EUR. */
export const SUPERVISION_HOURLY_COST = 65;
/** Hours per week a supervisor can review agents' work unless their own capacity says otherwise. */
export const SUPERVISOR_DEFAULT_CAPACITY = 10;

export function generateSettings(ctx: SampleContext, rng: Random): PortfolioSettings {
  return {
    ...recordMeta(rng, ctx.originDay, ctx.todayDay - rng.int(0, 10)),
    name: PORTFOLIO_NAME,
    organisation: ORGANISATION,
    currency: 'EUR',
    // Northwind's fiscal year starts in April.
    fiscalYearStartMonth: 4,
    supervisionHourlyCost: SUPERVISION_HOURLY_COST,
    supervisorDefaultCapacityHours: SUPERVISOR_DEFAULT_CAPACITY,
    gateCriteria: { ...defaultGateCriteria },
    branding: { logoDataUrl: null, accentColor: '#2457d6' },
  };
}
