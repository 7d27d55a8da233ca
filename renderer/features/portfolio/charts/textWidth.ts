import type { MeasureText } from '@shared/chart/axisLabels';

/** The charts' label size (AxisTick, NameTick). */
export const LABEL_FONT_SIZE = 12;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Measures chart labels on a canvas, in the page's font: no layout, unlike measuring in the DOM.
 * Without a canvas (jsdom), an average glyph width stands in.
 */
export const labelWidth: MeasureText = (text) => {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (context) {
      context.font = `${LABEL_FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
    }
  }
  return context ? context.measureText(text).width : text.length * LABEL_FONT_SIZE * 0.55;
};
