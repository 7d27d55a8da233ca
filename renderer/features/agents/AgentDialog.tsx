import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { AGENT_STATUSES, type Agent } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { PersonOptions } from '../../components/PersonOptions';
import { Field } from '../../components/Field';
import { createAgent, updateAgent } from '../../db';
import { AGENT_STATUS_LABELS } from './AgentStatusBadge';
import {
  agentFormResolver,
  agentFormToFields,
  agentToForm,
  emptyAgentForm,
  type AgentFormValues,
} from './agentForm';
import { useFocusFirstError } from './useFocusFirstError';

/** Register an agent, or edit one: owner, purpose, capabilities and what it costs. */
export function AgentDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The agent to edit; a new one when absent. */
  agent?: Agent | undefined;
  onSaved?: (agent: Agent) => void;
}) {
  const { open, agent, onOpenChange, onSaved } = props;
  const db = useDb();
  const settings = useSettings();
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), [db]);
  const { register, handleSubmit, reset, formState, setFocus } = useForm<AgentFormValues>({
    resolver: agentFormResolver,
    defaultValues: emptyAgentForm,
  });
  useEffect(() => {
    if (open) reset(agent ? agentToForm(agent) : emptyAgentForm);
  }, [open, agent, reset]);
  useFocusFirstError(formState.errors, formState.submitCount, setFocus);

  const submit = handleSubmit(async (values) => {
    const fields = agentFormToFields(values);
    try {
      const saved = agent
        ? await updateAgent(db, agent.id, fields, { expectedUpdatedAt: agent.updatedAt })
        : await createAgent(db, fields);
      toast.success(agent ? `Saved “${saved.name}”` : `Registered agent “${saved.name}”`);
      onOpenChange(false);
      onSaved?.(saved);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  const currency = settings?.currency ?? 'EUR';
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={agent ? `Edit “${agent.name}”` : 'New agent'}
      description="What the agent does, who owns it and what it costs. Put it to work in pilots from its page or a pilot’s Agents & people tab."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="agent-form"
            disabled={formState.isSubmitting}
          >
            {agent ? 'Save changes' : 'Register agent'}
          </Button>
        </>
      }
    >
      <form id="agent-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label="Name" error={errors.name?.message} className="span-2">
          <input className="input" autoFocus {...register('name')} />
        </Field>
        <Field
          label="Purpose"
          hint="The job it does, in a sentence or two. Used to spot duplicates."
          error={errors.purpose?.message}
          className="span-2"
        >
          <textarea className="textarea" rows={3} {...register('purpose')} />
        </Field>
        <Field
          label="Capabilities"
          hint="Separate with commas, e.g. invoice-reading, classification."
          error={errors.capabilities?.message}
          className="span-2"
        >
          <input className="input" {...register('capabilities')} />
        </Field>
        <Field label="Platform, vendor or model" error={errors.platform?.message}>
          <input className="input" {...register('platform')} />
        </Field>
        <Field
          label="Owner"
          error={errors.ownerId?.message}
          hint={
            people?.length === 0 ? 'Add people on the People page to choose an owner.' : undefined
          }
        >
          <select className="select" {...register('ownerId')}>
            <PersonOptions people={people} />
          </select>
        </Field>
        <Field label="Status" error={errors.status?.message}>
          <select className="select" {...register('status')}>
            {AGENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {AGENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <div />
        <Field
          label={`Build cost (${currency})`}
          hint="One-off; shared equally by the pilots that use it."
          error={errors.buildCost?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            {...register('buildCost')}
          />
        </Field>
        <Field
          label={`Monthly running cost (${currency})`}
          hint="Charged month by month to the pilots it works in, split among them."
          error={errors.monthlyRunningCost?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            {...register('monthlyRunningCost')}
          />
        </Field>
      </form>
    </Dialog>
  );
}
