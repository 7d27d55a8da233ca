import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../../shared/dates';
import type { Pilot } from '../../../shared/model';
import { useUiStore } from '../../../renderer/app/uiStore';
import { RecordDecisionDialog } from '../../../renderer/features/decisions/RecordDecisionDialog';
import type { PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio, seedExpandPilot } from './harness';

let db: PortfolioDatabase;
let pilot: Pilot;
beforeEach(async () => {
  db = await newDatabase('Acme');
  pilot = await seedExpandPilot(db);
});
afterEach(async () => {
  useUiStore.getState().openDecisionDialog(null);
  await cleanupPortfolioTest();
});

async function openDialog() {
  renderInPortfolio(db, <RecordDecisionDialog />);
  // Opened after mounting, as from the pilot header: nothing of an earlier query may leak in.
  act(() => useUiStore.getState().openDecisionDialog(pilot.id));
  const dialog = await screen.findByRole('dialog', {
    name: 'Record a decision on “Invoice triage”',
  });
  await within(dialog).findByRole('table', { name: /Evidence for “Invoice triage”/ });
  return dialog;
}

describe('RecordDecisionDialog', () => {
  it('keeps the recommendation, every reason and the evidence in view', async () => {
    const dialog = await openDialog();
    const evidence = within(dialog).getByRole('region', {
      name: 'The recommendation and the evidence now',
    });
    expect(within(evidence).getByText('Recommend: Expand')).toBeVisible();
    const reasons = within(evidence).getAllByRole('listitem');
    expect(reasons.length).toBeGreaterThanOrEqual(1);
    expect(reasons.map((r) => r.textContent)).toEqual([
      '1 of 1 outcome metric at ≥ 80 % of target with moderate or strong evidence (needs 1): Handling time 97 % (strong evidence).',
      'Value 2.5× cost (minimum 1.5×).',
    ]);
    expect(
      within(evidence).getByText(
        'Outcome metrics on target: 1 of 1 (1 needed) · ROI 2.5× (minimum 1.5×)',
      ),
    ).toBeVisible();

    const row = within(evidence).getByRole('row', { name: /Handling time/ });
    // Latest week 25.5 on a 40 → 25 scale: (40 − 25.5) ÷ (40 − 25) = 96.7 %.
    expect(row).toHaveTextContent('97%');
    expect(row).toHaveTextContent('Strong');
    expect(row).toHaveTextContent('10 values');
    expect(row).toHaveTextContent('25.5 min');
    expect(within(evidence).getByText('Cost').nextSibling).toHaveTextContent('€12,000');

    expect(within(dialog).getByLabelText('Decided by')).toHaveValue('Ada Lovelace');
    expect(within(dialog).getByLabelText('Date')).toHaveValue(todayIso());
    for (const kind of ['Expand', 'Continue', 'Pivot', 'Stop']) {
      expect(within(dialog).getByRole('radio', { name: new RegExp(kind) })).not.toBeChecked();
    }
  });

  it('asks for a choice and a rationale before saving anything', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    expect(
      await within(dialog).findByText('Choose what to do: expand, continue, pivot or stop'),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Rationale')).toHaveAccessibleDescription(
      expect.stringContaining('Say why'),
    );
    expect(await db.decisions.count()).toBe(0);
  });

  it('records an expansion: snapshot frozen, pilot moved up with its budget, lesson invited', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog();
    const reasons = within(
      within(dialog).getByRole('region', { name: 'The recommendation and the evidence now' }),
    )
      .getAllByRole('listitem')
      .map((li) => li.textContent);

    await user.click(within(dialog).getByRole('radio', { name: /Expand/ }));
    expect(within(dialog).getByLabelText('Moves the pilot to')).toHaveValue('scaling');
    expect(within(dialog).getByText(/this expansion will count as earned/)).toBeVisible();
    const budget = within(dialog).getByLabelText('Budget change (EUR)');
    await user.clear(budget);
    await user.type(budget, '8000');
    expect(budget).toHaveAccessibleDescription('€12,000 → €20,000');
    await user.type(
      within(dialog).getByLabelText('Rationale'),
      'Handling time is at target with strong evidence.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    const invite = await screen.findByRole('dialog', {
      name: 'What should other pilots copy or avoid?',
    });
    const [decision] = await db.decisions.toArray();
    expect(decision).toMatchObject({
      kind: 'expand',
      stageBefore: 'pilot',
      stageAfter: 'scaling',
      budgetDelta: 8000,
      fteDelta: 0,
      agentSeatsDelta: 0,
      decidedBy: 'Ada Lovelace',
      date: todayIso(),
      rationale: 'Handling time is at target with strong evidence.',
    });
    expect(decision!.recommendation).toEqual({ kind: 'expand', reasons });
    expect(decision!.evidence).toMatchObject({
      cost: 12_000,
      metrics: [
        { name: 'Handling time', kind: 'outcome', progress: 14.5 / 15, evidence: 'strong' },
      ],
    });
    expect(await db.pilots.get(pilot.id)).toMatchObject({ stage: 'scaling', budget: 20_000 });
    expect(
      await screen.findByText('Recorded the decision to expand “Invoice triage”'),
    ).toBeVisible();

    // The invited lesson arrives linked to the decision, as a practice to copy.
    expect(await within(invite).findByLabelText('Prompted by decision')).toHaveValue(decision!.id);
    expect(within(invite).getByRole('radio', { name: /Practice to copy/ })).toBeChecked();
    await user.type(within(invite).getByLabelText('Title'), 'Measure handling time from day one');
    await user.click(within(invite).getByRole('button', { name: 'Save lesson' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [lesson] = await db.lessons.toArray();
    expect(lesson).toMatchObject({
      pilotId: pilot.id,
      decisionId: decision!.id,
      kind: 'practice',
      title: 'Measure handling time from day one',
    });
  });

  it('a stop withdraws everything by default; withdrawing more is refused on the field', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: /Stop/ }));
    expect(within(dialog).getByLabelText('Moves the pilot to')).toHaveValue('stopped');
    expect(within(dialog).getByLabelText('Budget change (EUR)')).toHaveValue(-12_000);
    expect(within(dialog).getByLabelText('FTE change')).toHaveValue(-1);
    expect(within(dialog).getByLabelText('Agent seats change')).toHaveValue(-2);
    expect(within(dialog).getByText(/The evidence recommends Expand/)).toBeVisible();

    const budget = within(dialog).getByLabelText('Budget change (EUR)');
    await user.clear(budget);
    await user.type(budget, '-20000');
    expect(budget).toHaveAccessibleDescription('€12,000 → -€8,000 — below zero');
    await user.type(within(dialog).getByLabelText('Rationale'), 'Strategy changed.');
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    expect(
      await within(dialog).findByText(
        'The pilot holds 12,000 budget; withdrawing 20,000 would leave it below zero',
      ),
    ).toBeVisible();
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(await db.decisions.count()).toBe(0);
    expect((await db.pilots.get(pilot.id))!.budget).toBe(12_000);

    // Back to expand: the stop's withdrawals are cleared rather than carried into an expansion.
    await user.click(within(dialog).getByRole('radio', { name: /Continue/ }));
    expect(within(dialog).getByLabelText('Moves the pilot to')).toHaveValue('pilot');
  });

  it('the invite can be skipped, and Undo takes the decision back', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: /Stop/ }));
    await user.type(within(dialog).getByLabelText('Rationale'), 'Strategy changed.');
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    const invite = await screen.findByRole('dialog', {
      name: 'What should other pilots copy or avoid?',
    });
    expect(await within(invite).findByRole('radio', { name: /Pitfall to avoid/ })).toBeChecked();
    await user.click(within(invite).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.lessons.count()).toBe(0);
    expect(await db.pilots.get(pilot.id)).toMatchObject({ stage: 'stopped', budget: 0, fte: 0 });

    const recorded = await screen.findByText('Recorded the decision to stop “Invoice triage”');
    const toast = recorded.closest('[data-sonner-toast]') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.decisions.count()).toBe(0));
    expect(await db.pilots.get(pilot.id)).toMatchObject({
      stage: 'pilot',
      budget: 12_000,
      fte: 1,
      agentSeats: 2,
    });
  });
});
