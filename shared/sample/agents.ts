import type { Agent, AgentStatus, Person } from '../model';
import { agentTemplate, type AgentTemplate } from './catalogue/agents';
import { PLATFORMS, regionSuffix } from './catalogue/organisation';
import { recordMeta } from './clock';
import type { Staff } from './people';
import { roundTo } from './pilots';
import type { PlannedPilot, SampleContext } from './plan';
import type { Random } from './random';

/** One agent working in one pilot: what assignments are made from. */
export interface AgentUse {
  planned: PlannedPilot;
  agent: Agent;
  template: AgentTemplate;
}

export interface AgentRegistry {
  agents: Agent[];
  uses: AgentUse[];
}

/**
 * At scale a group service is run as several regional instances rather than one agent serving a
 * thousand pilots; each instance takes this many pilots.
 */
const PILOTS_PER_SHARED_INSTANCE = 25;

function statusFor(planned: PlannedPilot, rng: Random): AgentStatus {
  const { stage, story } = planned.plan;
  if (stage === 'stopped') return rng.chance(0.7) ? 'retired' : 'paused';
  if (story === 'new') return rng.chance(0.5) ? 'building' : 'active';
  if (story === 'wrong') return rng.chance(0.5) ? 'paused' : 'active';
  return 'active';
}

function makeAgent(
  rng: Random,
  template: AgentTemplate,
  name: string,
  owner: Person | null,
  status: AgentStatus,
  createdDay: number,
  updatedDay: number,
): Agent {
  return {
    ...recordMeta(rng, createdDay, updatedDay),
    name,
    purpose: template.purpose,
    capabilities: [...template.capabilities],
    platform: PLATFORMS[rng.pick(template.platforms)],
    ownerId: owner?.id ?? null,
    status,
    buildCost: roundTo(rng.range(...template.buildCost), 500),
    monthlyRunningCost: roundTo(rng.range(...template.monthlyRunningCost), 50),
  };
}

/**
 * Every started pilot gets its own agent from its template plus the group services it uses. Ideas
 * have no agents yet. Pilots repeated per region each build their own copy of the agent, which is
 * exactly the duplication the product is meant to surface.
 */
export function generateAgents(
  ctx: SampleContext,
  pilots: PlannedPilot[],
  staff: Staff,
  rng: Random,
): AgentRegistry {
  const agents: Agent[] = [];
  const uses: AgentUse[] = [];
  const sharedInstances = new Map<string, Agent[]>();
  const sharedUsers = new Map<string, number>();
  const coe = staff.byUnit.IT.leads;

  for (const planned of pilots) {
    const { plan, pilot } = planned;
    if (plan.startDay === null) continue;
    for (const key of plan.template.agents) {
      const template = agentTemplate(key);
      if (template.shared) {
        const users = sharedUsers.get(key) ?? 0;
        sharedUsers.set(key, users + 1);
        const instance = Math.floor(users / PILOTS_PER_SHARED_INSTANCE);
        const list = sharedInstances.get(key) ?? [];
        sharedInstances.set(key, list);
        let agent = list[instance];
        if (!agent) {
          const name =
            instance === 0 ? template.name : `${template.name} (${regionSuffix(instance)})`;
          const created = ctx.originDay + rng.int(0, 30);
          agent = makeAgent(
            rng,
            template,
            name,
            rng.pick(coe),
            'active',
            created,
            rng.int(created, ctx.todayDay),
          );
          list.push(agent);
          agents.push(agent);
        }
        uses.push({ planned, agent, template });
      } else {
        // The pilot's own agent: usually owned by its lead, sometimes by the AI Centre of Excellence.
        const owner = rng.chance(0.65) && pilot.leadId ? null : rng.pick(coe);
        const ownerPerson =
          owner ?? (pilot.leadId ? staff.byId.get(pilot.leadId) : undefined) ?? null;
        const created = Math.max(ctx.originDay, plan.startDay - rng.int(0, 21));
        const updated =
          plan.endDay !== null && plan.stage === 'stopped'
            ? plan.endDay
            : ctx.todayDay - rng.int(0, 30);
        const agent = makeAgent(
          rng,
          template,
          plan.round === 0 ? template.name : `${template.name} (${regionSuffix(plan.round)})`,
          ownerPerson,
          statusFor(planned, rng),
          created,
          Math.min(ctx.todayDay, updated),
        );
        agents.push(agent);
        uses.push({ planned, agent, template });
      }
    }
  }
  return { agents, uses };
}
