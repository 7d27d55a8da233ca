import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { resetRegistryForTests } from '../../../renderer/db';

beforeEach(async () => {
  await resetRegistryForTests();
  window.location.hash = '#/';
  localStorage.clear();
});

afterEach(async () => {
  await resetRegistryForTests();
});

describe('first run', () => {
  it('offers the sample, an empty portfolio, and restoring a backup', async () => {
    render(<App />);
    expect(await screen.findByRole('button', { name: /open the sample portfolio/i })).toBeEnabled();
    expect(screen.getByRole('button', { name: /start an empty portfolio/i })).toBeEnabled();
    // The restore choice's code loads on demand; it is enabled once it has.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /restore a backup/i })).toBeEnabled(),
    );
  });

  it('creates an empty portfolio, then a pilot through the form, and reopens it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await user.click(await screen.findByRole('button', { name: /start an empty portfolio/i }));
    const dialog = await screen.findByRole('dialog', { name: 'New portfolio' });
    await user.type(within(dialog).getByLabelText('Portfolio name'), 'Acme pilots');
    await user.click(within(dialog).getByRole('button', { name: 'Create portfolio' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme pilots' })).toBeVisible();
    expect(screen.getByText('Your portfolio is empty')).toBeVisible();

    await user.click(screen.getAllByRole('button', { name: /new pilot/i })[0]!);
    const form = await screen.findByRole('dialog', { name: 'New pilot' });
    await user.click(within(form).getByRole('button', { name: 'Create pilot' }));
    expect(await within(form).findByText('Give the pilot a name')).toBeVisible();

    await user.type(within(form).getByLabelText('Name'), 'Invoice triage');
    await user.type(within(form).getByLabelText('Business unit'), 'Finance');
    await user.clear(within(form).getByLabelText('Budget'));
    await user.type(within(form).getByLabelText('Budget'), '25000');
    await user.click(within(form).getByRole('button', { name: 'Create pilot' }));

    // The pilot's page is loaded on first use; here that means transforming its modules, which
    // took 4–6 s with the machine busy (a browser loads the built chunk in milliseconds).
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Invoice triage' }, { timeout: 20_000 }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // A fresh start of the app reopens the last portfolio.
    unmount();
    window.location.hash = '#/pilots';
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Invoice triage' })).toBeVisible();
  });
});
