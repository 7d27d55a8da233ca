import * as Tooltip from '@radix-ui/react-tooltip';
import { cleanup, render, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Toaster } from 'sonner';
import { addDaysIso, todayIso } from '../../../shared/dates';
import type { Pilot } from '../../../shared/model';
import {
  PortfolioSessionContext,
  type PortfolioSession,
} from '../../../renderer/app/PortfolioContext';
import {
  addMeasurementsBulk,
  createMetric,
  createPerson,
  createPilot,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { deleteOpenedDatabases } from '../db/fixtures';

// jsdom has no pointer capture; sonner's toasts call it when pressed (to allow swiping them away).
for (const method of ['setPointerCapture', 'releasePointerCapture'] as const) {
  if (!(method in Element.prototype)) {
    Object.defineProperty(Element.prototype, method, {
      configurable: true,
      value: () => undefined,
    });
  }
}

/** Shows the current location so a test can check where a link led. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * Renders `ui` as the shell would: inside an open portfolio (the given database), a router at
 * `route` and the tooltip provider, with the toaster so toasts and their Undo can be clicked.
 */
export function renderInPortfolio(
  db: PortfolioDatabase,
  ui: ReactElement,
  options: { route?: string; path?: string } = {},
): RenderResult {
  const entry = {
    id: 'test',
    name: 'Test portfolio',
    dbName: db.name,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastOpenedAt: null,
  };
  const session: PortfolioSession = {
    portfolios: [entry],
    entry,
    db,
    switchTo: () => undefined,
    showWelcome: () => undefined,
  };
  return render(
    <PortfolioSessionContext.Provider value={session}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>
        <Tooltip.Provider>
          <Routes>
            <Route path={options.path ?? '*'} element={ui} />
            <Route path="*" element={null} />
          </Routes>
          <LocationProbe />
        </Tooltip.Provider>
      </MemoryRouter>
      <Toaster />
    </PortfolioSessionContext.Provider>,
  );
}

/**
 * A pilot the evidence says to expand, by hand: handling time (lower is better) from a baseline
 * of 40 to a target of 25 minutes, measured ten weeks at 25 — on target (progress 100 %), strong
 * evidence, and value 15 min × 200/min × 10 weeks = 30,000 against a budget of 12,000: ROI 2.5×.
 */
export async function seedExpandPilot(
  db: PortfolioDatabase,
  overrides: Partial<Pilot> = {},
): Promise<Pilot> {
  const today = todayIso();
  const start = addDaysIso(today, -7 * 10);
  const sponsor = await createPerson(db, { name: 'Ada Lovelace', role: 'sponsor' });
  const pilot = await createPilot(db, {
    name: 'Invoice triage',
    businessUnit: 'Finance',
    stage: 'pilot',
    sponsorId: sponsor.id,
    startDate: start,
    nextReviewDate: addDaysIso(today, 30),
    budget: 12_000,
    fte: 1,
    agentSeats: 2,
    ...overrides,
  });
  const metric = await createMetric(db, {
    pilotId: pilot.id,
    name: 'Handling time',
    unit: 'min',
    kind: 'outcome',
    direction: 'lower',
    cadence: 'weekly',
    baseline: 40,
    target: 25,
    valuePerUnit: 200,
  });
  await addMeasurementsBulk(
    db,
    metric.id,
    Array.from({ length: 10 }, (_v, i) => ({
      date: addDaysIso(start, 7 * (i + 1) - 1),
      value: i % 2 === 0 ? 24.5 : 25.5,
    })),
  );
  return pilot;
}

/**
 * After each test: sonner removes a dismissed toast 200 ms later on a timer it does not clear when
 * unmounted, so wait for that before unmounting — otherwise it fires after the test environment
 * is gone. Then unmount (Vitest runs without globals, so Testing Library cannot do it itself)
 * and delete the test's databases.
 */
export async function cleanupPortfolioTest(): Promise<void> {
  await waitFor(() => {
    if (document.querySelector('[data-sonner-toast][data-removed="true"]')) {
      throw new Error('a toast is still being removed');
    }
  });
  cleanup();
  await deleteOpenedDatabases();
}
