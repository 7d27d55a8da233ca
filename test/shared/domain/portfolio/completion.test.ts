import { describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  aggregateWithoutMeasurements,
  startCompletion,
} from '@shared/domain/portfolio';
import { smallPortfolio, TODAY } from './fixture';

describe('finishing the aggregation as the series arrive', () => {
  const { input, pilots } = smallPortfolio();
  const full = aggregatePortfolio(input, TODAY);
  const pilotOf = new Map(input.metrics.map((m) => [m.id, m.pilotId]));
  const begin = () => startCompletion(aggregateWithoutMeasurements(input, TODAY), input.metrics);

  it('evaluates a pilot once its series are in, with the same figures as all at once', () => {
    const completion = begin();
    // Pilot A's series first, then everyone else's; each part says whose series are complete.
    const ofA = input.series.filter((s) => pilotOf.get(s.metricId) === pilots.a.id);
    const others = input.series.filter((s) => pilotOf.get(s.metricId) !== pilots.a.id);
    expect(ofA.length).toBeGreaterThan(0);
    completion.add(ofA, (id) => id === pilots.a.id);
    completion.add(others, () => true);
    expect(completion.finish()).toEqual(full);
  });

  it('evaluates again a pilot said to be ready before all its series came', () => {
    const completion = begin();
    const [first, ...rest] = input.series;
    if (!first) throw new Error('the small portfolio has series');
    // Every pilot "ready" after the first series alone: wrong for all but that series' pilot.
    completion.add([first], () => true);
    completion.add(rest, () => false);
    const result = completion.finish();
    expect(result).toEqual(full);
    // Evaluated on the first series alone, the figures differ: the second evaluation counted.
    const early = startCompletion(aggregateWithoutMeasurements(input, TODAY), input.metrics);
    early.add([first], () => true);
    const onFirstOnly = early.finish();
    expect(onFirstOnly).not.toEqual(full);
  });

  it('evaluates at the end every pilot never said to be ready, measured or not', () => {
    const completion = begin();
    completion.add(input.series, () => false);
    expect(completion.finish()).toEqual(full);
    expect(begin().finish()).toEqual(aggregatePortfolio({ ...input, series: [] }, TODAY));
  });
});
