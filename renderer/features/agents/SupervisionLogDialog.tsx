import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { addDaysIso, isoToDay, todayIso } from '@shared/dates';
import type { Assignment } from '@shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useDb } from '../../app/PortfolioContext';
import { addSupervisionLog } from '../../db';
import { useFocusFirstError } from './useFocusFirstError';

interface LogFormValues {
  periodStart: string;
  periodEnd: string;
  itemsReviewed: string;
  itemsCorrected: string;
  hoursSpent: string;
}

/** Monday to Sunday of the week before the one containing `today`: what is usually logged. */
export function lastWeek(today: string): { start: string; end: string } {
  const day = isoToDay(today);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const monday = addDaysIso(today, -(((day + 3) % 7) + 7));
  return { start: monday, end: addDaysIso(monday, 6) };
}

function validate(v: LogFormValues) {
  const errors: Partial<Record<keyof LogFormValues, string>> = {};
  const whole = (text: string) => /^\d+$/.test(text.trim());
  if (!v.periodStart) errors.periodStart = 'Enter the first day of the period';
  if (!v.periodEnd) errors.periodEnd = 'Enter the last day of the period';
  else if (v.periodStart && v.periodEnd < v.periodStart)
    errors.periodEnd = 'The period must end on or after its start';
  if (!whole(v.itemsReviewed)) errors.itemsReviewed = 'Enter a whole number of items, zero or more';
  if (!whole(v.itemsCorrected))
    errors.itemsCorrected = 'Enter a whole number of items, zero or more';
  else if (whole(v.itemsReviewed) && Number(v.itemsCorrected) > Number(v.itemsReviewed))
    errors.itemsCorrected = 'Cannot correct more items than were reviewed';
  const hours = Number(v.hoursSpent);
  if (v.hoursSpent.trim() === '' || !(hours >= 0) || hours > 10_000)
    errors.hoursSpent = 'Enter hours of zero or more';
  return errors;
}

/**
 * Quick entry of one supervision log: the week before this one is filled in, with the planned
 * hours, so a weekly log is three numbers typed.
 */
export function SupervisionLogDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  assignment: Assignment | undefined;
  /** "Invoice reader in Invoice triage", for the title. */
  subject: string;
}) {
  const { open, onOpenChange, assignment } = props;
  const db = useDb();
  const { register, handleSubmit, reset, formState, setFocus, setError } = useForm<LogFormValues>();
  useEffect(() => {
    if (!open) return;
    const week = lastWeek(todayIso());
    reset({
      periodStart: week.start,
      periodEnd: week.end,
      itemsReviewed: '',
      itemsCorrected: '',
      hoursSpent: String(assignment?.supervisionHoursPerWeek ?? 0),
    });
  }, [open, assignment, reset]);
  useFocusFirstError(formState.errors, formState.submitCount, setFocus);

  const submit = handleSubmit(async (v) => {
    if (!assignment) return;
    const errors = validate(v);
    const fields = Object.keys(errors) as (keyof LogFormValues)[];
    if (fields.length) {
      for (const field of fields) setError(field, { message: errors[field] });
      setFocus(fields[0] as keyof LogFormValues);
      return;
    }
    try {
      await addSupervisionLog(db, {
        assignmentId: assignment.id,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        itemsReviewed: Number(v.itemsReviewed),
        itemsCorrected: Number(v.itemsCorrected),
        hoursSpent: Number(v.hoursSpent),
      });
      toast.success(`Logged supervision of ${props.subject}`);
      onOpenChange(false);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Log supervision"
      description={`${props.subject}: what its supervisor reviewed and corrected, and the hours it took.`}
      size="sm"
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="log-form" disabled={formState.isSubmitting}>
            Save log
          </Button>
        </>
      }
    >
      <form id="log-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label="Period from" error={errors.periodStart?.message}>
          <input className="input" type="date" {...register('periodStart')} />
        </Field>
        <Field label="Period to" error={errors.periodEnd?.message}>
          <input className="input" type="date" {...register('periodEnd')} />
        </Field>
        <Field label="Items reviewed" error={errors.itemsReviewed?.message}>
          <input
            className="input"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            autoFocus
            {...register('itemsReviewed')}
          />
        </Field>
        <Field label="Items corrected" error={errors.itemsCorrected?.message}>
          <input
            className="input"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            {...register('itemsCorrected')}
          />
        </Field>
        <Field label="Hours spent" error={errors.hoursSpent?.message} className="span-2">
          <input
            className="input"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            {...register('hoursSpent')}
          />
        </Field>
      </form>
    </Dialog>
  );
}
