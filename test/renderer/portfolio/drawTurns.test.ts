import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitDrawTurn, type DrawTurn } from '../../../renderer/features/portfolio/drawTurns';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A chart that says it has drawn as soon as its turn came (its commit, in the app). */
function queueChart(name: string, drawn: string[]): DrawTurn {
  const turn: DrawTurn = awaitDrawTurn(() => {
    drawn.push(name);
    turn.drawn();
  });
  return turn;
}

describe('chart draw turns', () => {
  it('draws waiting charts in turn, each in its own task, skipping a cancelled one', async () => {
    const drawn: string[] = [];
    let drawnWithFirst: string[] = [];
    const first: DrawTurn = awaitDrawTurn(() => {
      drawn.push('value vs cost');
      first.drawn();
      // Whatever else runs in the same task (microtasks included) sees only the first chart.
      queueMicrotask(() => (drawnWithFirst = [...drawn]));
    });
    const unmounted = queueChart('unmounted', drawn);
    queueChart('ladder', drawn);
    unmounted.cancel();
    // Nothing draws in the task that queued them: the page is painted first.
    expect(drawn).toEqual([]);
    await waitFor(() => expect(drawn).toEqual(['value vs cost', 'ladder']));
    expect(drawnWithFirst).toEqual(['value vs cost']);
  });

  it('gives the next chart its turn once the one before has drawn, not before', async () => {
    const drawn: string[] = [];
    const attainment = awaitDrawTurn(() => drawn.push('attainment'));
    queueChart('supervision', drawn);
    await waitFor(() => expect(drawn).toEqual(['attainment']));
    // Its commit still under way: several tasks later the next chart still waits.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drawn).toEqual(['attainment']);
    attainment.drawn();
    await waitFor(() => expect(drawn).toEqual(['attainment', 'supervision']));
  });

  it('does not let a chart that never says it drew hold the others', async () => {
    const drawn: string[] = [];
    awaitDrawTurn(() => drawn.push('broken'));
    queueChart('timeline', drawn);
    await waitFor(() => expect(drawn).toEqual(['broken', 'timeline']), { timeout: 2000 });
  });

  it('still draws in a hidden window, which paints no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const drawn: string[] = [];
    queueChart('reuse', drawn);
    await waitFor(() => expect(drawn).toEqual(['reuse']));
  });
});
