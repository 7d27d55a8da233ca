import { describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  aggregateWithoutMeasurements,
  NO_FILTERS,
  PERIODS,
  portfolioBaseView,
  portfolioView,
  type PortfolioFilters,
  type PortfolioPilotRow,
} from '@shared/domain/portfolio';
import { smallPortfolio, TODAY } from './fixture';

/** A full row without what needs measurements: what the worker's first answer holds of it. */
function withoutMeasured(row: PortfolioPilotRow) {
  const {
    value: _value,
    cost: _cost,
    roi: _roi,
    recommendation: _recommendation,
    reasons: _reasons,
    attainment: _attainment,
    attainmentEvidence: _evidence,
    outcomes: _outcomes,
    ...base
  } = row;
  return base;
}

describe('the measurement-free first answer', () => {
  const { input, people } = smallPortfolio();
  const full = aggregatePortfolio(input, TODAY);
  const { base } = aggregateWithoutMeasurements(input, TODAY);

  it('is the full answer without value, cost, recommendations and attainment', () => {
    expect(base.pilots).toEqual(full.pilots.map(withoutMeasured));
    expect(base.supervisors).toEqual(full.supervisors);
    expect(base.agents).toEqual(full.agents);
    expect(base.clusters).toEqual(full.clusters);
    expect([base.currency, base.fiscalYearStartMonth, base.today]).toEqual([
      full.currency,
      full.fiscalYearStartMonth,
      full.today,
    ]);
  });

  it('gives every figure drawn from it exactly as the full view does, for any filter', () => {
    const filterSets: PortfolioFilters[] = [
      ...PERIODS.map((period) => ({ ...NO_FILTERS, period })),
      { ...NO_FILTERS, businessUnit: 'Finance' },
      { ...NO_FILTERS, sponsorId: people.una.id, period: 'fiscal-year' },
    ];
    for (const filters of filterSets) {
      const early = portfolioBaseView(base, filters);
      const {
        tiles,
        valueCost: _v,
        attainment: _a,
        pilots,
        ...rest
      } = portfolioView(full, filters);
      const { value: _value, cost: _cost, roi: _roi, ...baseTiles } = tiles;
      expect(early.tiles).toEqual(baseTiles);
      expect(early.pilots).toEqual(pilots.map(withoutMeasured));
      const { tiles: _t, pilots: _p, ...earlyRest } = early;
      expect(earlyRest).toEqual(rest);
    }
  });
});
