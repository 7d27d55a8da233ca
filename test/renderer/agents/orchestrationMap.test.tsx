import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OrchestrationMapPage } from '../../../renderer/features/agents/map/OrchestrationMapPage';
import { deleteOpenedDatabases } from '../db/fixtures';
import { renderInPortfolio, seedInvoiceReaders } from './harness';

afterEach(async () => {
  cleanup();
  await deleteOpenedDatabases();
});

describe('Orchestration map', () => {
  it('draws every pilot, agent and person as a link to its page, and as a list', async () => {
    const user = userEvent.setup();
    const { db, reader, ana } = await seedInvoiceReaders();
    renderInPortfolio(db, <OrchestrationMapPage />);

    const map = await screen.findByRole('group', { name: 'Orchestration map of the portfolio' });
    const agent = within(map).getByRole('link', { name: /^Agent Invoice reader/ });
    expect(agent).toHaveAttribute('href', `#/agents/${reader.id}`);
    // Ana carries 12 h a week against 10: the map says so.
    expect(
      within(map).getByRole('link', { name: 'Supervisor Ana Supervisor, overloaded' }),
    ).toHaveAttribute('href', `#/people/${ana.id}`);
    expect(within(map).getAllByRole('link', { name: /^Pilot / })).toHaveLength(3);
    expect(screen.getByText(/pilots ·/)).toHaveTextContent(
      '3 pilots · 2 agents · 1 supervisors · 1 people served',
    );

    await user.click(screen.getByRole('button', { name: 'Show as list' }));
    expect(screen.getAllByRole('link', { name: 'Invoice reader' })).toHaveLength(2);
    expect(screen.getAllByText(/\(overloaded\)/)).toHaveLength(2);
  });
});
