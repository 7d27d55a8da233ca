import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { Assignment } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { PersonOptions } from '../../components/PersonOptions';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';
import { createAssignment, updateAssignment } from '../../db';
import {
  assignmentFormResolver,
  assignmentFormToFields,
  assignmentToForm,
  emptyAssignmentForm,
  type AssignmentFormValues,
} from './assignmentForm';
import { PeoplePicker } from './PeoplePicker';
import { useFocusFirstError } from './useFocusFirstError';
import { useSupervisorLoad } from './useSupervisorLoad';

export type AssignmentContext = { agentId: string } | { pilotId: string };

/**
 * Put an agent to work in a pilot, or change that assignment: the people it serves, who
 * supervises it and for how many hours a week, and when. Opened from a pilot (the agent is
 * chosen) or from an agent (the pilot is chosen); an existing assignment keeps both.
 */
export function AssignmentDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  context: AssignmentContext;
  assignment?: Assignment | undefined;
}) {
  const { open, onOpenChange, context, assignment } = props;
  const db = useDb();
  const settings = useSettings();
  const lists = useLiveQuery(async () => {
    const [agents, pilots, people] = await Promise.all([
      db.agents.orderBy('name').toArray(),
      db.pilots.orderBy('name').toArray(),
      db.people.orderBy('name').toArray(),
    ]);
    return { agents, pilots, people };
  }, [db]);
  const fixedAgent = 'agentId' in context ? context.agentId : undefined;
  const fixedPilot = 'pilotId' in context ? context.pilotId : undefined;

  const { register, handleSubmit, reset, formState, setFocus, control } =
    useForm<AssignmentFormValues>({
      resolver: assignmentFormResolver,
      defaultValues: emptyAssignmentForm({ agentId: fixedAgent, pilotId: fixedPilot }),
    });
  useEffect(() => {
    if (!open) return;
    reset(
      assignment
        ? assignmentToForm(assignment)
        : emptyAssignmentForm({ agentId: fixedAgent, pilotId: fixedPilot }),
    );
  }, [open, assignment, fixedAgent, fixedPilot, reset]);
  useFocusFirstError(formState.errors, formState.submitCount, setFocus);

  const supervisorId = useWatch({ control, name: 'supervisorId' });
  const defaultCapacity = settings?.supervisorDefaultCapacityHours ?? 0;
  const load = useSupervisorLoad(supervisorId, defaultCapacity);

  const submit = handleSubmit(async (values) => {
    const fields = assignmentFormToFields(values);
    try {
      if (assignment) {
        await updateAssignment(
          db,
          assignment.id,
          {
            servedPersonIds: fields.servedPersonIds,
            supervisorId: fields.supervisorId,
            supervisionHoursPerWeek: fields.supervisionHoursPerWeek,
            startDate: fields.startDate,
            endDate: fields.endDate,
          },
          { expectedUpdatedAt: assignment.updatedAt },
        );
        toast.success('Assignment saved');
      } else {
        await createAssignment(db, fields);
        const agent = lists?.agents.find((a) => a.id === fields.agentId);
        const pilot = lists?.pilots.find((p) => p.id === fields.pilotId);
        toast.success(`“${agent?.name ?? 'Agent'}” now works in “${pilot?.name ?? 'the pilot'}”`);
      }
      onOpenChange(false);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  const editing = assignment !== undefined;
  const choosableAgents = (lists?.agents ?? []).filter(
    (a) => a.status !== 'retired' || a.id === assignment?.agentId,
  );
  const loadHint =
    load &&
    `Supervises ${formatNumber(load.load, 1)} h a week now, of a capacity of ${formatNumber(load.capacity, 1)} h${
      load.overloaded ? ' — already overloaded' : ''
    }.`;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={editing ? 'Edit assignment' : 'Put an agent to work'}
      description="Whom the agent serves in this pilot, who supervises its work, and for how many hours a week."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="assignment-form"
            disabled={formState.isSubmitting}
          >
            {editing ? 'Save changes' : 'Assign agent'}
          </Button>
        </>
      }
    >
      <form id="assignment-form" className="form-grid" onSubmit={submit} noValidate>
        {editing ? (
          <p className="span-2 assignment-subject">
            <strong>
              {lists?.agents.find((a) => a.id === assignment.agentId)?.name ?? 'Agent'}
            </strong>{' '}
            in{' '}
            <strong>
              {lists?.pilots.find((p) => p.id === assignment.pilotId)?.name ?? 'pilot'}
            </strong>
          </p>
        ) : fixedPilot !== undefined ? (
          <Field label="Agent" error={errors.agentId?.message} className="span-2">
            <select className="select" {...register('agentId')}>
              <option value="">— Choose an agent —</option>
              {choosableAgents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field label="Pilot" error={errors.pilotId?.message} className="span-2">
            <select className="select" {...register('pilotId')}>
              <option value="">— Choose a pilot —</option>
              {(lists?.pilots ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field
          label="Supervisor"
          error={errors.supervisorId?.message}
          hint={loadHint || 'The person who reviews and corrects its work.'}
        >
          <select className="select" {...register('supervisorId')}>
            <PersonOptions people={lists?.people} />
          </select>
        </Field>
        <Field label="Supervision hours per week" error={errors.supervisionHoursPerWeek?.message}>
          <input
            className="input"
            type="number"
            min={0}
            max={168}
            step="any"
            inputMode="decimal"
            {...register('supervisionHoursPerWeek')}
          />
        </Field>
        <Field
          label="Start date"
          hint="Blank: from the day it is recorded."
          error={errors.startDate?.message}
        >
          <input className="input" type="date" {...register('startDate')} />
        </Field>
        <Field label="End date" hint="Blank: still working." error={errors.endDate?.message}>
          <input className="input" type="date" {...register('endDate')} />
        </Field>
        <div className="span-2">
          <Controller
            control={control}
            name="servedPersonIds"
            render={({ field }) => (
              <PeoplePicker
                legend="People served"
                people={lists?.people ?? []}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </div>
      </form>
    </Dialog>
  );
}
