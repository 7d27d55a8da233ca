import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presentation } from '../../../renderer/features/portfolio/Presentation';

afterEach(() => cleanup());

const slides = ['Value vs cost', 'Earned expansion', 'The ladder'].map((title) => () => (
  <h2>{title}</h2>
));

describe('Presentation mode', () => {
  it('shows one slide at a time, walked with the arrow keys, and Escape ends it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Presentation title="Northwind" slides={slides} onClose={onClose} />);
    const deck = screen.getByRole('dialog', { name: 'Presentation: Northwind' });
    expect(deck).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Value vs cost' })).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 3')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Earned expansion' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // It stops at the last slide rather than wrapping round.
    expect(screen.getByText('Slide 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next slide (Right arrow)' })).toBeDisabled();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { name: 'Earned expansion' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous slide (Left arrow)' }));
    expect(screen.getByText('Slide 1 of 3')).toBeInTheDocument();

    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
