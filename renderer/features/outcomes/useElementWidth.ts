import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The rendered width of an element in whole CSS pixels, kept current as it resizes. */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
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
