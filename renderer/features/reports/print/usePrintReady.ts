import { useEffect } from 'react';
import { PRINT_READY_DATASET_KEY } from '@shared/ipc';

/** Charts that must have drawn before the page may print: `data-report-chart` on their box. */
export const REPORT_CHART_ATTRIBUTE = 'data-report-chart';

function chartsDrawn(root: ParentNode): boolean {
  return [...root.querySelectorAll(`[${REPORT_CHART_ATTRIBUTE}]`)].every(
    (box) => box.querySelector('svg, .portfolio-chart-empty, [data-empty]') !== null,
  );
}

/**
 * Says "ready to print" (`document.body.dataset.printReady`, which the main process and the
 * browser print wait for) once the data is in and every chart on the page has drawn: a PDF taken
 * at page load would have blank boxes where the charts go. Fonts must have loaded as well.
 */
export function usePrintReady(dataReady: boolean): void {
  useEffect(() => {
    if (!dataReady) return;
    let frame = 0;
    let cancelled = false;
    const check = () => {
      if (cancelled) return;
      if (chartsDrawn(document)) {
        void document.fonts.ready.then(() => {
          if (!cancelled) document.body.dataset[PRINT_READY_DATASET_KEY] = 'true';
        });
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      delete document.body.dataset[PRINT_READY_DATASET_KEY];
    };
  }, [dataReady]);
}
