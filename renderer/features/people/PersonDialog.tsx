import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { PERSON_ROLES, type Person } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';
import { createPerson, updatePerson } from '../../db';
import {
  emptyPersonForm,
  personFormResolver,
  personFormToFields,
  personToForm,
  ROLE_LABELS,
  type PersonFormValues,
} from './personForm';

/** Add a person, or edit one: role, team, hourly cost and how much oversight they can give. */
export function PersonDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  person?: Person | undefined;
}) {
  const { open, onOpenChange, person } = props;
  const db = useDb();
  const settings = useSettings();
  const { register, handleSubmit, reset, formState, setFocus } = useForm<PersonFormValues>({
    resolver: personFormResolver,
    defaultValues: emptyPersonForm,
  });
  useEffect(() => {
    if (open) reset(person ? personToForm(person) : emptyPersonForm);
  }, [open, person, reset]);
  useEffect(() => {
    const first = Object.keys(formState.errors)[0] as keyof PersonFormValues | undefined;
    if (first) setFocus(first);
  }, [formState.errors, formState.submitCount, setFocus]);

  const submit = handleSubmit(async (values) => {
    const fields = personFormToFields(values);
    try {
      const saved = person
        ? await updatePerson(db, person.id, fields, { expectedUpdatedAt: person.updatedAt })
        : await createPerson(db, fields);
      toast.success(person ? `Saved “${saved.name}”` : `Added “${saved.name}”`);
      onOpenChange(false);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  const currency = settings?.currency ?? 'EUR';
  const defaultCapacity = settings?.supervisorDefaultCapacityHours ?? 0;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={person ? `Edit “${person.name}”` : 'New person'}
      description="Sponsors, leads, supervisors and the people agents serve."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="person-form"
            disabled={formState.isSubmitting}
          >
            {person ? 'Save changes' : 'Add person'}
          </Button>
        </>
      }
    >
      <form id="person-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label="Name" error={errors.name?.message}>
          <input className="input" autoFocus {...register('name')} />
        </Field>
        <Field label="Role" error={errors.role?.message}>
          <select className="select" {...register('role')}>
            {PERSON_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Team or business unit" error={errors.team?.message}>
          <input className="input" {...register('team')} />
        </Field>
        <Field label="E-mail" error={errors.email?.message}>
          <input className="input" type="email" {...register('email')} />
        </Field>
        <Field
          label={`Hourly cost (${currency})`}
          hint="Blank: supervision is costed at the portfolio’s supervision hourly cost."
          error={errors.hourlyCost?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            {...register('hourlyCost')}
          />
        </Field>
        <Field
          label="Oversight capacity (hours/week)"
          hint={`Hours a week they can spend reviewing agents’ work. Blank: the default, ${formatNumber(defaultCapacity)} h.`}
          error={errors.oversightCapacityHours?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={168}
            step="any"
            inputMode="decimal"
            {...register('oversightCapacityHours')}
          />
        </Field>
      </form>
    </Dialog>
  );
}
