import { describe, expect, it } from 'vitest';
import { labelInterval, truncateToWidth, wrapLabel } from '@shared/chart/axisLabels';

/** Every character 10 px wide: widths are easy to work out by hand. */
const tenEach = (text: string) => text.length * 10;

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Ada Lovelace', 120, tenEach)).toEqual({
      lines: ['Ada Lovelace'],
      truncated: false,
    });
  });

  it('breaks between words onto a second line', () => {
    // "Dimitra Papadopoulou" is 200 px; 130 px holds "Dimitra" (70) but not both words.
    expect(wrapLabel('Dimitra Papadopoulou', 130, tenEach)).toEqual({
      lines: ['Dimitra', 'Papadopoulou'],
      truncated: false,
    });
  });

  it('gives a word wider than the axis a line of its own', () => {
    expect(wrapLabel('Supercalifragilistic agent', 100, tenEach).lines[0]).toBe(
      'Supercalifragilistic',
    );
  });

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    // Line 1 "Invoice triage" (140); the rest "assistant for suppliers" (230) cut to 150 px.
    expect(wrapLabel('Invoice triage assistant for suppliers', 150, tenEach)).toEqual({
      lines: ['Invoice triage', 'assistant for…'],
      truncated: true,
    });
  });

  it('draws nothing for an empty label', () => {
    expect(wrapLabel('  ', 100, tenEach)).toEqual({ lines: [], truncated: false });
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits and cuts the rest before an ellipsis', () => {
    expect(truncateToWidth('Northwind', 90, tenEach)).toBe('Northwind');
    expect(truncateToWidth('Northwind', 60, tenEach)).toBe('North…');
    expect(truncateToWidth('Northwind', 5, tenEach)).toBe('…');
  });
});

describe('labelInterval', () => {
  it('shows every label while each has room', () => {
    // 8 quarters on 640 px: 80 px each, a 60 px label and an 8 px gap fit.
    expect(labelInterval(8, 60, 640)).toBe(0);
  });

  it('skips labels so the shown ones keep their gap', () => {
    // 20 quarters on 640 px: 32 px each; 68 px needs three slots, so two are skipped.
    expect(labelInterval(20, 60, 640)).toBe(2);
    expect(labelInterval(1, 60, 10)).toBe(0);
  });
});
