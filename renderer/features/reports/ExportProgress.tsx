import { formatNumber } from '../../components/format';

export interface ProgressState {
  label: string;
  done: number;
  total: number | null;
}

/** A long export's progress, with counts, announced politely to screen readers. */
export function ExportProgress(props: { progress: ProgressState | null }) {
  const p = props.progress;
  if (!p) return null;
  return (
    <div className="exchange-status" role="status">
      <span>
        {p.label}
        {p.total !== null && p.total > 0
          ? ` ${formatNumber(p.done, 0)} of ${formatNumber(p.total, 0)}`
          : ''}
        …
      </span>
      <progress
        aria-label={p.label}
        max={p.total ?? undefined}
        value={p.total !== null ? p.done : undefined}
      />
    </div>
  );
}
