import * as Tooltip from '@radix-ui/react-tooltip';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Toaster } from 'sonner';
import {
  PortfolioSessionContext,
  type PortfolioSession,
} from '../../../renderer/app/PortfolioContext';
import {
  createAgent,
  createAssignment,
  createPerson,
  createPilot,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';

// jsdom has no pointer capture; Radix and sonner call it on pointerdown.
for (const method of ['setPointerCapture', 'releasePointerCapture', 'hasPointerCapture'] as const) {
  if (!(method in Element.prototype)) {
    Object.defineProperty(Element.prototype, method, {
      configurable: true,
      value: () => false,
    });
  }
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

/** Renders `ui` at `path` (matched by `route`) inside an open portfolio, as the shell would. */
export function renderInPortfolio(
  db: PortfolioDatabase,
  ui: ReactElement,
  options: { route?: string; path?: string } = {},
): RenderResult {
  const session: PortfolioSession = {
    portfolios: [],
    entry: {
      id: 'test',
      name: 'Test',
      dbName: db.name,
      createdAt: '2026-01-05T09:00:00.000Z',
      lastOpenedAt: null,
    },
    db,
    switchTo: () => undefined,
    showWelcome: () => undefined,
  };
  const path = options.path ?? '/';
  return render(
    <PortfolioSessionContext.Provider value={session}>
      <Tooltip.Provider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={options.route ?? '/'} element={ui} />
            <Route path="*" element={<p>Elsewhere</p>} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </Tooltip.Provider>
      <Toaster />
    </PortfolioSessionContext.Provider>,
  );
}

/**
 * A small portfolio: Ana supervises (10 h capacity) an invoice reader working in pilots A and B,
 * 8 + 4 h a week; a near-copy of the reader works in pilot C.
 */
export async function seedInvoiceReaders() {
  const db = await newDatabase();
  const [a, b, c] = await Promise.all(
    ['Pilot A', 'Pilot B', 'Pilot C'].map((name) => createPilot(db, { name, budget: 20_000 })),
  );
  const ana = await createPerson(db, {
    name: 'Ana Supervisor',
    role: 'supervisor',
    oversightCapacityHours: 10,
  });
  const ben = await createPerson(db, { name: 'Ben Clerk' });
  const reader = await createAgent(db, {
    name: 'Invoice reader',
    purpose: 'Reads supplier invoices and extracts the lines.',
    capabilities: ['invoice-reading', 'data-extraction', 'ocr'],
    status: 'active',
    buildCost: 12_000,
    monthlyRunningCost: 1_500,
  });
  const copy = await createAgent(db, {
    name: 'Invoice reading bot',
    purpose: 'Reads incoming supplier invoices and extracts their lines.',
    capabilities: ['invoice-reading', 'data-extraction', 'ocr'],
    status: 'active',
    buildCost: 9_000,
    monthlyRunningCost: 1_200,
  });
  for (const [pilot, hours] of [
    [a, 8],
    [b, 4],
  ] as const) {
    await createAssignment(db, {
      agentId: reader.id,
      pilotId: pilot!.id,
      servedPersonIds: [ben.id],
      supervisorId: ana.id,
      supervisionHoursPerWeek: hours,
    });
  }
  await createAssignment(db, { agentId: copy.id, pilotId: c!.id, servedPersonIds: [ben.id] });
  return { db, pilots: { a: a!, b: b!, c: c! }, ana, ben, reader, copy };
}
