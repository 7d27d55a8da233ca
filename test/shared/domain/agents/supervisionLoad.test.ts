import { describe, expect, it } from 'vitest';
import { loggedHoursPerWeek, supervisorLoads } from '@shared/domain/agents';
import { assignment, id, log, person } from './fixtures';

const TODAY = '2026-03-29';

describe('loggedHoursPerWeek', () => {
  it('averages the hours logged in a 28-day window per week', () => {
    const a = id();
    // 7 + 8 + 6 + 9 = 30 h over 4 weeks → 7.5 h/week
    const logs = [
      log(a, '2026-03-02', '2026-03-08', { hours: 7 }),
      log(a, '2026-03-09', '2026-03-15', { hours: 8 }),
      log(a, '2026-03-16', '2026-03-22', { hours: 6 }),
      log(a, '2026-03-23', '2026-03-29', { hours: 9 }),
      // Before the window: ignored.
      log(a, '2026-02-23', '2026-03-01', { hours: 40 }),
    ];
    expect(loggedHoursPerWeek(logs, '2026-03-02', '2026-03-29')).toBe(7.5);
  });

  it('counts a longer log in proportion to its days inside the window', () => {
    // 56 h over the 28 days of February; 14 of them fall in the window → 28 h
    // → 28 h × 7 / 28 days = 7 h/week
    const logs = [log(id(), '2026-02-01', '2026-02-28', { hours: 56 })];
    expect(loggedHoursPerWeek(logs, '2026-02-15', '2026-03-14')).toBe(7);
  });
});

describe('supervisorLoads', () => {
  const sam = person({ name: 'Sam', role: 'supervisor', oversightCapacityHours: 10 });
  const kim = person({ name: 'Kim', role: 'lead' });
  const pat = person({ name: 'Pat', role: 'supervisor' });
  const lee = person({ name: 'Lee' });
  const pilot = id();
  const agentId = id();
  const a = assignment({
    agentId,
    pilotId: pilot,
    supervisorId: sam.id,
    supervisionHoursPerWeek: 6,
  });
  const b = assignment({
    agentId,
    pilotId: pilot,
    supervisorId: sam.id,
    supervisionHoursPerWeek: 4,
  });
  const ended = assignment({
    agentId,
    pilotId: pilot,
    supervisorId: sam.id,
    supervisionHoursPerWeek: 5,
    endDate: '2026-01-31',
  });
  const d = assignment({
    agentId,
    pilotId: pilot,
    supervisorId: kim.id,
    supervisionHoursPerWeek: 3,
  });
  const logs = [
    log(a.id, '2026-03-02', '2026-03-08', { hours: 7 }),
    log(a.id, '2026-03-09', '2026-03-15', { hours: 8 }),
    log(a.id, '2026-03-16', '2026-03-22', { hours: 6 }),
    log(a.id, '2026-03-23', '2026-03-29', { hours: 9 }),
    // Kim logged 8 h over the four weeks: 2 h/week, less than planned.
    log(d.id, '2026-03-02', '2026-03-29', { hours: 8 }),
  ];

  const loads = supervisorLoads({
    people: [lee, pat, kim, sam],
    assignments: [a, b, ended, d],
    logs,
    defaultCapacity: 4,
    today: TODAY,
  });

  it('takes the larger of planned and logged hours per assignment, against capacity', () => {
    // Sam: a → max(6, 7.5) = 7.5; b → max(4, 0) = 4; the ended one → nothing. 11.5 h > 10 h.
    expect(loads[0]).toMatchObject({
      personId: sam.id,
      capacity: 10,
      capacityIsDefault: false,
      planned: 10,
      logged: 7.5,
      load: 11.5,
      utilisation: 1.15,
      overloaded: true,
    });
    // Kim: max(3, 2) = 3 h against the portfolio default of 4 h → 75 %.
    expect(loads[1]).toMatchObject({
      personId: kim.id,
      capacity: 4,
      capacityIsDefault: true,
      load: 3,
      utilisation: 0.75,
      overloaded: false,
    });
  });

  it('lists overloaded first, idle supervisors too, and leaves out people who supervise nothing', () => {
    expect(loads.map((l) => l.personId)).toEqual([sam.id, kim.id, pat.id]);
    expect(loads[2]).toMatchObject({ load: 0, utilisation: 0, overloaded: false });
  });

  it('flags 12 planned hours a week against a 10-hour capacity', () => {
    const ana = person({ name: 'Ana', oversightCapacityHours: 10 });
    const [load] = supervisorLoads({
      people: [ana],
      assignments: [
        assignment({ agentId, pilotId: pilot, supervisorId: ana.id, supervisionHoursPerWeek: 12 }),
      ],
      logs: [],
      defaultCapacity: 4,
      today: TODAY,
    });
    expect(load).toMatchObject({ load: 12, capacity: 10, utilisation: 1.2, overloaded: true });
  });

  it('treats any load on a zero capacity as overloaded, with no ratio', () => {
    const zero = person({ name: 'Zed', oversightCapacityHours: 0 });
    const [load] = supervisorLoads({
      people: [zero],
      assignments: [
        assignment({ agentId, pilotId: pilot, supervisorId: zero.id, supervisionHoursPerWeek: 1 }),
      ],
      logs: [],
      defaultCapacity: 4,
      today: TODAY,
    });
    expect(load).toMatchObject({ load: 1, utilisation: null, overloaded: true });
  });

  it('counts only the logs that touch the window, a log on its first or last day included', () => {
    // Window 2026-03-02 … 2026-03-29. In it: a 1-day log on the first day (3 h) and one on the
    // last day (4 h): 7 h × 7 / 28 = 1.75 h/week. Outside: the day before, the day after.
    const only = assignment({ agentId, pilotId: pilot, supervisorId: pat.id });
    const edgeLogs = [
      log(only.id, '2026-03-01', '2026-03-01', { hours: 100 }),
      log(only.id, '2026-03-02', '2026-03-02', { hours: 3 }),
      log(only.id, '2026-03-29', '2026-03-29', { hours: 4 }),
      log(only.id, '2026-03-30', '2026-03-30', { hours: 100 }),
    ];
    const [load] = supervisorLoads({
      people: [pat],
      assignments: [{ ...only, endDate: '2026-01-31' }],
      logs: edgeLogs,
      defaultCapacity: 4,
      today: TODAY,
    });
    // Ended, so nothing planned; listed for its logs in the window.
    expect(load).toMatchObject({ personId: pat.id, planned: 0, logged: 1.75, load: 1.75 });
  });
});
