import type { EvidenceStrength } from '../evidence';
import type { DecisionKind, PilotStage } from '../../model';

/** One outcome metric's standing, as the attainment chart and its table show it. */
export interface OutcomeStanding {
  metricId: string;
  name: string;
  /** Progress from baseline (0) to target (1); null when unmeasured. */
  progress: number | null;
  evidence: EvidenceStrength;
}

/** A decision on a pilot, with whether it was an earned expansion. */
export interface PortfolioDecision {
  id: string;
  pilotId: string;
  date: string;
  kind: DecisionKind;
  stageBefore: PilotStage;
  stageAfter: PilotStage;
  budgetDelta: number;
  fteDelta: number;
  agentSeatsDelta: number;
  /** The recommendation frozen at decision time; null when none was recorded. */
  recommended: DecisionKind | null;
  earned: boolean;
}

/**
 * What the dashboard knows of a pilot before any measurement is read: its record and decisions.
 * The worker sends these first (see PortfolioAggregateBase), while it still reads the series.
 */
export interface PortfolioPilotBase {
  id: string;
  name: string;
  businessUnit: string;
  stage: PilotStage;
  sponsorId: string | null;
  sponsorName: string;
  tags: string[];
  startDate: string | null;
  nextReviewDate: string | null;
  endDate: string | null;
  budget: number;
  fte: number;
  agentSeats: number;
  /** Oldest first. */
  decisions: PortfolioDecision[];
}

/**
 * Everything the dashboard needs about one pilot, already evaluated: small and flat, so a worker
 * can hand hundreds of them to the page and filters run over them without touching measurements.
 */
export interface PortfolioPilotRow extends PortfolioPilotBase {
  value: number;
  cost: number;
  roi: number | null;
  recommendation: DecisionKind;
  reasons: string[];
  /** Mean progress of the measured outcome metrics; null when none is measured. */
  attainment: number | null;
  /** The weakest evidence among the measured outcome metrics ('none' when none is measured). */
  attainmentEvidence: EvidenceStrength;
  outcomes: OutcomeStanding[];
}

/** One supervisor's weekly load, split by the pilot each supervised agent works in. */
export interface SupervisorRow {
  personId: string;
  name: string;
  capacity: number;
  /** Hours per week by pilot id. */
  loadByPilot: Record<string, number>;
}

/** An agent as reuse counts it: where it works today. */
export interface AgentRow {
  id: string;
  name: string;
  /** Not retired, with at least one active assignment. */
  inUse: boolean;
  pilotIds: string[];
  servedCount: number;
}

export interface DuplicateClusterRow {
  key: string;
  agentNames: string[];
  pilotIds: string[];
  /** Yearly running cost of every member but the one to keep. */
  yearlyCost: number;
}

/**
 * The worker's first answer, sent before the measurements are read: everything but what needs
 * them (value, cost, recommendations, attainment). Same order of pilots as the full answer.
 */
export interface PortfolioAggregateBase {
  currency: string;
  fiscalYearStartMonth: number;
  today: string;
  pilots: PortfolioPilotBase[];
  supervisors: SupervisorRow[];
  agents: AgentRow[];
  clusters: DuplicateClusterRow[];
}

/** The worker's answer: compact, filterable rows; no measurement crosses to the page. */
export interface PortfolioAggregate extends PortfolioAggregateBase {
  pilots: PortfolioPilotRow[];
}
