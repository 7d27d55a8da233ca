import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportProgress } from '../../../renderer/features/reports/ExportProgress';

describe('export progress', () => {
  afterEach(cleanup);

  it('counts what has been written out of how much, as text and as a progress bar', () => {
    render(<ExportProgress progress={{ label: 'Writing rows', done: 5_000, total: 1_000_000 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Writing rows 5,000 of 1,000,000…');
    const bar = screen.getByRole('progressbar', { name: 'Writing rows' });
    expect(bar).toHaveAttribute('value', '5000');
    expect(bar).toHaveAttribute('max', '1000000');
  });

  it('shows an indeterminate bar before the total is known, and nothing when idle', () => {
    const { rerender, container } = render(
      <ExportProgress progress={{ label: 'Reading the portfolio', done: 0, total: null }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Reading the portfolio…$/);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    rerender(<ExportProgress progress={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
