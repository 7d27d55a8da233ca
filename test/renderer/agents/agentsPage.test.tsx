import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings } from '../../../renderer/db';
import { AgentsPage } from '../../../renderer/features/agents/AgentsPage';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';
import { renderInPortfolio, seedInvoiceReaders } from './harness';

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

describe('Agents page', () => {
  it('registers an agent through the form, refusing it without a name', async () => {
    const user = userEvent.setup();
    const db = await newDatabase();
    renderInPortfolio(db, <AgentsPage />);
    expect(await screen.findByText('No agents yet')).toBeVisible();

    await user.click(screen.getAllByRole('button', { name: 'New agent' })[0]!);
    const form = await screen.findByRole('dialog', { name: 'New agent' });
    await user.click(within(form).getByRole('button', { name: 'Register agent' }));
    expect(await within(form).findByText('Give the agent a name')).toBeVisible();
    expect(within(form).getByLabelText('Name')).toHaveFocus();

    await user.type(within(form).getByLabelText('Name'), 'Contract checker');
    await user.type(within(form).getByLabelText('Capabilities'), 'contract-review, redlining');
    await user.clear(within(form).getByLabelText('Monthly running cost (EUR)'));
    await user.type(within(form).getByLabelText('Monthly running cost (EUR)'), '900');
    await user.click(within(form).getByRole('button', { name: 'Register agent' }));

    const table = await screen.findByRole('table', { name: 'Agents' });
    expect(await within(table).findByRole('link', { name: 'Contract checker' })).toBeVisible();
    expect(within(table).getByText('€900')).toBeVisible();
    expect((await db.agents.toArray()).map((a) => a.capabilities)).toEqual([
      ['contract-review', 'redlining'],
    ]);
  });

  it('shows reuse, and the look-alikes as one cluster costed per year, until dismissed', async () => {
    const user = userEvent.setup();
    const { db } = await seedInvoiceReaders();
    renderInPortfolio(db, <AgentsPage />);

    const tiles = await screen.findByRole('region', { name: 'Reuse and duplication' });
    // Two agents in use; the reader works in two pilots → 50 %.
    expect(tiles).toHaveTextContent('Reuse rate50%1 work in more than one pilot');
    // The copy's running cost: 1,200 × 12.
    expect(within(tiles).getByText('€14,400')).toBeVisible();

    const duplicates = screen.getByRole('region', { name: 'Possible duplicates' });
    const cluster = within(duplicates).getByRole('article');
    expect(cluster).toHaveTextContent(
      'keep “Invoice reader”: it already works in the most pilots (2)',
    );
    expect(cluster).toHaveTextContent('Build cost already spent on the copies: €9,000');

    await user.click(within(cluster).getByRole('button', { name: 'Not duplicates' }));
    expect(await within(duplicates).findByText(/No look-alike agents across pilots/)).toBeVisible();
    const settings = await getSettings(db);
    expect(settings?.dismissedDuplicateClusters).toHaveLength(1);
    expect(settings?.dismissedDuplicateClusters?.[0]).toHaveLength(2);
  });
});
