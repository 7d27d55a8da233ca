import { describe, expect, it } from 'vitest';
import { PRINT_ROUTE_PATTERN } from '@shared/ipc';
import { parsePrintRoute, printRoute } from '@shared/reports/printRoutes';

const PORTFOLIO = '3f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const PILOT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('print routes', () => {
  it('names the portfolio, the report and the paper, and the main process accepts them', () => {
    const pilot = printRoute({
      report: 'pilot',
      portfolioId: PORTFOLIO,
      pilotId: PILOT,
      pageSize: 'A4',
    });
    expect(pilot).toBe(`#/print/${PORTFOLIO}/pilot/${PILOT}/a4`);
    const portfolio = printRoute({
      report: 'portfolio',
      portfolioId: PORTFOLIO,
      pageSize: 'Letter',
    });
    expect(portfolio).toBe(`#/print/${PORTFOLIO}/portfolio/letter`);
    expect(PRINT_ROUTE_PATTERN.test(pilot)).toBe(true);
    expect(PRINT_ROUTE_PATTERN.test(portfolio)).toBe(true);
  });

  it('reads back what it writes', () => {
    const target = {
      report: 'pilot',
      portfolioId: PORTFOLIO,
      pilotId: PILOT,
      pageSize: 'Letter',
    } as const;
    expect(parsePrintRoute(printRoute(target))).toEqual(target);
    expect(parsePrintRoute(`#/print/${PORTFOLIO}/portfolio/a4`)).toEqual({
      report: 'portfolio',
      portfolioId: PORTFOLIO,
      pageSize: 'A4',
    });
  });

  it('is null for other pages and malformed print routes', () => {
    expect(parsePrintRoute('#/pilots')).toBeNull();
    expect(parsePrintRoute('')).toBeNull();
    expect(parsePrintRoute(`#/print/${PORTFOLIO}/pilot/${PILOT}`)).toBeNull();
    expect(parsePrintRoute(`#/print/${PORTFOLIO}/pilot/${PILOT}/a3`)).toBeNull();
    expect(parsePrintRoute(`#/print/${PORTFOLIO}/deck/a4`)).toBeNull();
    expect(parsePrintRoute('#/print/a.b/portfolio/a4')).toBeNull();
  });

  it('refuses ids that would leave the route', () => {
    expect(() =>
      printRoute({ report: 'pilot', portfolioId: PORTFOLIO, pilotId: '../x', pageSize: 'A4' }),
    ).toThrow(/letters, digits/);
  });
});
