import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { BookmarkCheck, BookmarkPlus, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatNumber } from '../../components/format';
import { deleteMetric, restoreDeleted } from '../../db';
import { saveMetricToLibrary } from './metricLibrary';

/** A metric's less frequent actions: edit, save to the library, delete (confirmed, undoable). */
export function MetricMenu(props: {
  metric: Metric;
  measurements: number;
  inLibrary: boolean;
  onEdit: () => void;
}) {
  const { metric, measurements, inLibrary } = props;
  const db = useDb();
  const [confirmDelete, setConfirmDelete] = useState(false);

  async function saveToLibrary() {
    try {
      const { definition, created } = await saveMetricToLibrary(db, metric);
      toast.success(
        created
          ? `Saved “${definition.name}” to the metric library — other pilots can now measure it the same way`
          : `“${definition.name}” was already in the library; this metric now uses it`,
      );
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  async function remove() {
    try {
      const token = await deleteMetric(db, metric.id);
      toast.success(token.label, {
        action: {
          label: 'Undo',
          onClick: () => {
            void restoreDeleted(db, token).then(({ restored }) =>
              restored > 0
                ? toast.success(`Restored “${metric.name}”`)
                : toast.info('Nothing to restore: it was changed again since.'),
            );
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          className="btn btn-ghost btn-sm btn-icon"
          aria-label={`More actions for ${metric.name}`}
        >
          <MoreHorizontal size={16} aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu-content" align="end" sideOffset={4}>
            <DropdownMenu.Item className="menu-item" onSelect={props.onEdit}>
              <Pencil size={15} aria-hidden="true" /> Edit metric…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              disabled={inLibrary}
              onSelect={() => void saveToLibrary()}
            >
              {inLibrary ? (
                <>
                  <BookmarkCheck size={15} aria-hidden="true" /> In the metric library
                </>
              ) : (
                <>
                  <BookmarkPlus size={15} aria-hidden="true" /> Save to library
                </>
              )}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item
              className="menu-item menu-item-danger"
              onSelect={() => setConfirmDelete(true)}
            >
              <Trash2 size={15} aria-hidden="true" /> Delete metric…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete “${metric.name}”?`}
        confirmLabel="Delete metric"
        danger
        onConfirm={() => void remove()}
      >
        {measurements > 0
          ? `The metric and its ${formatNumber(measurements, 0)} measurement${measurements === 1 ? '' : 's'} are removed.`
          : 'The metric is removed.'}{' '}
        You can undo this right after.
      </ConfirmDialog>
    </>
  );
}
