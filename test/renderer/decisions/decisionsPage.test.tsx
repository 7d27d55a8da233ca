import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionsPage } from '../../../renderer/features/decisions/DecisionsPage';
import { createPilot, recordDecision, type PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio } from './harness';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase('Acme');
});
afterEach(async () => {
  await cleanupPortfolioTest();
});

const base = { fteDelta: 0, agentSeatsDelta: 0, evidence: null, budgetDelta: 0 } as const;

async function seedLog() {
  const invoices = await createPilot(db, {
    name: 'Invoice triage',
    businessUnit: 'Finance',
    stage: 'pilot',
    budget: 10_000,
  });
  const claims = await createPilot(db, {
    name: 'Claims intake',
    businessUnit: 'Insurance',
    stage: 'pilot',
    budget: 10_000,
  });
  const notes = await createPilot(db, {
    name: 'Sales notes',
    businessUnit: 'Sales',
    stage: 'pilot',
  });
  const invoiceExpansion = await recordDecision(db, {
    ...base,
    pilotId: invoices.id,
    date: '2026-04-01',
    kind: 'expand',
    stageAfter: 'scaling',
    budgetDelta: 40_000,
    rationale: 'Cycle time halved.',
    decidedBy: 'Ada Lovelace',
    recommendation: { kind: 'expand', reasons: ['On target.'] },
  });
  await recordDecision(db, {
    ...base,
    pilotId: claims.id,
    date: '2026-05-01',
    kind: 'expand',
    stageAfter: 'scaling',
    budgetDelta: 25_000,
    rationale: 'Board priority.',
    decidedBy: 'Grace Hopper',
    recommendation: { kind: 'pivot', reasons: ['Busy but not better.'] },
  });
  await recordDecision(db, {
    ...base,
    pilotId: notes.id,
    date: '2026-06-01',
    kind: 'pivot',
    stageAfter: 'pilot',
    rationale: 'Activity up, win rate flat: narrow to renewals.',
    decidedBy: 'Grace Hopper',
    recommendation: { kind: 'pivot', reasons: ['Busy but not better.'] },
  });
  return { invoices, invoiceExpansion };
}

function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'Decisions' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]!.textContent ?? '');
}

describe('DecisionsPage', () => {
  it('says how decisions get here when there are none', async () => {
    renderInPortfolio(db, <DecisionsPage />);
    expect(await screen.findByText('No decisions yet')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to pilots' })).toHaveAttribute('href', '/pilots');
  });

  it('lists every decision newest first, earned or not, each linking to its pilot', async () => {
    const { invoices, invoiceExpansion } = await seedLog();
    renderInPortfolio(db, <DecisionsPage />);
    await screen.findByRole('table', { name: 'Decisions' });
    expect(rowNames()).toEqual(['Sales notes', 'Claims intake', 'Invoice triage']);
    expect(screen.getByText('3 of 3 decisions')).toBeVisible();
    expect(screen.getByText('1 of 2 expansions earned')).toBeVisible();

    const invoiceRow = screen.getByRole('row', { name: /Invoice triage/ });
    expect(invoiceRow).toHaveTextContent('Earned');
    expect(invoiceRow).toHaveTextContent('+€40,000');
    expect(within(invoiceRow).getByRole('link', { name: 'Invoice triage' })).toHaveAttribute(
      'href',
      `/pilots/${invoices.id}/decisions?decision=${invoiceExpansion.decision.id}`,
    );
    expect(screen.getByRole('row', { name: /Claims intake/ })).toHaveTextContent('Not earned');
  });

  it('filters by kind, earned and business unit, and searches rationale and decider', async () => {
    const user = userEvent.setup();
    await seedLog();
    renderInPortfolio(db, <DecisionsPage />);
    await screen.findByRole('table', { name: 'Decisions' });

    await user.selectOptions(screen.getByLabelText('Filter by decision'), 'expand');
    expect(rowNames()).toEqual(['Claims intake', 'Invoice triage']);
    await user.selectOptions(screen.getByLabelText('Filter by earned'), 'not-earned');
    expect(rowNames()).toEqual(['Claims intake']);
    expect(screen.getByTestId('location')).toHaveTextContent('?kind=expand&earned=not-earned');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Filter by business unit'), 'Sales');
    expect(rowNames()).toEqual(['Sales notes']);
    await user.selectOptions(screen.getByLabelText('Filter by business unit'), '');

    await user.type(screen.getByLabelText('Search decisions'), 'grace');
    expect(rowNames()).toEqual(['Sales notes', 'Claims intake']);
    await user.clear(screen.getByLabelText('Search decisions'));
    await user.type(screen.getByLabelText('Search decisions'), 'halved');
    expect(rowNames()).toEqual(['Invoice triage']);
    await user.type(screen.getByLabelText('Search decisions'), ' nowhere');
    await waitFor(() =>
      expect(screen.getByText('No decision matches these filters.')).toBeVisible(),
    );
  });
});
