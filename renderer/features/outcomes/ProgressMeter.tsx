import { formatPercent } from '../../components/format';

/** "82 % of the way to target", or what stands in its place when there is nothing to measure. */
export function progressText(progress: number | null): string {
  if (progress === null) return 'Not measured yet';
  if (progress < 0) return `Worse than baseline (${formatPercent(progress)} of the way)`;
  if (progress >= 1) return `Target reached (${formatPercent(progress)} of the way)`;
  return `${formatPercent(progress)} of the way to target`;
}

function tone(progress: number): 'bad' | 'mid' | 'good' {
  if (progress < 0) return 'bad';
  return progress >= 0.8 ? 'good' : 'mid';
}

/**
 * Progress from baseline to target as a sentence and a bar. The bar stops at its ends; the text
 * says the real figure, which may exceed 100 % or be negative.
 */
export function ProgressMeter({ progress }: { progress: number | null }) {
  const text = progressText(progress);
  const filled = progress === null ? 0 : Math.min(1, Math.max(0, progress));
  return (
    <div className="metric-progress">
      <span
        className={`metric-progress-text${progress !== null && progress < 0 ? ' is-worse' : ''}`}
      >
        {text}
      </span>
      <span className="metric-progress-track" aria-hidden="true">
        {progress !== null && (
          <span
            className={`metric-progress-fill tone-${tone(progress)}`}
            style={{ width: `${filled * 100}%` }}
          />
        )}
      </span>
    </div>
  );
}
