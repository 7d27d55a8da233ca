import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { createPortfolio } from './registryWrites';

interface FormValues {
  name: string;
  organisation: string;
  currency: string;
}

interface NewPortfolioDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (id: string) => void;
}

/**
 * Create an empty portfolio — one per client or organisation, each its own database. Its form
 * exists only while it is open: mounted with the sidebar, it was set up on every page's first
 * render for nothing.
 */
export function NewPortfolioDialog(props: NewPortfolioDialogProps) {
  return props.open ? <NewPortfolioForm {...props} /> : null;
}

function NewPortfolioForm(props: NewPortfolioDialogProps) {
  const { register, handleSubmit, formState, reset } = useForm<FormValues>({
    defaultValues: { name: '', organisation: '', currency: 'EUR' },
  });

  const submit = handleSubmit(async (values) => {
    try {
      const entry = await createPortfolio({
        name: values.name.trim(),
        organisation: values.organisation.trim(),
        currency: values.currency.trim().toUpperCase(),
      });
      reset();
      props.onOpenChange(false);
      toast.success(`Created “${entry.name}”`);
      props.onCreated(entry.id);
    } catch (error) {
      toast.error(`The portfolio could not be created: ${String(error)}`);
    }
  });

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="New portfolio"
      description="Each portfolio is kept separately — one per organisation or client."
      size="sm"
      footer={
        <>
          <Button onClick={() => props.onOpenChange(false)}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="new-portfolio-form"
            disabled={formState.isSubmitting}
          >
            Create portfolio
          </Button>
        </>
      }
    >
      <form id="new-portfolio-form" className="form-grid" onSubmit={submit} noValidate>
        <Field label="Portfolio name" error={formState.errors.name?.message} className="span-2">
          <input
            className="input"
            autoFocus
            {...register('name', {
              validate: (v) => v.trim().length > 0 || 'Give the portfolio a name',
            })}
          />
        </Field>
        <Field label="Organisation or client" className="span-2">
          <input className="input" {...register('organisation')} />
        </Field>
        <Field
          label="Currency"
          hint="Three-letter code, e.g. EUR, USD, GBP"
          error={formState.errors.currency?.message}
        >
          <input
            className="input"
            maxLength={3}
            {...register('currency', {
              validate: (v) =>
                /^[A-Za-z]{3}$/.test(v.trim()) || 'Use a three-letter currency code such as EUR',
            })}
          />
        </Field>
      </form>
    </Dialog>
  );
}
