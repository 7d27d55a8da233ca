import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PilotAgentsTab } from '../../../renderer/features/agents/PilotAgentsTab';
import { deleteOpenedDatabases } from '../db/fixtures';
import { renderInPortfolio, seedInvoiceReaders } from './harness';

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

describe('Pilot Agents & people tab', () => {
  it('puts an agent to work, logs supervision and shows the cost the pilot carries', async () => {
    const user = userEvent.setup();
    const { db, pilots, reader } = await seedInvoiceReaders();
    renderInPortfolio(db, <PilotAgentsTab pilotId={pilots.c.id} />);

    await user.click(await screen.findByRole('button', { name: 'Put an agent to work' }));
    const form = await screen.findByRole('dialog', { name: 'Put an agent to work' });
    await user.selectOptions(within(form).getByLabelText('Agent'), 'Invoice reader');
    await user.selectOptions(within(form).getByLabelText('Supervisor'), 'Ana Supervisor');
    // Ana already carries 8 + 4 h a week against her 10.
    expect(
      await within(form).findByText(/Supervises 12 h a week now.*already overloaded/),
    ).toBeVisible();
    await user.clear(within(form).getByLabelText('Supervision hours per week'));
    await user.type(within(form).getByLabelText('Supervision hours per week'), '2');
    await user.click(within(form).getByRole('checkbox', { name: 'Ben Clerk' }));
    await user.click(within(form).getByRole('button', { name: 'Assign agent' }));

    const table = await screen.findByRole('table', { name: 'Agents working in Pilot C' });
    expect(await within(table).findByRole('link', { name: 'Invoice reader' })).toBeVisible();
    const assignment = (await db.assignments.where('pilotId').equals(pilots.c.id).toArray()).find(
      (a) => a.agentId === reader.id,
    );
    expect(assignment).toMatchObject({
      supervisionHoursPerWeek: 2,
      servedPersonIds: [expect.any(String)],
    });

    // The reader now works in three pilots: each carries a third of its 12,000 build cost.
    const cost = screen.getByRole('region', { name: 'Cost attributed to this pilot' });
    expect(await within(cost).findByText('€4,000')).toBeVisible();
    expect(within(cost).getByText('÷ 3 pilots')).toBeVisible();

    await user.click(
      within(table).getByRole('button', { name: 'Log supervision of Invoice reader' }),
    );
    const log = await screen.findByRole('dialog', { name: 'Log supervision' });
    await user.type(within(log).getByLabelText('Items reviewed'), '10');
    await user.type(within(log).getByLabelText('Items corrected'), '12');
    await user.click(within(log).getByRole('button', { name: 'Save log' }));
    expect(
      await within(log).findByText('Cannot correct more items than were reviewed'),
    ).toBeVisible();
    await user.clear(within(log).getByLabelText('Items corrected'));
    await user.type(within(log).getByLabelText('Items corrected'), '3');
    await user.click(within(log).getByRole('button', { name: 'Save log' }));
    expect(await within(table).findByText('30%')).toBeVisible();
  });
});
