import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitDrawTurn } from '../../../renderer/features/portfolio/drawTurns';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('chart draw turns', () => {
  it('draws waiting charts in turn, each in its own task, skipping a cancelled one', async () => {
    const drawn: string[] = [];
    let drawnWithFirst: string[] = [];
    awaitDrawTurn(() => {
      drawn.push('value vs cost');
      // Whatever else runs in the same task (microtasks included) sees only the first chart.
      queueMicrotask(() => (drawnWithFirst = [...drawn]));
    });
    const cancel = awaitDrawTurn(() => drawn.push('unmounted'));
    awaitDrawTurn(() => drawn.push('ladder'));
    cancel();
    // Nothing draws in the task that queued them: the page is painted first.
    expect(drawn).toEqual([]);
    await waitFor(() => expect(drawn).toEqual(['value vs cost', 'ladder']));
    expect(drawnWithFirst).toEqual(['value vs cost']);
  });

  it('still draws in a hidden window, which paints no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const drawn: string[] = [];
    awaitDrawTurn(() => drawn.push('reuse'));
    await waitFor(() => expect(drawn).toEqual(['reuse']));
  });
});
