import { useEffect, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { Measurement, Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { MeasurementExistsError, updateMeasurement, ValidationError } from '../../db';
import { ReplaceMeasurementDialog } from './ReplaceMeasurementDialog';

interface Errors {
  date?: string;
  value?: string;
  note?: string;
}

const FORM_ID = 'edit-measurement-form';

/** Changes one measurement's value, note or date; moving onto a taken date asks first. */
export function EditMeasurementDialog(props: {
  metric: Pick<Metric, 'id' | 'name' | 'unit'>;
  measurement: Measurement | null;
  onClose: () => void;
}) {
  const { metric, measurement, onClose } = props;
  const db = useDb();
  const [date, setDate] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [clash, setClash] = useState<{ error: MeasurementExistsError; newValue: number } | null>(
    null,
  );

  useEffect(() => {
    if (!measurement) return;
    setDate(measurement.date);
    setValue(String(measurement.value));
    setNote(measurement.note ?? '');
    setErrors({});
  }, [measurement]);

  async function save(replace: boolean) {
    if (!measurement) return;
    const number = Number(value.trim());
    const next: Errors = {};
    if (!date) next.date = 'Choose the date it was measured';
    if (value.trim() === '') next.value = 'Enter the measured value';
    else if (!Number.isFinite(number)) next.value = 'Enter a number, e.g. 25.5';
    setErrors(next);
    if (next.date || next.value) return;
    try {
      await updateMeasurement(
        db,
        metric.id,
        measurement.date,
        { date, value: number, note: note.trim() || null },
        { replace },
      );
      toast.success(`Saved the ${formatDate(date)} measurement of “${metric.name}”`);
      onClose();
    } catch (error) {
      if (error instanceof MeasurementExistsError) setClash({ error, newValue: number });
      else if (error instanceof ValidationError) {
        const f = error.fieldErrors;
        setErrors({ date: f['date'], value: f['value'], note: f['note'] });
      } else toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <Dialog
      open={measurement !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Edit the ${formatDate(measurement?.date)} measurement`}
      description={`Of “${metric.name}”. The change is recorded in the pilot’s history.`}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={FORM_ID}>
            Save changes
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className="form-grid" onSubmit={onSubmit} noValidate>
        <Field label="Date" error={errors.date}>
          <input
            className="input"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field label={metric.unit ? `Value (${metric.unit})` : 'Value'} error={errors.value}>
          <input
            className="input"
            type="number"
            step="any"
            inputMode="decimal"
            autoFocus
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </Field>
        <Field label="Note (optional)" error={errors.note} className="span-2">
          <input className="input" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </form>
      <ReplaceMeasurementDialog
        clash={clash}
        unit={metric.unit}
        onReplace={() => {
          setClash(null);
          void save(true);
        }}
        onKeep={() => setClash(null)}
      />
    </Dialog>
  );
}
