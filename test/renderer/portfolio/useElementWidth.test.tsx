import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as drawTurns from '../../../renderer/features/portfolio/drawTurns';
import { useElementWidth } from '../../../renderer/features/portfolio/useElementWidth';

vi.mock('../../../renderer/features/portfolio/drawTurns', async (importOriginal) => {
  const original = await importOriginal<typeof drawTurns>();
  return { ...original, awaitDrawTurn: vi.fn(original.awaitDrawTurn) };
});

afterEach(() => vi.restoreAllMocks());

let swap: () => void = () => undefined;

/** A chart card whose element React replaces when `swap` is called (another key). */
function Card() {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [version, setVersion] = useState(0);
  swap = () => setVersion((v) => v + 1);
  return (
    <div key={version} ref={ref} data-testid="card">
      {width > 0 ? `drawn at ${width}` : 'waiting'}
    </div>
  );
}

describe('useElementWidth', () => {
  it('waits for a drawing turn once; an element put in its place later is measured at once', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    render(<Card />);
    await waitFor(() => expect(screen.getByTestId('card')).toHaveTextContent('drawn at 320'));
    expect(drawTurns.awaitDrawTurn).toHaveBeenCalledTimes(1);

    act(() => swap());
    await waitFor(() => expect(screen.getByTestId('card')).toHaveTextContent('drawn at 320'));
    // Queued again, it would never say it drew and would hold the charts after it.
    expect(drawTurns.awaitDrawTurn).toHaveBeenCalledTimes(1);
  });
});
