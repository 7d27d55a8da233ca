import { useCallback, useState } from 'react';

/**
 * The rendered width of an element in whole CSS pixels, kept current as it resizes, so each chart
 * is drawn at the size of its card (and of the slide in presentation mode).
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
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
