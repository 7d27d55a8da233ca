import { isoToDay } from '../dates';
import type { Assignment, Person, SupervisionLog } from '../model';
import type { Story } from './catalogue/pilots';
import type { AgentUse } from './agents';
import { isoDay, mondayOnOrBefore, recordMeta } from './clock';
import type { Staff } from './people';
import { roundTo } from './pilots';
import type { SampleContext } from './plan';
import type { Random } from './random';

/** Capacity a supervisor without a stated one gets (the portfolio default). */
export const DEFAULT_CAPACITY_HOURS = 10;
/** Supervision logs cover the most recent weeks of each assignment, as a team would keep them. */
const LOG_WEEKS = 12;

/** People served and supervision hours per week grow as a pilot climbs the ladder. */
function sizing(use: AgentUse): {
  served: readonly [number, number];
  hours: readonly [number, number];
} {
  const { stage, story } = use.planned.plan;
  if (use.template.shared) return { served: [2, 5], hours: [0.5, 1.5] };
  if (story === 'new') return { served: [2, 4], hours: [0.5, 2] };
  switch (stage) {
    case 'scaling':
      return { served: [5, 10], hours: [2, 5] };
    case 'scaled':
      return { served: [8, 15], hours: [2.5, 6] };
    default:
      return { served: [3, 6], hours: [1, 3.5] };
  }
}

export function isActive(a: Assignment, todayIso: string): boolean {
  return a.endDate === null || a.endDate >= todayIso;
}

/** Weekly supervision hours each supervisor carries on active assignments. */
export function supervisionLoad(assignments: Assignment[], todayIso: string): Map<string, number> {
  const load = new Map<string, number>();
  for (const a of assignments) {
    if (!a.supervisorId || !isActive(a, todayIso)) continue;
    load.set(a.supervisorId, (load.get(a.supervisorId) ?? 0) + a.supervisionHoursPerWeek);
  }
  return load;
}

/**
 * Supervision is the bottleneck the product exists to show, so the sample always has a supervisor
 * over capacity: if chance produced none, the most loaded one picks up extra review hours.
 */
function ensureOverload(assignments: Assignment[], staff: Staff, todayIso: string): void {
  const capacity = (id: string): number =>
    staff.byId.get(id)?.oversightCapacityHours ?? DEFAULT_CAPACITY_HOURS;
  const load = supervisionLoad(assignments, todayIso);
  let worst: string | null = null;
  let worstRatio = -1;
  for (const [id, hours] of load) {
    const ratio = hours / Math.max(1, capacity(id));
    if (ratio > 1) return;
    if (ratio > worstRatio) [worst, worstRatio] = [id, ratio];
  }
  if (worst === null) return;
  const mine = assignments.filter((a) => a.supervisorId === worst && isActive(a, todayIso));
  const target = capacity(worst) * 1.3;
  let total = load.get(worst) ?? 0;
  for (let i = 0; total <= target; i = (i + 1) % mine.length) {
    const a = mine[i];
    if (!a) break;
    a.supervisionHoursPerWeek += 1;
    total += 1;
  }
}

export function generateAssignments(
  ctx: SampleContext,
  uses: AgentUse[],
  staff: Staff,
  rng: Random,
): Assignment[] {
  const todayIso = isoDay(ctx.todayDay);
  const assignments = uses.map((use): Assignment => {
    const { plan, pilot } = use.planned;
    const unit = staff.byUnit[plan.template.businessUnit];
    const { served, hours } = sizing(use);
    const startDay = Math.min(ctx.todayDay, (plan.startDay ?? ctx.todayDay) + rng.int(0, 14));
    // Mostly a unit supervisor; now and then the pilot lead reviews the agent personally.
    const lead: Person | undefined = pilot.leadId ? staff.byId.get(pilot.leadId) : undefined;
    const supervisor = lead && rng.chance(0.12) ? lead : rng.pick(unit.supervisors);
    const servedPeople = rng.sample(unit.workers, rng.int(served[0], served[1]));
    return {
      ...recordMeta(
        rng,
        Math.max(ctx.originDay, startDay - rng.int(0, 7)),
        Math.min(ctx.todayDay, startDay + rng.int(0, 60)),
      ),
      agentId: use.agent.id,
      pilotId: pilot.id,
      servedPersonIds: servedPeople.map((p) => p.id),
      supervisorId: supervisor.id,
      supervisionHoursPerWeek: roundTo(rng.range(hours[0], hours[1]), 0.5),
      startDate: isoDay(startDay),
      endDate: plan.stage === 'stopped' && plan.endDay !== null ? isoDay(plan.endDay) : null,
    };
  });
  ensureOverload(assignments, staff, todayIso);
  return assignments;
}

/** Share of reviewed items a supervisor corrects, as the pilot progresses (x from 0 to 1). */
function correctionRate(story: Story, x: number): number {
  switch (story) {
    case 'success':
      return 0.16 - 0.12 * x;
    case 'improving':
      return 0.2 - 0.1 * x;
    case 'wrong':
      return 0.18 + 0.14 * x;
    case 'new':
      return 0.25;
    default:
      return 0.14;
  }
}

/** Weekly logs (Monday–Sunday, completed weeks only) for the last weeks of every assignment. */
export function generateSupervisionLogs(
  ctx: SampleContext,
  assignments: Assignment[],
  uses: AgentUse[],
  rng: Random,
): SupervisionLog[] {
  const logs: SupervisionLog[] = [];
  assignments.forEach((a, i) => {
    const use = uses[i];
    if (!use || !a.startDate) return;
    const { plan } = use.planned;
    const first = isoToDay(a.startDate);
    const last = Math.min(ctx.todayDay, a.endDate ? isoToDay(a.endDate) : ctx.todayDay);
    // The last completed week ends on the Sunday before `last` (or on it).
    const lastMonday = mondayOnOrBefore(last - 6);
    const firstMonday = Math.max(mondayOnOrBefore(first + 6), lastMonday - (LOG_WEEKS - 1) * 7);
    const stageVolume = plan.stage === 'scaled' ? 3 : plan.stage === 'scaling' ? 2 : 1;
    const volume = rng.int(25, 110) * stageVolume * (use.template.shared ? 0.4 : 1);
    const span = Math.max(7, (plan.lastDay ?? ctx.todayDay) - (plan.startDay ?? first));
    for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
      const x = Math.min(1, Math.max(0, (monday - (plan.startDay ?? first)) / span));
      const reviewed = Math.max(0, Math.round(volume * rng.range(0.8, 1.2)));
      const rate = Math.max(0, correctionRate(plan.story, x) * (1 + 0.25 * rng.normal()));
      const corrected = Math.min(reviewed, Math.round(reviewed * rate));
      logs.push({
        ...recordMeta(
          rng,
          Math.min(ctx.todayDay, monday + 7),
          Math.min(ctx.todayDay, monday + 7 + rng.int(0, 2)),
        ),
        assignmentId: a.id,
        periodStart: isoDay(monday),
        periodEnd: isoDay(monday + 6),
        itemsReviewed: reviewed,
        itemsCorrected: corrected,
        hoursSpent: roundTo(a.supervisionHoursPerWeek * rng.range(0.75, 1.3), 0.25),
      });
    }
  });
  return logs;
}
