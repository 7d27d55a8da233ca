import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { renamePortfolio } from './registryWrites';
import { usePortfolioSession } from './PortfolioContext';

interface RenamePortfolioDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Its form exists only while it is open (see NewPortfolioDialog). */
export function RenamePortfolioDialog(props: RenamePortfolioDialogProps) {
  return props.open ? <RenamePortfolioForm {...props} /> : null;
}

function RenamePortfolioForm(props: RenamePortfolioDialogProps) {
  const { entry } = usePortfolioSession();
  const { register, handleSubmit, formState, reset } = useForm<{ name: string }>({
    defaultValues: { name: entry.name },
  });
  useEffect(() => {
    if (props.open) reset({ name: entry.name });
  }, [props.open, entry.name, reset]);

  const submit = handleSubmit(async ({ name }) => {
    await renamePortfolio(entry.id, name.trim());
    props.onOpenChange(false);
    toast.success(`Renamed to “${name.trim()}”`);
  });

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="Rename portfolio"
      size="sm"
      footer={
        <>
          <Button onClick={() => props.onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="rename-portfolio-form">
            Rename
          </Button>
        </>
      }
    >
      <form id="rename-portfolio-form" onSubmit={submit} noValidate>
        <Field label="Portfolio name" error={formState.errors.name?.message}>
          <input
            className="input"
            autoFocus
            {...register('name', {
              validate: (v) => v.trim().length > 0 || 'Give the portfolio a name',
            })}
          />
        </Field>
      </form>
    </Dialog>
  );
}
