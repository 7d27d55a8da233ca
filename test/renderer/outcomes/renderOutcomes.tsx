import * as Tooltip from '@radix-ui/react-tooltip';
import { render } from '@testing-library/react';
import { Toaster } from 'sonner';
import type { Pilot } from '../../../shared/model';
import {
  PortfolioSessionContext,
  type PortfolioSession,
} from '../../../renderer/app/PortfolioContext';
import { createPilot, type PortfolioDatabase } from '../../../renderer/db';
import { OutcomesTab } from '../../../renderer/features/outcomes/OutcomesTab';
import { newDatabase } from '../db/fixtures';

// jsdom has no pointer capture; Radix menus call it on pointerdown.
const pointerCapture: Partial<
  Pick<Element, 'setPointerCapture' | 'releasePointerCapture' | 'hasPointerCapture'>
> = Element.prototype;
pointerCapture.setPointerCapture ??= () => undefined;
pointerCapture.releasePointerCapture ??= () => undefined;
pointerCapture.hasPointerCapture ??= () => false;

export interface RenderedOutcomes {
  db: PortfolioDatabase;
  pilot: Pilot;
}

/**
 * The Outcomes tab of a fresh pilot in a fresh portfolio database, inside the providers the app
 * shell gives it (open portfolio, tooltips, toasts).
 */
export async function renderOutcomes(): Promise<RenderedOutcomes> {
  const db = await newDatabase();
  const pilot = await createPilot(db, { name: 'Invoice triage', stage: 'pilot' });
  const session: PortfolioSession = {
    portfolios: [],
    entry: {
      id: 'test',
      name: 'Test',
      dbName: db.name,
      createdAt: pilot.createdAt,
      lastOpenedAt: null,
    },
    db,
    switchTo: () => undefined,
    showWelcome: () => undefined,
  };
  render(
    <PortfolioSessionContext.Provider value={session}>
      <Tooltip.Provider>
        <OutcomesTab pilotId={pilot.id} />
      </Tooltip.Provider>
      <Toaster />
    </PortfolioSessionContext.Provider>,
  );
  return { db, pilot };
}
