import type { Pilot, PilotStage } from '../model';
import type { PilotTemplate, Story } from './catalogue/pilots';

/** Fixed facts of one generation run, shared by every part of the generator. */
export interface SampleContext {
  seed: number;
  /** The requested `today` as a day number (days since 1970-01-01). */
  todayDay: number;
  /** The day the sample portfolio was set up: no record is older. */
  originDay: number;
}

/** What the generator decided about one pilot: the story its records must tell consistently. */
export interface PilotPlan {
  index: number;
  template: PilotTemplate;
  /** 0 for the first use of a template, n for its n-th regional repetition at scale. */
  round: number;
  name: string;
  stage: PilotStage;
  story: Story;
  /** Null for ideas, which have not started. */
  startDay: number | null;
  endDay: number | null;
  /** Last day with measurements: the end of a stopped pilot, today for every other started one. */
  lastDay: number | null;
  reviewDay: number | null;
}

/** A plan with its pilot record, once people exist to sponsor and lead it. */
export interface PlannedPilot {
  plan: PilotPlan;
  pilot: Pilot;
}
