import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultGateCriteria } from '../../../shared/model';
import { GateCriteriaSection } from '../../../renderer/features/settings/GateCriteriaSection';
import { getSettings, updateSettings, type PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio } from './harness';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase('Acme');
});
afterEach(async () => {
  await cleanupPortfolioTest();
});

async function section() {
  renderInPortfolio(db, <GateCriteriaSection />);
  return screen.findByRole('region', { name: 'Gate criteria' });
}

describe('GateCriteriaSection', () => {
  it('shows each criterion in plain words, shares as percentages', async () => {
    const card = await section();
    expect(
      within(card).getByLabelText('Share of outcome metrics that must be on target to expand (%)'),
    ).toHaveValue(75);
    expect(within(card).getByLabelText('Progress that counts as on target (%)')).toHaveValue(80);
    expect(within(card).getByLabelText('Evidence an outcome metric needs to count')).toHaveValue(
      'moderate',
    );
    expect(within(card).getByLabelText('Minimum return to expand (value ÷ cost, ×)')).toHaveValue(
      1.5,
    );
    expect(
      within(card).getByLabelText('Weeks until a pilot without a review date is judged'),
    ).toHaveValue(12);
    // 0.1 × 100 is 10.000000000000002 in floating point; a person reads 10.
    expect(within(card).getByLabelText('Change that still counts as flat (%)')).toHaveValue(10);
    expect(within(card).getByRole('button', { name: 'Reset to defaults' })).toBeDisabled();
  });

  it('saves edited criteria as shares, refusing out-of-range values by field', async () => {
    const user = userEvent.setup();
    const card = await section();
    const share = within(card).getByLabelText(
      'Share of outcome metrics that must be on target to expand (%)',
    );
    await user.clear(share);
    await user.type(share, '150');
    await user.click(within(card).getByRole('button', { name: 'Save gate criteria' }));
    expect(await within(card).findByText('Enter a percentage from 0 to 100')).toBeVisible();
    expect((await getSettings(db))!.gateCriteria).toEqual(defaultGateCriteria);

    await user.clear(share);
    await user.type(share, '50');
    await user.selectOptions(
      within(card).getByLabelText('Evidence an outcome metric needs to count'),
      'strong',
    );
    const roi = within(card).getByLabelText('Minimum return to expand (value ÷ cost, ×)');
    await user.clear(roi);
    await user.type(roi, '2');
    await user.click(within(card).getByRole('button', { name: 'Save gate criteria' }));

    await waitFor(async () =>
      expect((await getSettings(db))!.gateCriteria).toEqual({
        ...defaultGateCriteria,
        outcomeShareToExpand: 0.5,
        minEvidence: 'strong',
        minRoi: 2,
      }),
    );
    expect(await screen.findByText(/Gate criteria saved/)).toBeVisible();
  });

  it('resets to the defaults, with Undo back to the agreed criteria', async () => {
    const user = userEvent.setup();
    const agreed = { ...defaultGateCriteria, minRoi: 3, flatThreshold: 0.2 };
    await updateSettings(db, { gateCriteria: agreed });
    const card = await section();
    await waitFor(() =>
      expect(within(card).getByLabelText('Change that still counts as flat (%)')).toHaveValue(20),
    );

    await user.click(within(card).getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(async () =>
      expect((await getSettings(db))!.gateCriteria).toEqual(defaultGateCriteria),
    );
    await waitFor(() =>
      expect(within(card).getByLabelText('Minimum return to expand (value ÷ cost, ×)')).toHaveValue(
        1.5,
      ),
    );

    const toast = (await screen.findByText('Gate criteria reset to the defaults')).closest(
      '[data-sonner-toast]',
    ) as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getSettings(db))!.gateCriteria).toEqual(agreed));
  });
});
