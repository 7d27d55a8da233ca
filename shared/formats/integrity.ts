import type { PortfolioData } from '../model';
import type { FileIssue } from './fileRefusal';

/**
 * Referential integrity of a whole portfolio: every id a record points at exists, ids are unique,
 * each series belongs to a metric of the same pilot, and every note sits on a measured day. A
 * restore or merge that skipped this could store a decision for a pilot nobody can open.
 *
 * Not checked, on purpose: history entries and frozen decision evidence may name pilots and
 * metrics deleted since — they describe the past; and dismissed duplicate clusters may list agents
 * retired and deleted since.
 */
export function integrityIssues(data: PortfolioData, limit = 100): FileIssue[] {
  const issues: FileIssue[] = [];
  const add = (where: string, message: string) => {
    if (issues.length < limit) issues.push({ where, message });
  };

  function idsOf(table: string, rows: readonly { id: string }[]): Set<string> {
    const ids = new Set<string>();
    rows.forEach((row, i) => {
      if (ids.has(row.id)) add(`portfolio.${table}[${i}].id`, `the id ${row.id} is used twice`);
      ids.add(row.id);
    });
    return ids;
  }

  const people = idsOf('people', data.people);
  const pilots = idsOf('pilots', data.pilots);
  const agents = idsOf('agents', data.agents);
  const assignments = idsOf('assignments', data.assignments);
  idsOf('supervisionLogs', data.supervisionLogs);
  const definitions = idsOf('metricDefinitions', data.metricDefinitions);
  const metrics = idsOf('metrics', data.metrics);
  const decisions = idsOf('decisions', data.decisions);
  idsOf('lessons', data.lessons);
  idsOf('history', data.history);

  function ref(where: string, id: string | null | undefined, ids: Set<string>, noun: string): void {
    if (id !== null && id !== undefined && !ids.has(id)) {
      add(where, `points at a ${noun} that is not in the file (id ${id})`);
    }
  }

  data.pilots.forEach((p, i) => {
    ref(`portfolio.pilots[${i}].sponsorId`, p.sponsorId, people, 'person');
    ref(`portfolio.pilots[${i}].leadId`, p.leadId, people, 'person');
  });
  data.agents.forEach((a, i) => ref(`portfolio.agents[${i}].ownerId`, a.ownerId, people, 'person'));
  data.assignments.forEach((a, i) => {
    const at = `portfolio.assignments[${i}]`;
    ref(`${at}.agentId`, a.agentId, agents, 'agent');
    ref(`${at}.pilotId`, a.pilotId, pilots, 'pilot');
    ref(`${at}.supervisorId`, a.supervisorId, people, 'person');
    a.servedPersonIds.forEach((id, k) => ref(`${at}.servedPersonIds[${k}]`, id, people, 'person'));
  });
  data.supervisionLogs.forEach((l, i) =>
    ref(`portfolio.supervisionLogs[${i}].assignmentId`, l.assignmentId, assignments, 'assignment'),
  );
  const metricPilot = new Map(data.metrics.map((m) => [m.id, m.pilotId]));
  data.metrics.forEach((m, i) => {
    ref(`portfolio.metrics[${i}].pilotId`, m.pilotId, pilots, 'pilot');
    ref(`portfolio.metrics[${i}].definitionId`, m.definitionId, definitions, 'metric definition');
  });
  const seriesSeen = new Set<string>();
  data.series.forEach((s, i) => {
    const at = `portfolio.series[${i}]`;
    if (seriesSeen.has(s.metricId)) add(`${at}.metricId`, `metric ${s.metricId} has two series`);
    seriesSeen.add(s.metricId);
    if (!metrics.has(s.metricId)) {
      add(`${at}.metricId`, `points at a metric that is not in the file (id ${s.metricId})`);
    } else if (metricPilot.get(s.metricId) !== s.pilotId) {
      add(`${at}.pilotId`, `is not the pilot of its metric (${metricPilot.get(s.metricId)})`);
    }
    const days = new Set(Array.from(s.days));
    for (const key of Object.keys(s.notes)) {
      if (!days.has(Number(key))) {
        add(`${at}.notes[${JSON.stringify(key)}]`, 'is a note on a day that has no measurement');
        break;
      }
    }
  });
  data.decisions.forEach((d, i) =>
    ref(`portfolio.decisions[${i}].pilotId`, d.pilotId, pilots, 'pilot'),
  );
  data.lessons.forEach((l, i) => {
    ref(`portfolio.lessons[${i}].pilotId`, l.pilotId, pilots, 'pilot');
    ref(`portfolio.lessons[${i}].decisionId`, l.decisionId, decisions, 'decision');
  });
  return issues;
}
