import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvidenceSnapshot, Pilot, RecommendationSnapshot } from '../../../shared/model';
import {
  DecisionNotRevertibleError,
  ValidationError,
  createLesson,
  createPilot,
  deleteDecision,
  describeDeltas,
  listPilotHistory,
  recordDecision,
  restoreDeleted,
  revertBlocker,
  updatePilot,
  type PortfolioDatabase,
  type RecordDecisionInput,
} from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';
import { readRawDatabase } from './migrationHarness';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase('Acme');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

const RECOMMENDATION: RecommendationSnapshot = {
  kind: 'expand',
  reasons: [
    '2 of 2 outcome metrics at ≥ 80 % of target with moderate or strong evidence (need 2).',
    'Value 2.4× cost (minimum 1.5×).',
  ],
};

const EVIDENCE: EvidenceSnapshot = {
  metrics: [
    {
      metricId: '7d1f5a52-7c4e-4b8e-9d61-0f2d3b9b8c11',
      name: 'Cycle time — فاتورة ✅',
      kind: 'outcome',
      progress: 1.0666666666666667,
      evidence: 'strong',
      latestValue: 24,
      measurements: 6,
    },
    {
      metricId: '2b0c9a7e-1f3d-4c55-8e2a-6a7b8c9d0e1f',
      name: 'Prompts sent',
      kind: 'activity',
      progress: null,
      evidence: 'none',
      latestValue: null,
      measurements: 0,
    },
  ],
  value: 96_000,
  cost: 40_000,
  roi: 2.4,
};

async function invoicePilot(overrides: Partial<Pilot> = {}): Promise<Pilot> {
  return createPilot(db, {
    name: 'Invoice triage',
    stage: 'pilot',
    budget: 40_000,
    fte: 1.5,
    agentSeats: 3,
    ...overrides,
  });
}

function expansion(pilotId: string, overrides: Partial<RecordDecisionInput> = {}) {
  return {
    pilotId,
    date: '2026-06-01',
    kind: 'expand',
    stageAfter: 'scaling',
    budgetDelta: 50_000,
    fteDelta: 0.5,
    agentSeatsDelta: 2,
    rationale: 'Cycle time fell from 40 to 24 minutes in six weeks.',
    decidedBy: 'Ada Lovelace',
    recommendation: RECOMMENDATION,
    evidence: EVIDENCE,
    ...overrides,
  } satisfies RecordDecisionInput;
}

describe('recordDecision', () => {
  it('adds the decision and moves the pilot’s stage and resources by its deltas', async () => {
    const pilot = await invoicePilot();

    const { decision, pilot: after } = await recordDecision(db, expansion(pilot.id));

    // 40,000 + 50,000 = 90,000; 1.5 + 0.5 = 2 FTE; 3 + 2 = 5 seats; pilot → scaling.
    expect(after).toMatchObject({ stage: 'scaling', budget: 90_000, fte: 2, agentSeats: 5 });
    expect(await db.pilots.get(pilot.id)).toEqual(after);
    expect(decision).toMatchObject({
      pilotId: pilot.id,
      kind: 'expand',
      stageBefore: 'pilot',
      stageAfter: 'scaling',
      budgetDelta: 50_000,
      fteDelta: 0.5,
      agentSeatsDelta: 2,
      decidedBy: 'Ada Lovelace',
    });
    expect(await db.decisions.get(decision.id)).toEqual(decision);
    // One stamp on everything the decision wrote, later than the pilot's previous one.
    expect(after.updatedAt).toBe(decision.createdAt);
    expect(after.updatedAt > pilot.updatedAt).toBe(true);
  });

  it('stores the frozen recommendation and evidence exactly as given', async () => {
    const pilot = await invoicePilot();
    const { decision } = await recordDecision(db, expansion(pilot.id));
    const stored = (await db.decisions.get(decision.id))!;
    expect(stored.recommendation).toEqual(RECOMMENDATION);
    expect(stored.evidence).toEqual(EVIDENCE);
    // A copy, not the caller's object: later changes to it cannot rewrite the record.
    expect(stored.evidence).not.toBe(EVIDENCE);
  });

  it('writes a history entry for the decision and one for the pilot, both on the pilot', async () => {
    const pilot = await invoicePilot();
    const { decision } = await recordDecision(db, expansion(pilot.id));

    const history = await listPilotHistory(db, pilot.id);
    const written = history.filter((h) => h.at === decision.createdAt);
    expect(written.map((h) => [h.entityType, h.action, h.summary])).toEqual(
      expect.arrayContaining([
        [
          'decision',
          'create',
          'Recorded the decision to expand “Invoice triage” on 2026-06-01: stage pilot → scaling, +50,000 budget, +0.5 FTE and +2 agent seats',
        ],
        [
          'pilot',
          'update',
          'Changed stage, budget, FTE and agent seats of “Invoice triage”, applying the decision to expand',
        ],
      ]),
    );
    expect(written).toHaveLength(2);
    const pilotEntry = written.find((h) => h.entityType === 'pilot')!;
    expect(pilotEntry.changes).toEqual({
      stage: ['pilot', 'scaling'],
      budget: [40_000, 90_000],
      fte: [1.5, 2],
      agentSeats: [3, 5],
    });
    expect(written.every((h) => h.pilotId === pilot.id)).toBe(true);
  });

  it('a decision that changes nothing leaves the pilot record untouched', async () => {
    const pilot = await invoicePilot();
    const { pilot: after } = await recordDecision(
      db,
      expansion(pilot.id, {
        kind: 'continue',
        stageAfter: 'pilot',
        budgetDelta: 0,
        fteDelta: 0,
        agentSeatsDelta: 0,
        recommendation: null,
        evidence: null,
      }),
    );
    expect(after).toEqual(pilot);
    expect(await db.pilots.get(pilot.id)).toEqual(pilot);
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe(
      'Recorded the decision to continue “Invoice triage” on 2026-06-01: stage stays pilot, no change in resources',
    );
  });

  it('withdraws resources down to exactly zero, floating-point dust notwithstanding', async () => {
    const pilot = await invoicePilot({ fte: 0.3 });
    // 0.3 − 0.1 − 0.2 is −2.8e-17 in floating point; a person means zero.
    await recordDecision(
      db,
      expansion(pilot.id, {
        kind: 'continue',
        stageAfter: 'pilot',
        budgetDelta: 0,
        fteDelta: -0.1,
        agentSeatsDelta: 0,
      }),
    );
    const { pilot: after } = await recordDecision(
      db,
      expansion(pilot.id, {
        kind: 'stop',
        stageAfter: 'stopped',
        budgetDelta: -40_000,
        fteDelta: -0.2,
        agentSeatsDelta: -3,
      }),
    );
    expect(after).toMatchObject({ stage: 'stopped', budget: 0, fte: 0, agentSeats: 0 });
  });

  it('refuses resources withdrawn below zero, naming each field, and changes nothing', async () => {
    const pilot = await invoicePilot();
    const before = await readRawDatabase(db.name);

    const error = await recordDecision(
      db,
      expansion(pilot.id, { kind: 'stop', budgetDelta: -50_000, agentSeatsDelta: -4 }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      budgetDelta: 'The pilot holds 40,000 budget; withdrawing 50,000 would leave it below zero',
      agentSeatsDelta: 'The pilot holds 3 agent seats; withdrawing 4 would leave it below zero',
    });
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('refuses an empty rationale or decider, fractional seats and a missing pilot', async () => {
    const pilot = await invoicePilot();
    const empty = await recordDecision(
      db,
      expansion(pilot.id, { rationale: '   ', decidedBy: '' }),
    ).catch((e: unknown) => e);
    expect((empty as ValidationError).fieldErrors).toEqual({
      rationale: 'Say why — a decision without a rationale cannot be audited later',
      decidedBy: 'Say who decided',
    });
    const seats = await recordDecision(db, expansion(pilot.id, { agentSeatsDelta: 1.5 })).catch(
      (e: unknown) => e,
    );
    expect(Object.keys((seats as ValidationError).fieldErrors)).toEqual(['agentSeatsDelta']);
    const missing = await recordDecision(
      db,
      expansion('5f0e8f5c-3b7a-4f55-a0a4-7d4a5b0e9c21'),
    ).catch((e: unknown) => e);
    expect((missing as ValidationError).fieldErrors).toEqual({
      pilotId: 'No pilot with this id (it may have been deleted)',
    });
    expect(await db.decisions.count()).toBe(0);
  });

  describe('a storage error at any write leaves the database exactly as it was', () => {
    // The writes: the decision, its history entry, the pilot, the pilot's history entry.
    it.each([1, 2, 3, 4])('QuotaExceededError at write %i', async (k) => {
      const pilot = await invoicePilot();
      const before = await readRawDatabase(db.name);
      let writes = 0;
      const fail = <A extends unknown[], R>(original: (this: IDBObjectStore, ...args: A) => R) =>
        function (this: IDBObjectStore, ...args: A): R {
          writes++;
          if (writes === k) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(
        fail(IDBObjectStore.prototype.add),
      );
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(
        fail(IDBObjectStore.prototype.put),
      );

      const error = await recordDecision(db, expansion(pilot.id)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(Error);
      expect(String(error)).toContain('QuotaExceededError');
      expect(writes).toBe(k);
      vi.restoreAllMocks();
      expect(await readRawDatabase(db.name)).toEqual(before);
    });
  });
});

describe('taking a decision back', () => {
  it('revertPilot returns the pilot to its stage and resources before; undo reapplies it', async () => {
    const pilot = await invoicePilot();
    const { decision, pilot: decided } = await recordDecision(db, expansion(pilot.id));
    const lesson = await createLesson(db, {
      pilotId: pilot.id,
      decisionId: decision.id,
      title: 'Label 200 invoices first',
    });

    const token = await deleteDecision(db, decision.id, { revertPilot: true });

    expect(await db.decisions.get(decision.id)).toBeUndefined();
    expect(await db.pilots.get(pilot.id)).toMatchObject({
      stage: 'pilot',
      budget: 40_000,
      fte: 1.5,
      agentSeats: 3,
    });
    expect((await db.lessons.get(lesson.id))!.decisionId).toBeNull();
    const [first, second] = await listPilotHistory(db, pilot.id);
    expect([first!.summary, second!.summary].sort()).toEqual([
      'Changed stage, budget, FTE and agent seats of “Invoice triage”, taking back the decision to expand',
      'Took back the decision to expand “Invoice triage” of 2026-06-01, returning the pilot to its stage and resources before it',
    ]);

    const result = await restoreDeleted(db, token);
    expect(result).toEqual({ restored: 3, skipped: 0 });
    expect(await db.decisions.get(decision.id)).toEqual(decision);
    expect(await db.pilots.get(pilot.id)).toEqual(decided);
    expect(await db.lessons.get(lesson.id)).toEqual(lesson);
  });

  it('without revertPilot the pilot keeps what the decision gave it', async () => {
    const pilot = await invoicePilot();
    const { decision, pilot: decided } = await recordDecision(db, expansion(pilot.id));
    await deleteDecision(db, decision.id);
    expect(await db.pilots.get(pilot.id)).toEqual(decided);
  });

  it('refuses to take back a decision something was built on, changing nothing', async () => {
    const pilot = await invoicePilot();
    const { decision: first } = await recordDecision(db, expansion(pilot.id));
    await recordDecision(
      db,
      expansion(pilot.id, { date: '2026-09-01', stageAfter: 'scaled', budgetDelta: 10_000 }),
    );
    const before = await readRawDatabase(db.name);

    const error = await deleteDecision(db, first.id, { revertPilot: true }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(DecisionNotRevertibleError);
    expect((error as Error).message).toContain(
      'A later decision (expand on 2026-09-01) builds on this one.',
    );
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('names why: stage changed since, or granted resources spent elsewhere', async () => {
    const pilot = await invoicePilot();
    const { decision } = await recordDecision(db, expansion(pilot.id));
    const siblings = [decision];
    const current = (await db.pilots.get(pilot.id))!;
    expect(revertBlocker(decision, current, siblings)).toBeNull();
    expect(revertBlocker(decision, { ...current, stage: 'scaled' }, siblings)).toBe(
      'The pilot’s stage was changed to scaled since.',
    );
    // 90,000 held − 50,000 granted would be fine; 30,000 held − 50,000 would not.
    expect(revertBlocker(decision, { ...current, budget: 30_000, fte: 0 }, siblings)).toBe(
      'The pilot no longer holds the budget and FTE this decision granted.',
    );
    expect(revertBlocker(decision, undefined, siblings)).toBe('The pilot no longer exists.');
  });

  it('an undo does not overwrite a pilot edited after the take-back', async () => {
    const pilot = await invoicePilot();
    const { decision } = await recordDecision(db, expansion(pilot.id));
    const token = await deleteDecision(db, decision.id, { revertPilot: true });
    await updatePilot(db, pilot.id, { budget: 45_000 });

    const result = await restoreDeleted(db, token);

    expect(result).toEqual({ restored: 1, skipped: 1 });
    expect((await db.pilots.get(pilot.id))!.budget).toBe(45_000);
  });
});

describe('describeDeltas', () => {
  it('says what was granted and withdrawn, or that nothing changed', () => {
    expect(describeDeltas({ budgetDelta: 50_000, fteDelta: -0.5, agentSeatsDelta: 0 })).toBe(
      '+50,000 budget and −0.5 FTE',
    );
    expect(describeDeltas({ budgetDelta: 0, fteDelta: 0, agentSeatsDelta: 0 })).toBe(
      'no change in resources',
    );
  });
});
