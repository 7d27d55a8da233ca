import type { LessonKind } from '../../model';
import type { Story } from './pilots';

/**
 * Words people write: lessons, measurement notes and decision rationales. Placeholders in braces
 * ({pilot}, {metric}, {unit}, {agent}) are filled per pilot so the texts read as written for it.
 */

export interface LessonText {
  kind: LessonKind;
  title: string;
  text: string;
  tags: readonly string[];
  /** Only told by a pilot whose own agent has near-duplicates elsewhere. */
  onlyIfDuplicated?: boolean;
}

export const PRACTICES: readonly LessonText[] = [
  {
    kind: 'practice',
    title: 'Agree the baseline before go-live',
    text:
      'We measured {metric} for several weeks before {agent} went live and had Finance sign the ' +
      'baseline off. When the results came in nobody argued about the starting point, only about ' +
      'how fast to scale.',
    tags: ['measurement', 'baseline'],
  },
  {
    kind: 'practice',
    title: 'Name one supervisor per agent from day one',
    text:
      'Every agent in {pilot} had a named supervisor with hours in their calendar. Corrections ' +
      'were logged the same day, which is why the correction rate fell week after week.',
    tags: ['supervision', 'ownership'],
  },
  {
    kind: 'practice',
    title: 'Start with one team and one document type',
    text:
      'We started {pilot} with a single team and the most common case type only. Narrow scope ' +
      'gave clean evidence in eight weeks; the other case types followed once it worked.',
    tags: ['scoping', 'start-small'],
  },
  {
    kind: 'practice',
    title: 'Track corrections, not just volume',
    text:
      'Counting items the supervisor had to correct told us more than counting items processed. ' +
      'We only widened the rollout once corrections stayed under 5 % for a month.',
    tags: ['supervision', 'quality', 'measurement'],
  },
  {
    kind: 'practice',
    title: 'Reuse the group service before building your own',
    text:
      'Instead of building a new summariser for {pilot} we used the group Document summariser. ' +
      'It saved the build cost and a supervisor, and improvements made by other units reached us for free.',
    tags: ['reuse', 'cost'],
  },
  {
    kind: 'practice',
    title: 'Put the agent inside the tool people already use',
    text:
      'Adoption jumped when {agent} moved from a separate web page into the queue screen the ' +
      'team works in all day. No training was needed.',
    tags: ['adoption', 'ux'],
  },
  {
    kind: 'practice',
    title: 'Price the outcome with Finance up front',
    text:
      'We agreed with the controller what one unit of {metric} is worth before the pilot started. ' +
      'That made the value-versus-cost case at the scaling gate a five-minute discussion.',
    tags: ['value', 'finance', 'gate'],
  },
];

export const PITFALLS: readonly LessonText[] = [
  {
    kind: 'pitfall',
    title: 'Usage is not value',
    text:
      'Prompts and drafts went up every week and the dashboard looked great, but {metric} did not ' +
      'move. We celebrated activity for two months before anyone asked about the outcome.',
    tags: ['busy-not-better', 'measurement'],
  },
  {
    kind: 'pitfall',
    title: 'Supervision hours were underestimated',
    text:
      'We planned two hours a week of review for {agent}; it took closer to six. The supervisor ' +
      'was also carrying two other agents and the review queue became the bottleneck.',
    tags: ['supervision', 'capacity'],
  },
  {
    kind: 'pitfall',
    title: 'We built an agent another unit already had',
    text:
      '{pilot} paid for its own {agent} while other units ran near-identical agents. Check the ' +
      'agent registry before building.',
    tags: ['duplication', 'reuse', 'cost'],
    onlyIfDuplicated: true,
  },
  {
    kind: 'pitfall',
    title: 'Data access sorted out too late',
    text:
      'Access to the production data took seven weeks to approve. The pilot clock ran while the ' +
      'agent worked on a stale extract, and the first results were not representative.',
    tags: ['data-access', 'planning'],
  },
  {
    kind: 'pitfall',
    title: 'Target set without the people doing the work',
    text:
      'The target for {metric} came from the business case, not from the team. It was unrealistic ' +
      'for the case mix and the team stopped trusting the numbers.',
    tags: ['targets', 'change-management'],
  },
  {
    kind: 'pitfall',
    title: 'Edge cases swamped the supervisors',
    text:
      'The agent handled routine cases well but routed every unusual one to a person with a ' +
      'half-finished draft. Correcting those took longer than doing them from scratch, and {metric} got worse.',
    tags: ['quality', 'supervision', 'scoping'],
  },
];

/** Notes a lead types next to a measurement, by what is happening in the pilot. */
export const GO_LIVE_NOTES: readonly string[] = [
  'Agent live for the whole team',
  'Go-live after two weeks of shadow mode',
  'Pilot group switched from shadow mode to live',
];

export const STORY_NOTES: Record<Story, readonly string[]> = {
  success: [
    'Prompt library v2 deployed',
    'Second team onboarded',
    'Supervisor now samples 1 in 10 instead of every item',
    'Retrieval index refreshed with new templates',
  ],
  improving: [
    'Model upgrade rolled out',
    'Two supervisors on leave — fewer corrections logged',
    'New case type added to scope',
    'Retrained on last quarter’s corrections',
  ],
  busy: [
    'Usage campaign launched',
    'Agent added to the team’s daily stand-up',
    'New users onboarded; outcome unchanged',
  ],
  flat: ['No change in process yet', 'Waiting for integration with the core system'],
  wrong: [
    'Spike in escalations after rollout to new product line',
    'Supervisors report more rework than before',
    'Incident: wrong data source used for two days',
  ],
  new: ['First full week of data'],
  idea: [],
};

export const BASELINE_NOTE = 'Baseline period (before the agent)';
export const HOLIDAY_NOTE = 'Holiday week — low volume';
