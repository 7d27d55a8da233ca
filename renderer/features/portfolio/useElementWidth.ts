import { useCallback, useState } from 'react';
import { awaitDrawTurn } from './drawTurns';

/**
 * The rendered width of an element in whole CSS pixels, kept current as it resizes, so each chart
 * is drawn at the size of its card (and of the slide in presentation mode). Zero until the chart's
 * turn to draw (see drawTurns.ts): the element keeps its place meanwhile, the chart is not drawn.
 */
export function useElementWidth<T extends HTMLElement>(): [
  (element: T | null) => () => void,
  number,
] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return () => undefined;
    const measure = () => {
      // jsdom has no layout (width 0); clientWidth is what test setups stub.
      setWidth(Math.floor(element.getBoundingClientRect().width || element.clientWidth));
    };
    let observer: ResizeObserver | undefined;
    const cancel = awaitDrawTurn(() => {
      measure();
      observer = new ResizeObserver(measure);
      observer.observe(element);
    });
    return () => {
      cancel();
      observer?.disconnect();
    };
  }, []);
  return [ref, width];
}
