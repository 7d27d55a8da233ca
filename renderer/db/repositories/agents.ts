import {
  agentFieldsSchema,
  agentSchema,
  type Agent,
  type AgentFields,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError } from '../errors';
import { countOf, listPhrase, quoted, recordHistory } from '../history';
import { nextUpdatedAt } from '../timestamps';
import type { UndoToken } from '../undo';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { checkReferences, definedOnly, parseOrThrow } from './validation';

export const AGENT_DEFAULTS: Omit<AgentFields, 'name'> = {
  purpose: '',
  capabilities: [],
  platform: '',
  ownerId: null,
  status: 'building',
  buildCost: 0,
  monthlyRunningCost: 0,
};

export type AgentDraft = Partial<AgentFields> & Pick<AgentFields, 'name'>;

function checkOwner(db: PortfolioDatabase, agent: Pick<Agent, 'ownerId'>) {
  return checkReferences('Agent', [
    { field: 'ownerId', id: agent.ownerId, table: db.people, noun: 'person' },
  ]);
}

export async function createAgent(db: PortfolioDatabase, draft: AgentDraft): Promise<Agent> {
  const fields = parseOrThrow(agentFieldsSchema, 'Agent', {
    ...AGENT_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction('rw', [db.agents, db.people, db.history], async () => {
    await checkOwner(db, fields);
    const agent: Agent = { ...newRecordMeta(), ...fields };
    await db.agents.add(agent);
    await recordHistory(db, {
      action: 'create',
      entityType: 'agent',
      entityId: agent.id,
      pilotId: null,
      summary: `Registered agent ${quoted(agent.name)}`,
      at: agent.createdAt,
    });
    return agent;
  });
}

export function updateAgent(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<AgentFields>,
  options: UpdateOptions = {},
): Promise<Agent> {
  return db.transaction('rw', [db.agents, db.people, db.history], () =>
    updateRecord(
      db,
      {
        noun: 'agent',
        entityType: 'agent',
        table: db.agents,
        schema: agentSchema,
        pilotIdOf: () => null,
        nameOf: (a) => a.name,
        check: (after, before) =>
          after.ownerId !== before.ownerId ? checkOwner(db, after) : undefined,
      },
      id,
      patch,
      options,
    ),
  );
}

/** Deletes an agent with its assignments (and their supervision logs): they mean nothing without it. */
export async function deleteAgent(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction(
    'rw',
    [db.agents, db.assignments, db.supervisionLogs, db.pilots, db.history],
    async () => {
      const agent = await db.agents.get(id);
      if (!agent) throw new RecordNotFoundError('agent', id);
      const assignments = await db.assignments.where('agentId').equals(id).toArray();
      const logs = assignments.length
        ? await db.supervisionLogs
            .where('assignmentId')
            .anyOf(assignments.map((a) => a.id))
            .toArray()
        : [];
      const at = nextUpdatedAt(agent.updatedAt);
      await db.supervisionLogs.bulkDelete(logs.map((l) => l.id));
      await db.assignments.bulkDelete(assignments.map((a) => a.id));
      await db.agents.delete(id);

      const parts = [
        assignments.length && countOf(assignments.length, 'assignment'),
        logs.length && countOf(logs.length, 'supervision log'),
      ].filter((p): p is string => typeof p === 'string');
      const tail = parts.length ? ` and its ${listPhrase(parts)}` : '';
      const label = `Deleted agent ${quoted(agent.name)}${tail}`;
      await recordHistory(db, {
        action: 'delete',
        entityType: 'agent',
        entityId: id,
        pilotId: null,
        summary: label,
        at,
      });
      for (const pilotId of new Set(assignments.map((a) => a.pilotId))) {
        const pilot = await db.pilots.get(pilotId);
        await recordHistory(db, {
          action: 'delete',
          entityType: 'assignment',
          entityId: id,
          pilotId,
          summary: `Removed agent ${quoted(agent.name)} from ${quoted(pilot?.name ?? 'a pilot')} because the agent was deleted`,
          at,
        });
      }
      return {
        label,
        restoreSummary: `Restored agent ${quoted(agent.name)}${tail}`,
        at,
        entityType: 'agent',
        entityId: id,
        pilotId: null,
        records: { agents: [agent], assignments, supervisionLogs: logs },
      };
    },
  );
}
