import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';

export type Slide = (height: number) => ReactNode;

/** Room the headline, legend and controls take on a slide; the chart gets the rest. */
const CHROME_HEIGHT = 300;

function slideHeight(): number {
  return Math.max(320, (typeof window === 'undefined' ? 900 : window.innerHeight) - CHROME_HEIGHT);
}

/**
 * Presentation mode: full screen, one chart a slide with its finding as the headline, large type.
 * Arrow keys (and Page Up/Down, Space) move between slides; Escape ends it.
 */
export function Presentation(props: { title: string; slides: Slide[]; onClose: () => void }) {
  const { slides, onClose } = props;
  const [index, setIndex] = useState(0);
  const [height, setHeight] = useState(slideHeight);
  const ref = useRef<HTMLDivElement>(null);
  const count = slides.length;
  const go = useCallback(
    (delta: number) => setIndex((i) => Math.min(count - 1, Math.max(0, i + delta))),
    [count],
  );

  useEffect(() => {
    ref.current?.focus();
    const root = document.documentElement;
    // Full screen where the platform allows it (Electron and browsers after a click do); the
    // slides work the same in a window when it is refused.
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => undefined);
    }
    // Escape in full screen is taken by the browser to leave it; follow it out of the slides too.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    const onResize = () => setHeight(slideHeight());
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('resize', onResize);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Keys a focused control has taken (the value-vs-cost marks move between themselves with
      // the arrows) do not turn the slide as well.
      if (event.defaultPrevented) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') {
        event.preventDefault();
        go(1);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        go(-1);
      } else if (event.key === 'Home') {
        setIndex(0);
      } else if (event.key === 'End') {
        setIndex(count - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, onClose, count]);

  const slide = slides[index];
  return (
    <div
      ref={ref}
      className="portfolio-presentation"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${props.title}`}
      tabIndex={-1}
    >
      <div className="portfolio-presentation-bar">
        <span className="portfolio-presentation-title">{props.title}</span>
        <span className="portfolio-presentation-count" aria-live="polite">
          Slide {index + 1} of {count}
        </span>
        <div className="portfolio-presentation-actions">
          <Button
            size="sm"
            variant="ghost"
            aria-label="Previous slide (Left arrow)"
            disabled={index === 0}
            onClick={() => go(-1)}
          >
            <ChevronLeft size={18} aria-hidden="true" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label="Next slide (Right arrow)"
            disabled={index === count - 1}
            onClick={() => go(1)}
          >
            <ChevronRight size={18} aria-hidden="true" />
          </Button>
          <Button size="sm" onClick={onClose}>
            <X size={16} aria-hidden="true" /> End presentation <kbd>Esc</kbd>
          </Button>
        </div>
      </div>
      <div className="portfolio-presentation-slide">{slide?.(height)}</div>
    </div>
  );
}
