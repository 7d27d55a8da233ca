import { isoToDay } from '../dates';
import type { Decision, Lesson } from '../model';
import { NEAR_DUPLICATE_AGENTS } from './catalogue/agents';
import { PITFALLS, PRACTICES, type LessonText } from './catalogue/narratives';
import { recordMeta } from './clock';
import type { PilotFacts } from './evidence';
import type { SampleContext } from './plan';
import type { Random } from './random';

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

function lowerFirst(name: string): string {
  // Keep acronyms and proper nouns ("MAPE", "HR tickets…") as written.
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * Lessons on about a quarter of the started pilots: practices from the ones that worked, pitfalls
 * from those that were busy, flat or went the wrong way. Pilots still in their first weeks have
 * nothing to teach yet.
 */
export function generateLessons(
  ctx: SampleContext,
  facts: PilotFacts[],
  decisions: Decision[],
  rng: Random,
): Lesson[] {
  const decisionsByPilot = new Map<string, Decision[]>();
  for (const d of decisions) {
    const list = decisionsByPilot.get(d.pilotId) ?? [];
    list.push(d);
    decisionsByPilot.set(d.pilotId, list);
  }
  const candidates = facts.filter(
    (f) => f.planned.plan.startDay !== null && f.planned.plan.story !== 'new',
  );
  const count = Math.min(candidates.length, Math.max(5, Math.round(facts.length * 0.25)));
  const chosen = rng.sample(candidates, count);
  // Draw from shuffled decks so a small sample does not repeat a lesson.
  let practices: LessonText[] = [];
  let pitfalls: LessonText[] = [];
  const lessons: Lesson[] = [];
  for (const f of chosen) {
    const { plan, pilot } = f.planned;
    const good = plan.story === 'success' || plan.story === 'improving';
    const duplicated = f.agents.some((a) => NEAR_DUPLICATE_AGENTS.has(a.template.key));
    const fits = (t: LessonText): boolean => !t.onlyIfDuplicated || duplicated;
    // The lesson a pilot most obviously teaches comes first when it is still in the deck.
    const telling = (t: LessonText): boolean =>
      (plan.story === 'busy' && t.tags.includes('busy-not-better')) ||
      (duplicated && t.onlyIfDuplicated === true);
    if (good && !practices.some(fits)) practices = rng.shuffle(PRACTICES);
    if (!good && !pitfalls.some(fits)) pitfalls = rng.shuffle(PITFALLS);
    const deck = good ? practices : pitfalls;
    const at = deck.findIndex(telling) >= 0 ? deck.findIndex(telling) : deck.findIndex(fits);
    const text = at >= 0 ? deck.splice(at, 1)[0] : undefined;
    if (!text) continue;
    const primary = f.metrics.find((m) => m.pm.metric.kind === 'outcome');
    const ownAgent = f.agents.find((a) => !a.template.shared) ?? f.agents[0];
    const vars = {
      pilot: pilot.name,
      metric: primary ? lowerFirst(primary.pm.metric.name) : 'the main outcome',
      agent: ownAgent?.agent.name ?? 'the agent',
    };
    const pilotDecisions = decisionsByPilot.get(pilot.id) ?? [];
    const decision =
      pilotDecisions.length > 0 && rng.chance(0.6)
        ? pilotDecisions[pilotDecisions.length - 1]
        : undefined;
    const from = decision
      ? Math.max(ctx.originDay, isoToDay(decision.date))
      : (plan.startDay ?? ctx.todayDay) + 42;
    const created = Math.min(ctx.todayDay, from + rng.int(0, 10));
    lessons.push({
      ...recordMeta(rng, created, Math.min(ctx.todayDay, created + rng.int(0, 20))),
      pilotId: pilot.id,
      decisionId: decision?.id ?? null,
      title: text.title,
      text: fill(text.text, vars),
      kind: text.kind,
      tags: [...text.tags, pilot.businessUnit.toLowerCase().replace(/\s+/g, '-')],
    });
  }
  return lessons;
}
