import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { usePortfolioSession } from '../../app/PortfolioContext';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useSavedViews } from './savedViews';

const NONE: never[] = [];

/** Pick a saved view to apply its filters, or save the current filters under a name. */
export function SavedViewsMenu() {
  const { entry } = usePortfolioSession();
  const views = useSavedViews((s) => s.byPortfolio[entry.id] ?? NONE);
  const save = useSavedViews((s) => s.save);
  const remove = useSavedViews((s) => s.remove);
  const filters = useUiStore((s) => s.portfolioFilters);
  const setFilters = useUiStore((s) => s.setPortfolioFilters);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const current = views.find((v) => JSON.stringify(v.filters) === JSON.stringify(filters));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the view a name');
      return;
    }
    save(entry.id, { name: trimmed, filters });
    setOpen(false);
    toast.success(`Saved the view “${trimmed}”`);
  };

  return (
    <div className="portfolio-views">
      <label className="portfolio-filter">
        <span>Saved view</span>
        <select
          value={current?.name ?? ''}
          onChange={(e) => {
            const view = views.find((v) => v.name === e.target.value);
            if (view) setFilters(view.filters);
          }}
        >
          <option value="">{views.length === 0 ? 'No saved views' : 'Choose a view…'}</option>
          {views.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <Button
        onClick={() => {
          setName(current?.name ?? '');
          setError(undefined);
          setOpen(true);
        }}
      >
        Save view…
      </Button>
      {current && (
        <Button variant="ghost" size="sm" onClick={() => remove(entry.id, current.name)}>
          Delete view “{current.name}”
        </Button>
      )}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Save this view"
        description="The filters now applied are saved under a name, for this portfolio on this computer."
        size="sm"
      >
        <form onSubmit={submit} noValidate>
          <Field label="View name" error={error}>
            <input
              value={name}
              maxLength={80}
              autoFocus
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          <div className="portfolio-views-footer">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary">
              Save view
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
