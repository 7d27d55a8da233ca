import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { awaitDrawTurn, type DrawTurn } from './drawTurns';

/**
 * The rendered width of an element in whole CSS pixels, kept current as it resizes, so each chart
 * is drawn at the size of its card (and of the slide in presentation mode). Zero until the chart's
 * turn to draw (see drawTurns.ts): the element keeps its place meanwhile, the chart is not drawn.
 * Once the chart has drawn at its first width, the next chart gets its turn.
 */
export function useElementWidth<T extends HTMLElement>(): [
  (element: T | null) => () => void,
  number,
] {
  // null until measured (a hidden element measures 0 and has drawn nothing: its turn ends too).
  const [width, setWidth] = useState<number | null>(null);
  const turn = useRef<DrawTurn | null>(null);
  // Set once the chart has drawn at its first width; an element put in its place later (a card
  // re-rendered as another element) is measured at once: it has had its turn. Queued again, it
  // would never say it drew (its width, already known, changes nothing) and would hold the
  // charts after it for the queue's longest wait.
  const hadTurn = useRef(false);
  const ref = useCallback((element: T | null) => {
    if (!element) return () => undefined;
    const measure = () => {
      // jsdom has no layout (width 0); clientWidth is what test setups stub.
      setWidth(Math.floor(element.getBoundingClientRect().width || element.clientWidth));
    };
    let observer: ResizeObserver | undefined;
    const start = () => {
      measure();
      observer = new ResizeObserver(measure);
      observer.observe(element);
    };
    if (hadTurn.current) {
      start();
      return () => observer?.disconnect();
    }
    const mine = awaitDrawTurn(start);
    turn.current = mine;
    return () => {
      mine.cancel();
      observer?.disconnect();
    };
  }, []);
  const measured = width !== null;
  // A layout effect: it runs in the commit that drew the chart at its first width, so the next
  // chart's turn is asked for at once, not once React gets round to its passive effects (a task
  // or a frame later, each chart).
  useLayoutEffect(() => {
    if (!measured) return;
    hadTurn.current = true;
    turn.current?.drawn();
  }, [measured]);
  return [ref, width ?? 0];
}
