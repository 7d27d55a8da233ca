import type { Decision, DecisionKind, PilotStage } from '../model';
import { isoDay, recordMeta } from './clock';
import { assess, type Assessment, type PilotFacts } from './evidence';
import type { Staff } from './people';
import { roundTo } from './pilots';
import type { SampleContext } from './plan';
import type { Random } from './random';
import { SUCCESS_RAMP_WEEKS } from './series';

/** One rung of a pilot's decision history before it becomes a record. */
interface Step {
  day: number;
  kind: DecisionKind;
  before: PilotStage;
  after: PilotStage;
  /** Budget held just before the decision, for the evidence snapshot's cost. */
  budgetBefore: number;
  budget: number;
  fte: number;
  seats: number;
}

const WEEK = 7;
/**
 * Expansions are decided once a successful pilot's outcomes have had time to reach target (see
 * SUCCESS_RAMP_WEEKS), so that the frozen recommendation supports them: most expansions are earned.
 */
const EARLIEST_EXPANSION = (SUCCESS_RAMP_WEEKS[1] + 2) * WEEK;

/**
 * Decisions consistent with where each pilot now stands: the stage moves chain from "pilot" to the
 * current stage, and the resources granted and withdrawn add up to what the pilot holds today.
 */
function planSteps(facts: PilotFacts, ctx: SampleContext, rng: Random): Step[] {
  const { plan, pilot } = facts.planned;
  const start = plan.startDay;
  if (start === null || plan.story === 'new') return [];
  const today = ctx.todayDay;
  const age = today - start;
  const clampDay = (d: number, lo: number, hi: number): number =>
    Math.round(Math.min(hi, Math.max(lo, d)));
  const { budget: B, fte: F, agentSeats: S } = pilot;

  switch (plan.stage) {
    case 'scaling': {
      const b0 = roundTo(B * rng.range(0.2, 0.35), 1_000);
      const f0 = roundTo(F * rng.range(0.3, 0.45), 0.1);
      const s0 = Math.max(1, Math.round(S * rng.range(0.15, 0.3)));
      const day = clampDay(
        start + age * rng.range(0.55, 0.7),
        start + EARLIEST_EXPANSION,
        today - WEEK,
      );
      const steps: Step[] = [];
      if (rng.chance(0.4) && day - start > 16 * WEEK) {
        steps.push({
          day: clampDay(start + (day - start) * 0.5, start, day - WEEK),
          kind: 'continue',
          before: 'pilot',
          after: 'pilot',
          budgetBefore: b0,
          budget: 0,
          fte: 0,
          seats: 0,
        });
      }
      steps.push({
        day,
        kind: 'expand',
        before: 'pilot',
        after: 'scaling',
        budgetBefore: b0,
        budget: B - b0,
        fte: roundTo(F - f0, 0.1),
        seats: S - s0,
      });
      return steps;
    }
    case 'scaled': {
      const end = plan.endDay ?? today - WEEK;
      const b1 = roundTo(B * rng.range(0.35, 0.55), 5_000);
      const b0 = roundTo(b1 * rng.range(0.2, 0.35), 1_000);
      const f1 = roundTo(F * rng.range(0.4, 0.6), 0.5);
      const f0 = roundTo(f1 * rng.range(0.25, 0.45), 0.1);
      const s1 = Math.round(S * rng.range(0.25, 0.45));
      const s0 = Math.max(1, Math.round(s1 * rng.range(0.1, 0.3)));
      const first = clampDay(
        start + (end - start) * rng.range(0.4, 0.55),
        start + EARLIEST_EXPANSION,
        end - 4 * WEEK,
      );
      return [
        {
          day: first,
          kind: 'expand',
          before: 'pilot',
          after: 'scaling',
          budgetBefore: b0,
          budget: b1 - b0,
          fte: roundTo(f1 - f0, 0.1),
          seats: s1 - s0,
        },
        {
          day: end,
          kind: 'expand',
          before: 'scaling',
          after: 'scaled',
          budgetBefore: b1,
          budget: B - b1,
          fte: roundTo(F - f1, 0.1),
          seats: S - s1,
        },
      ];
    }
    case 'stopped': {
      const end = plan.endDay ?? today - WEEK;
      const held = roundTo(rng.range(25_000, 90_000), 1_000);
      const fteHeld = roundTo(rng.range(0.5, 2), 0.1);
      const seatsHeld = rng.int(5, 25);
      const steps: Step[] = [];
      if (end - start >= 16 * WEEK && rng.chance(0.5)) {
        steps.push({
          day: clampDay(start + (end - start) * 0.45, start + WEEK, end - WEEK),
          kind: 'continue',
          before: 'pilot',
          after: 'pilot',
          budgetBefore: held,
          budget: 0,
          fte: 0,
          seats: 0,
        });
      }
      steps.push({
        day: end,
        kind: 'stop',
        before: 'pilot',
        after: 'stopped',
        budgetBefore: held,
        budget: -held,
        fte: -fteHeld,
        seats: -seatsHeld,
      });
      return steps;
    }
    case 'pilot': {
      const needsCall = plan.story === 'busy' || plan.story === 'flat';
      if (age < 12 * WEEK || !(needsCall || rng.chance(0.6))) return [];
      const day = clampDay(start + age * rng.range(0.55, 0.75), start + 6 * WEEK, today - 3);
      if (needsCall) {
        // A pivot narrows scope and hands back part of the budget.
        const cut = rng.chance(0.5) ? roundTo(B * rng.range(0.1, 0.2), 1_000) : 0;
        return [
          {
            day,
            kind: 'pivot',
            before: 'pilot',
            after: 'pilot',
            budgetBefore: B + cut,
            budget: cut > 0 ? -cut : 0,
            fte: 0,
            seats: 0,
          },
        ];
      }
      const top =
        plan.story !== 'wrong' && rng.chance(0.4) ? roundTo(B * rng.range(0.1, 0.2), 1_000) : 0;
      return [
        {
          day,
          kind: 'continue',
          before: 'pilot',
          after: 'pilot',
          budgetBefore: B - top,
          budget: top,
          fte: 0,
          seats: 0,
        },
      ];
    }
    default:
      return [];
  }
}

const EVIDENCE_WORDS = {
  none: 'no clear',
  weak: 'weak',
  moderate: 'moderate',
  strong: 'strong',
} as const;

function pct(p: number | null): string {
  return p === null ? 'no' : `${Math.round(p * 100)} %`;
}

/** Rationale as the decider would write it, from the evidence in front of them. */
function rationale(step: Step, a: Assessment, facts: PilotFacts, rng: Random): string {
  const { plan, pilot } = facts.planned;
  const metric = a.primary?.name.toLowerCase() ?? 'the main outcome';
  const progress = pct(a.primary?.progress ?? null);
  const weeks = Math.round((step.day - (plan.startDay ?? step.day)) / WEEK);
  const earned = a.recommendation.kind === step.kind;
  switch (step.kind) {
    case 'expand':
      if (step.after === 'scaled') {
        return `Results held through the rollout (${metric} at ${progress} of target). ${pilot.name} moves to business-as-usual ownership in ${pilot.businessUnit}; the remaining pilot budget becomes run budget.`;
      }
      if (!earned) {
        return `Expanding ahead of the evidence: ${metric} is at ${progress} of target with ${EVIDENCE_WORDS[a.primary?.evidence ?? 'none']} evidence. The sponsor wants the rollout in this budget cycle; to be re-checked at the next review.`;
      }
      return `${metric.charAt(0).toUpperCase()}${metric.slice(1)} reached ${progress} of target with ${EVIDENCE_WORDS[a.primary?.evidence ?? 'none']} evidence after ${weeks} weeks. Expanding to ${rng.int(2, 5)} more teams with the budget, people and seats below.`;
    case 'continue':
      if (plan.story === 'wrong') {
        return `Early results are mixed and supervisors report extra rework. Continue for one more review period with unchanged resources, then decide.`;
      }
      return `Outcomes are moving the right way (${metric} at ${progress} of target) but not yet at the gate. Continue and review in ${rng.pick([4, 6, 8])} weeks.`;
    case 'pivot':
      return plan.story === 'busy'
        ? `Usage keeps climbing but ${metric} has not moved. Pivot: narrow the agent to the case type with the clearest outcome and measure it weekly; no new resources until it moves.`
        : `No measurable effect after ${weeks} weeks. Pivot to a narrower use case before asking for more budget.`;
    case 'stop':
      return plan.story === 'wrong'
        ? `${metric.charAt(0).toUpperCase()}${metric.slice(1)} got worse after go-live and supervisors spent more time correcting than the agent saved. Stop, retire the agent and release the budget; lessons recorded.`
        : `After ${weeks} weeks the outcome is unchanged despite steady use. Stopping and releasing the budget to pilots with evidence.`;
  }
}

export function generateDecisions(
  ctx: SampleContext,
  facts: PilotFacts[],
  staff: Staff,
  hourlyCost: number,
  rng: Random,
): Decision[] {
  const decisions: Decision[] = [];
  for (const f of facts) {
    const { pilot } = f.planned;
    const sponsor = pilot.sponsorId ? staff.byId.get(pilot.sponsorId) : undefined;
    const executive = staff.byUnit[f.planned.plan.template.businessUnit].executives[0];
    for (const step of planSteps(f, ctx, rng)) {
      const a = assess(f, step.day, step.budgetBefore, hourlyCost);
      const decidedBy = (rng.chance(0.75) ? sponsor : executive) ?? sponsor ?? executive;
      decisions.push({
        ...recordMeta(rng, step.day, Math.min(ctx.todayDay, step.day + rng.int(0, 3))),
        pilotId: pilot.id,
        date: isoDay(step.day),
        kind: step.kind,
        stageBefore: step.before,
        stageAfter: step.after,
        budgetDelta: step.budget,
        fteDelta: step.fte,
        agentSeatsDelta: step.seats,
        rationale: rationale(step, a, f, rng),
        decidedBy: decidedBy?.name ?? 'Portfolio board',
        recommendation: a.recommendation,
        // Some decisions were recorded without the evidence panel open, as happens in practice.
        evidence: rng.chance(0.85) ? a.evidence : null,
      });
    }
  }
  return decisions;
}
