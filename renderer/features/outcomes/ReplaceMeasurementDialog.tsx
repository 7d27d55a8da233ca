import { useRef } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate } from '../../components/format';
import type { MeasurementExistsError } from '../../db';
import { formatValue } from './formatValue';

/** Asks before a measurement overwrites the one already recorded for its date. */
export function ReplaceMeasurementDialog(props: {
  clash: { error: MeasurementExistsError; newValue: number } | null;
  unit: string;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { clash, unit } = props;
  // The dialog also reports "closed" after Replace; only a close without it means "keep".
  const replacing = useRef(false);
  return (
    <ConfirmDialog
      open={clash !== null}
      onOpenChange={(open) => {
        if (open) return;
        if (!replacing.current) props.onKeep();
        replacing.current = false;
      }}
      title={clash ? `Replace the measurement of ${formatDate(clash.error.date)}?` : ''}
      confirmLabel="Replace"
      onConfirm={() => {
        replacing.current = true;
        props.onReplace();
      }}
    >
      {clash && (
        <>
          “{clash.error.metricName}” already has{' '}
          <strong>{formatValue(clash.error.existingValue, unit)}</strong> on{' '}
          {formatDate(clash.error.date)}
          {clash.error.existingNote ? ` (note: ${clash.error.existingNote})` : ''}. Replace it with{' '}
          <strong>{formatValue(clash.newValue, unit)}</strong>, or cancel to choose another date.
        </>
      )}
    </ConfirmDialog>
  );
}
