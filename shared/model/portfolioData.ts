import type { Agent } from './agent';
import type { Assignment, SupervisionLog } from './assignment';
import type { Decision } from './decision';
import type { HistoryEntry } from './history';
import type { Lesson } from './lesson';
import type { MeasurementSeries } from './measurement';
import type { Metric, MetricDefinition } from './metric';
import type { Person } from './person';
import type { Pilot } from './pilot';
import type { PortfolioSettings } from './settings';

/** Every record of one portfolio, in memory: what the sample generator makes, a backup holds. */
export interface PortfolioData {
  settings: PortfolioSettings;
  people: Person[];
  pilots: Pilot[];
  agents: Agent[];
  assignments: Assignment[];
  supervisionLogs: SupervisionLog[];
  metricDefinitions: MetricDefinition[];
  metrics: Metric[];
  series: MeasurementSeries[];
  decisions: Decision[];
  lessons: Lesson[];
  history: HistoryEntry[];
}
