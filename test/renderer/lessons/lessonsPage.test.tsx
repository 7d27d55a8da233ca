import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LessonsPage } from '../../../renderer/features/lessons/LessonsPage';
import {
  createLesson,
  createPilot,
  recordDecision,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio } from '../decisions/harness';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase('Acme');
});
afterEach(async () => {
  await cleanupPortfolioTest();
});

async function seedLibrary() {
  const invoices = await createPilot(db, {
    name: 'Invoice triage',
    businessUnit: 'Finance',
    stage: 'pilot',
  });
  const claims = await createPilot(db, { name: 'Claims intake', businessUnit: 'Insurance' });
  const { decision } = await recordDecision(db, {
    pilotId: invoices.id,
    date: '2026-04-01',
    kind: 'expand',
    stageAfter: 'scaling',
    budgetDelta: 10_000,
    fteDelta: 0,
    agentSeatsDelta: 0,
    rationale: 'On target.',
    decidedBy: 'Ada Lovelace',
    recommendation: { kind: 'expand', reasons: ['On target.'] },
    evidence: null,
  });
  await createLesson(db, {
    pilotId: invoices.id,
    decisionId: decision.id,
    title: 'Label 200 invoices first',
    text: 'A small labelled set made the agent useful in week two.',
    kind: 'practice',
    tags: ['data', 'Quick-win'],
  });
  // The library lists newest first by createdAt (milliseconds): make the second lesson newer
  // for certain, or two writes in the same millisecond leave the order to chance.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await createLesson(db, {
    pilotId: claims.id,
    title: 'Supervisors need protected time',
    text: 'Reviews slipped when supervision came on top of the day job.',
    kind: 'pitfall',
    tags: ['supervision'],
  });
  return { invoices, decision };
}

function titles(): string[] {
  return screen
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading').textContent ?? '');
}

describe('LessonsPage', () => {
  it('says where lessons come from when there are none', async () => {
    renderInPortfolio(db, <LessonsPage />);
    expect(await screen.findByText('No lessons yet')).toBeVisible();
  });

  it('links each lesson to its pilot and the decision that prompted it', async () => {
    const { invoices, decision } = await seedLibrary();
    renderInPortfolio(db, <LessonsPage />);
    const card = await screen.findByRole('article', { name: /Label 200 invoices first/ });
    expect(within(card).getByRole('link', { name: 'Invoice triage' })).toHaveAttribute(
      'href',
      `/pilots/${invoices.id}/lessons`,
    );
    expect(
      within(card).getByRole('link', { name: 'the decision to expand on Apr 1, 2026' }),
    ).toHaveAttribute('href', `/pilots/${invoices.id}/decisions?decision=${decision.id}`);
    expect(card).toHaveTextContent('Finance');
  });

  it('filters by kind, tag and business unit, and searches the text', async () => {
    const user = userEvent.setup();
    await seedLibrary();
    renderInPortfolio(db, <LessonsPage />);
    await screen.findAllByRole('article');
    expect(titles()).toEqual(['Supervisors need protected time', 'Label 200 invoices first']);

    await user.selectOptions(screen.getByLabelText('Filter by kind'), 'pitfall');
    expect(titles()).toEqual(['Supervisors need protected time']);
    expect(screen.getByText('1 of 2 lessons')).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Filter by kind'), '');

    // A tag on a card filters by it, ignoring case.
    await user.click(screen.getByRole('button', { name: 'Show lessons tagged Quick-win' }));
    expect(titles()).toEqual(['Label 200 invoices first']);
    expect(screen.getByLabelText('Filter by tag')).toHaveValue('Quick-win');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByLabelText('Filter by business unit'), 'Insurance');
    expect(titles()).toEqual(['Supervisors need protected time']);
    await user.selectOptions(screen.getByLabelText('Filter by business unit'), '');

    await user.type(screen.getByLabelText('Search lessons'), 'week two');
    expect(titles()).toEqual(['Label 200 invoices first']);
    await user.type(screen.getByLabelText('Search lessons'), ' never');
    expect(screen.getByText('No lesson matches these filters.')).toBeVisible();
  });
});
