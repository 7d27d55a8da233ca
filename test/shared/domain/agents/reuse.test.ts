import { describe, expect, it } from 'vitest';
import { agentUsages, reuseSummary } from '@shared/domain/agents';
import { agent, assignment, id } from './fixtures';

describe('reuseSummary', () => {
  it('counts agents serving several pilots or people among those in use', () => {
    const [p1, p2] = [id(), id()];
    const [ana, ben, cai] = [id(), id(), id()];
    const shared = agent({ name: 'Shared' });
    const team = agent({ name: 'Team helper' });
    const solo = agent({ name: 'Solo' });
    const old = agent({ name: 'Old', status: 'retired' });
    const idle = agent({ name: 'Idle' });
    const usages = agentUsages(
      [shared, team, solo, old, idle],
      [
        assignment({ agentId: shared.id, pilotId: p1, servedPersonIds: [ana] }),
        assignment({ agentId: shared.id, pilotId: p2, servedPersonIds: [ana] }),
        assignment({ agentId: team.id, pilotId: p1, servedPersonIds: [ana, ben, cai] }),
        assignment({ agentId: solo.id, pilotId: p1, servedPersonIds: [ben] }),
        assignment({ agentId: old.id, pilotId: p1, servedPersonIds: [ana, ben] }),
        assignment({ agentId: old.id, pilotId: p2 }),
        // Ended: the solo agent no longer works in p2.
        assignment({ agentId: solo.id, pilotId: p2, endDate: '2026-01-31' }),
      ],
      '2026-06-30',
    );
    // In use: shared, team, solo (old is retired, idle has no assignment).
    // Across pilots: shared (1 of 3 → 33 %). Several people: team. Either: shared and team.
    expect(reuseSummary(usages)).toEqual({
      agentsInUse: 3,
      acrossPilots: 1,
      servingSeveralPeople: 1,
      reused: 2,
      reuseRate: 1 / 3,
    });
  });

  it('has no rate without agents in use', () => {
    expect(reuseSummary([]).reuseRate).toBeNull();
  });
});
