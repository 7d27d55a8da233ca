import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pilot } from '../../../shared/model';
import { PilotLessonsTab } from '../../../renderer/features/lessons/PilotLessonsTab';
import { parseTags } from '../../../renderer/features/lessons/lessonForm';
import { createPilot, recordDecision, type PortfolioDatabase } from '../../../renderer/db';
import { newDatabase } from '../db/fixtures';
import { cleanupPortfolioTest, renderInPortfolio } from '../decisions/harness';

let db: PortfolioDatabase;
let pilot: Pilot;
beforeEach(async () => {
  db = await newDatabase('Acme');
  pilot = await createPilot(db, { name: 'Invoice triage', stage: 'pilot', budget: 10_000 });
});
afterEach(async () => {
  await cleanupPortfolioTest();
});

describe('PilotLessonsTab', () => {
  it('writes a lesson citing a decision, edits it, deletes it and undoes the delete', async () => {
    const user = userEvent.setup();
    const { decision } = await recordDecision(db, {
      pilotId: pilot.id,
      date: '2026-04-01',
      kind: 'stop',
      stageAfter: 'stopped',
      budgetDelta: -10_000,
      fteDelta: 0,
      agentSeatsDelta: 0,
      rationale: 'No outcome moved.',
      decidedBy: 'Ada Lovelace',
      recommendation: null,
      evidence: null,
    });
    renderInPortfolio(db, <PilotLessonsTab pilotId={pilot.id} />);
    expect(await screen.findByText('No lessons yet')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Write a lesson' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write a lesson' });
    await user.click(await within(dialog).findByRole('button', { name: 'Save lesson' }));
    expect(await within(dialog).findByText('Give the lesson a short title')).toBeVisible();

    await user.click(within(dialog).getByRole('radio', { name: /Pitfall to avoid/ }));
    await user.type(within(dialog).getByLabelText('Title'), 'Baseline before go-live');
    await user.type(
      within(dialog).getByLabelText('Lesson'),
      'We could not show the change because nobody measured the old cycle time.',
    );
    await user.type(within(dialog).getByLabelText('Tags'), 'data, measurement, Data');
    await user.selectOptions(within(dialog).getByLabelText('Prompted by decision'), decision.id);
    await user.click(within(dialog).getByRole('button', { name: 'Save lesson' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const card = await screen.findByRole('article', { name: /Baseline before go-live/ });
    expect(card).toHaveTextContent('Pitfall to avoid');
    expect(
      within(card).getByRole('link', { name: /the decision to stop on Apr 1, 2026/ }),
    ).toHaveAttribute('href', `/pilots/${pilot.id}/decisions?decision=${decision.id}`);
    const [stored] = await db.lessons.toArray();
    expect(stored).toMatchObject({
      kind: 'pitfall',
      decisionId: decision.id,
      tags: ['data', 'measurement'],
    });

    await user.click(
      within(card).getByRole('button', { name: 'Edit the lesson “Baseline before go-live”' }),
    );
    const edit = await screen.findByRole('dialog', { name: 'Edit “Baseline before go-live”' });
    const title = await within(edit).findByLabelText('Title');
    expect(within(edit).getByLabelText('Tags')).toHaveValue('data, measurement');
    await user.clear(title);
    await user.type(title, 'Measure the baseline before go-live');
    await user.click(within(edit).getByRole('button', { name: 'Save lesson' }));
    expect(
      await screen.findByRole('article', { name: /Measure the baseline before go-live/ }),
    ).toBeVisible();

    await user.click(
      screen.getByRole('button', {
        name: 'Delete the lesson “Measure the baseline before go-live”',
      }),
    );
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete lesson' }),
    );
    expect(await screen.findByText('No lessons yet')).toBeVisible();
    const toast = (
      await screen.findByText('Deleted the lesson “Measure the baseline before go-live”')
    ).closest('[data-sonner-toast]') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('article', { name: /Measure the baseline before go-live/ }),
    ).toBeVisible();
    expect(await db.lessons.count()).toBe(1);
  });
});

describe('parseTags', () => {
  it('trims, drops empties and repeats that differ only in case, keeps the typed order', () => {
    expect(parseTags(' data, measurement,,Data , go-live ')).toEqual([
      'data',
      'measurement',
      'go-live',
    ]);
    expect(parseTags('')).toEqual([]);
  });
});
