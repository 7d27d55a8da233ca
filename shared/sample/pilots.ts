import type { Pilot, PilotStage } from '../model';
import { EXTRA_TAGS, PILOT_TEMPLATES, type Story } from './catalogue/pilots';
import { regionSuffix } from './catalogue/organisation';
import { isoDay, recordMeta } from './clock';
import type { Staff } from './people';
import type { PilotPlan, PlannedPilot, SampleContext } from './plan';
import type { Random } from './random';

const WEEK = 7;

/** Rounds to a whole multiple of `step` (budgets to the thousand, FTE to a tenth). */
export function roundTo(value: number, step: number): number {
  // `+ 0` turns -0 into 0, which would otherwise survive into records and compare unequal.
  return Math.round(Math.round(value / step) * step * 1e6) / 1e6 + 0;
}

/** How long ago a pilot at this stage started, in weeks, and how its pilot phase ended. */
function planDates(
  ctx: SampleContext,
  stage: PilotStage,
  story: Story,
  rng: Random,
): { startDay: number | null; endDay: number | null } {
  const today = ctx.todayDay;
  const startedWeeksAgo = (lo: number, hi: number): number =>
    today - rng.int(lo, hi) * WEEK - rng.int(0, 6);
  switch (stage) {
    case 'idea':
      return { startDay: null, endDay: null };
    case 'pilot':
      // New pilots are weeks old: too few measurements to judge. The rest run 3–9 months.
      return {
        startDay: story === 'new' ? startedWeeksAgo(5, 11) : startedWeeksAgo(13, 39),
        endDay: null,
      };
    case 'scaling':
      return { startDay: startedWeeksAgo(26, 60), endDay: null };
    case 'scaled': {
      // The pilot phase ended when it became business as usual, some weeks before today.
      const startDay = startedWeeksAgo(48, 77);
      const age = today - startDay;
      const endDay = Math.min(today - 14, startDay + Math.round(age * rng.range(0.65, 0.85)));
      return { startDay, endDay };
    }
    case 'stopped': {
      const startDay = startedWeeksAgo(18, 60);
      const age = today - startDay;
      const ran = rng.int(10 * WEEK, Math.max(10 * WEEK, age - 2 * WEEK));
      return { startDay, endDay: Math.min(today - WEEK, startDay + ran) };
    }
  }
}

function planReview(ctx: SampleContext, stage: PilotStage, rng: Random): number | null {
  const today = ctx.todayDay;
  if (stage === 'stopped') return null;
  // Scaled pilots get a periodic benefits review, some none at all.
  if (stage === 'scaled') return rng.chance(0.3) ? null : today + rng.int(30, 120);
  const r = rng.next();
  if (r < 0.25) return today - rng.int(1, 28); // overdue
  if (r < 0.6) return today + rng.int(1, 14); // due within two weeks
  return today + rng.int(15, 90);
}

/**
 * Decides every pilot's template, name, stage, story and dates. Round 0 follows each template's
 * showcase so the default sample tells a deliberate story; later rounds (regional repeats at scale)
 * shuffle those same stage/story pairs, keeping the ladder's proportions.
 */
export function planPilots(ctx: SampleContext, count: number, rng: Random): PilotPlan[] {
  const templates = PILOT_TEMPLATES;
  const plans: PilotPlan[] = [];
  let roundShowcases = templates.map((t) => t.showcase);
  for (let index = 0; index < count; index++) {
    const slot = index % templates.length;
    const round = Math.floor(index / templates.length);
    if (round > 0 && slot === 0) roundShowcases = rng.shuffle(templates.map((t) => t.showcase));
    const template = templates[slot];
    const showcase = roundShowcases[slot];
    if (!template || !showcase) throw new Error('unreachable: template index out of range');
    const { stage, story } = showcase;
    const { startDay, endDay } = planDates(ctx, stage, story, rng);
    plans.push({
      index,
      template,
      round,
      name: round === 0 ? template.name : `${template.name} (${regionSuffix(round)})`,
      stage,
      story,
      startDay,
      endDay,
      lastDay: startDay === null ? null : stage === 'stopped' ? endDay : ctx.todayDay,
      reviewDay: planReview(ctx, stage, rng),
    });
  }
  ensureReviewMix(ctx, plans);
  return plans;
}

/** The "reviews due" panel needs an overdue review and one due soon, whatever the seed. */
function ensureReviewMix(ctx: SampleContext, plans: PilotPlan[]): void {
  const open = plans.filter(
    (p) => p.stage === 'pilot' || p.stage === 'scaling' || p.stage === 'idea',
  );
  const today = ctx.todayDay;
  if (!open.some((p) => p.reviewDay !== null && p.reviewDay < today)) {
    const victim = open.find((p) => p.story === 'wrong') ?? open[0];
    if (victim) victim.reviewDay = today - 9;
  }
  if (
    !open.some((p) => p.reviewDay !== null && p.reviewDay >= today && p.reviewDay <= today + 14)
  ) {
    const soon = open.find((p) => p.reviewDay === null || p.reviewDay > today + 14);
    if (soon) soon.reviewDay = today + 6;
  }
}

/** Resources currently allocated, by stage: a stopped pilot has had everything withdrawn. */
function resources(
  stage: PilotStage,
  story: Story,
  rng: Random,
): { budget: number; fte: number; agentSeats: number } {
  switch (stage) {
    case 'idea':
      return {
        budget: roundTo(rng.range(0, 15_000), 1_000),
        fte: roundTo(rng.range(0, 0.3), 0.1),
        agentSeats: 0,
      };
    case 'pilot':
      return story === 'new'
        ? {
            budget: roundTo(rng.range(15_000, 40_000), 1_000),
            fte: roundTo(rng.range(0.3, 1), 0.1),
            agentSeats: rng.int(3, 10),
          }
        : {
            budget: roundTo(rng.range(25_000, 90_000), 1_000),
            fte: roundTo(rng.range(0.5, 2), 0.1),
            agentSeats: rng.int(5, 25),
          };
    case 'scaling':
      return {
        budget: roundTo(rng.range(120_000, 400_000), 5_000),
        fte: roundTo(rng.range(2, 6), 0.5),
        agentSeats: rng.int(25, 150),
      };
    case 'scaled':
      return {
        budget: roundTo(rng.range(250_000, 900_000), 10_000),
        fte: roundTo(rng.range(3, 12), 0.5),
        agentSeats: rng.int(100, 600),
      };
    case 'stopped':
      return { budget: 0, fte: 0, agentSeats: 0 };
  }
}

/** Writes the pilot records, now that there are people to sponsor and lead them. */
export function buildPilots(
  ctx: SampleContext,
  plans: PilotPlan[],
  staff: Staff,
  rng: Random,
): PlannedPilot[] {
  return plans.map((plan) => {
    const { template, stage, story } = plan;
    const unit = staff.byUnit[template.businessUnit];
    // Executives sponsor most pilots; a unit's dedicated sponsors take the rest.
    const sponsor =
      unit.sponsors.length > 0 && rng.chance(0.4)
        ? rng.pick(unit.sponsors)
        : rng.pick(unit.executives);
    // An idea may not have a lead yet.
    const lead = stage === 'idea' && rng.chance(0.3) ? null : rng.pick(unit.leads);
    const extra = rng.sample(EXTRA_TAGS, rng.int(0, 2));
    const tags = [...new Set([...template.tags, ...extra])];
    const created =
      plan.startDay === null ? ctx.todayDay - rng.int(5, 90) : plan.startDay - rng.int(7, 30);
    const createdDay = Math.max(ctx.originDay, Math.min(ctx.todayDay, created));
    const updatedDay =
      plan.endDay !== null && stage === 'stopped'
        ? plan.endDay + rng.int(0, 7)
        : ctx.todayDay - rng.int(0, 20);
    const region = plan.round > 0 ? regionSuffix(plan.round) : null;
    const pilot: Pilot = {
      ...recordMeta(rng, createdDay, Math.min(ctx.todayDay, updatedDay)),
      name: plan.name,
      summary: region ? `${template.summary} Regional rollout for ${region}.` : template.summary,
      problem: template.problem,
      hypothesis: template.hypothesis,
      businessUnit: template.businessUnit,
      sponsorId: sponsor.id,
      leadId: lead?.id ?? null,
      stage,
      startDate: plan.startDay === null ? null : isoDay(plan.startDay),
      nextReviewDate: plan.reviewDay === null ? null : isoDay(plan.reviewDay),
      endDate: plan.endDay === null ? null : isoDay(plan.endDay),
      tags,
      ...resources(stage, story, rng),
    };
    return { plan, pilot };
  });
}
