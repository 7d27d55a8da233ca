import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pilot } from '../../../shared/model';
import { PilotDecisionsTab } from '../../../renderer/features/decisions/PilotDecisionsTab';
import { createLesson, recordDecision, type PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio, seedExpandPilot } from './harness';

let db: PortfolioDatabase;
let pilot: Pilot;
beforeEach(async () => {
  db = await newDatabase('Acme');
  pilot = await seedExpandPilot(db);
});
afterEach(async () => {
  await cleanupPortfolioTest();
});

const base = {
  fteDelta: 0,
  agentSeatsDelta: 0,
  decidedBy: 'Ada Lovelace',
  evidence: null,
} as const;

async function seedTwoExpansions() {
  // An earlier expansion the evidence did not support, then one it did.
  await recordDecision(db, {
    ...base,
    pilotId: pilot.id,
    date: '2026-03-02',
    kind: 'expand',
    stageAfter: 'scaling',
    budgetDelta: 5_000,
    rationale: 'Sponsor wanted to move fast.',
    recommendation: { kind: 'continue', reasons: ['Handling time has 2 measurements; needs 4.'] },
  });
  return recordDecision(db, {
    ...base,
    pilotId: pilot.id,
    date: '2026-05-04',
    kind: 'expand',
    stageAfter: 'scaled',
    budgetDelta: 20_000,
    agentSeatsDelta: 3,
    rationale: 'At target with strong evidence.',
    recommendation: { kind: 'expand', reasons: ['1 of 1 outcome metric on target.'] },
  });
}

describe('PilotDecisionsTab', () => {
  it('says what to do when there is no decision yet', async () => {
    renderInPortfolio(db, <PilotDecisionsTab pilotId={pilot.id} />);
    expect(await screen.findByText('No decisions recorded here yet')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Record decision' })).toBeEnabled();
  });

  it('lists decisions newest first, each earned or not, with what it changed', async () => {
    await seedTwoExpansions();
    renderInPortfolio(db, <PilotDecisionsTab pilotId={pilot.id} />);
    const list = await screen.findByRole('list', { name: 'Decisions on this pilot, newest first' });
    const [newest, oldest] = within(list).getAllByRole('article');

    expect(within(newest!).getByRole('heading')).toHaveTextContent('May 4, 2026ExpandEarned');
    expect(newest).toHaveTextContent('+€20,000 budget · +3 agent seats');
    expect(newest).toHaveTextContent(
      'Earned: the evidence at the time recommended expanding this pilot.',
    );
    expect(within(newest!).getByLabelText('Stage change')).toHaveTextContent('ScalingScaled');
    expect(newest).toHaveTextContent('Decided by Ada Lovelace');

    expect(within(oldest!).getByRole('heading')).toHaveTextContent('Mar 2, 2026ExpandNot earned');
    expect(oldest).toHaveTextContent(
      'Not earned: the recommendation at the time was Continue, not Expand.',
    );
    // The frozen recommendation, with its reasons, is one click away.
    await userEvent.setup().click(within(oldest!).getByText(/Recommendation then:/));
    expect(within(oldest!).getByText('Handling time has 2 measurements; needs 4.')).toBeVisible();
  });

  it('deletes the latest decision putting the pilot back; Undo restores both', async () => {
    const user = userEvent.setup();
    const { decision } = await seedTwoExpansions();
    const lesson = await createLesson(db, {
      pilotId: pilot.id,
      decisionId: decision.id,
      title: 'Pilot with one team first',
    });
    renderInPortfolio(db, <PilotDecisionsTab pilotId={pilot.id} />);
    await user.click(
      await screen.findByRole('button', { name: 'Delete the decision of May 4, 2026' }),
    );

    const confirm = await screen.findByRole('alertdialog');
    const revert = within(confirm).getByRole('checkbox', {
      name: /Also put the pilot back as it was before: stage Scaled → Scaling, -€20,000 budget, -3 agent seats/,
    });
    expect(revert).toBeChecked();
    await user.click(within(confirm).getByRole('button', { name: 'Delete decision' }));

    await waitFor(async () => expect(await db.decisions.get(decision.id)).toBeUndefined());
    expect(await db.pilots.get(pilot.id)).toMatchObject({
      stage: 'scaling',
      budget: 17_000,
      agentSeats: 2,
    });
    expect((await db.lessons.get(lesson.id))!.decisionId).toBeNull();

    const toast = (
      await screen.findByText(/Took back the decision to expand “Invoice triage” of 2026-05-04/)
    ).closest('[data-sonner-toast]') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.decisions.get(decision.id)).toEqual(decision));
    expect(await db.pilots.get(pilot.id)).toMatchObject({
      stage: 'scaled',
      budget: 37_000,
      agentSeats: 5,
    });
    expect((await db.lessons.get(lesson.id))!.decisionId).toBe(decision.id);
  });

  it('an older decision cannot be taken back, and says why', async () => {
    const user = userEvent.setup();
    await seedTwoExpansions();
    renderInPortfolio(db, <PilotDecisionsTab pilotId={pilot.id} />);
    await user.click(
      await screen.findByRole('button', { name: 'Delete the decision of Mar 2, 2026' }),
    );
    const confirm = await screen.findByRole('alertdialog');
    expect(
      await within(confirm).findByText(
        /The pilot keeps its stage and resources: A later decision \(expand on 2026-05-04\) builds on this one\./,
      ),
    ).toBeVisible();
    expect(within(confirm).queryByRole('checkbox')).toBeNull();
    await user.click(within(confirm).getByRole('button', { name: 'Delete decision' }));
    await waitFor(async () => expect(await db.decisions.count()).toBe(1));
    expect(await db.pilots.get(pilot.id)).toMatchObject({ stage: 'scaled', budget: 37_000 });
  });
});
