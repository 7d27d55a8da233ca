import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import type { Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { addMeasurement, MeasurementExistsError, ValidationError } from '../../db';
import { formatValue } from './formatValue';
import { ReplaceMeasurementDialog } from './ReplaceMeasurementDialog';

interface Errors {
  date?: string;
  value?: string;
  note?: string;
}

/**
 * Records one measurement from the metric card: the date is today, the value has focus, Enter
 * saves — so M, the number, Enter. A date that already has a value asks before replacing it.
 */
export function QuickMeasurementForm(props: {
  metric: Pick<Metric, 'id' | 'name' | 'unit'>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { metric } = props;
  const db = useDb();
  const [date, setDate] = useState(todayIso);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [clash, setClash] = useState<{ error: MeasurementExistsError; newValue: number } | null>(
    null,
  );
  const dateRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  async function save(replace: boolean) {
    const trimmed = value.trim();
    const number = Number(trimmed);
    const next: Errors = {};
    if (!date) next.date = 'Choose the date it was measured';
    if (trimmed === '') next.value = 'Enter the measured value';
    else if (!Number.isFinite(number)) next.value = 'Enter a number, e.g. 25.5';
    setErrors(next);
    if (next.date) return dateRef.current?.focus();
    if (next.value) return valueRef.current?.focus();

    setSaving(true);
    try {
      await addMeasurement(
        db,
        { metricId: metric.id, date, value: number, note: note.trim() || undefined },
        { replace },
      );
      toast.success(
        `${replace ? 'Replaced' : 'Recorded'} ${formatValue(number, metric.unit)} for ${formatDate(date)}`,
      );
      props.onDone();
    } catch (error) {
      if (error instanceof MeasurementExistsError) {
        setClash({ error, newValue: number });
      } else if (error instanceof ValidationError) {
        const fields = error.fieldErrors;
        setErrors({ date: fields['date'], value: fields['value'], note: fields['note'] });
      } else {
        toast.error(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    }
  }

  return (
    <form
      className="quick-measure"
      aria-label={`Add a measurement to ${metric.name}`}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <Field label="Date" error={errors.date}>
        <input
          ref={dateRef}
          className="input"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field label={metric.unit ? `Value (${metric.unit})` : 'Value'} error={errors.value}>
        <input
          ref={valueRef}
          className="input"
          type="number"
          step="any"
          inputMode="decimal"
          autoFocus
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <Field label="Note (optional)" error={errors.note} className="quick-measure-note">
        <input className="input" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="quick-measure-actions">
        <Button variant="primary" type="submit" disabled={saving}>
          Save
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
      <ReplaceMeasurementDialog
        clash={clash}
        unit={metric.unit}
        onReplace={() => {
          setClash(null);
          void save(true);
        }}
        onKeep={() => {
          setClash(null);
          // Back to the date: the usual fix is a different day, not a different value.
          requestAnimationFrame(() => dateRef.current?.focus());
        }}
      />
    </form>
  );
}
