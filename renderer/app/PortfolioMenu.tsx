import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Check, FolderPlus, LogOut, Pencil, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { deletePortfolio } from './registryWrites';
import { NewPortfolioDialog } from './NewPortfolioDialog';
import { usePortfolioSession } from './PortfolioContext';
import { RenamePortfolioDialog } from './RenamePortfolioDialog';
import { portfolioSwitcherName, PortfolioSwitcherLabel } from './shellParts';

/** Switch, create, rename and delete portfolios from the sidebar. */
export function PortfolioMenu({ trigger }: { trigger: ReactNode }) {
  const session = usePortfolioSession();
  const [newOpen, setNewOpen] = useState(false);
  const [renameOpen, setRenameOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);

  async function confirmDelete() {
    const { entry } = session;
    const next = session.portfolios.find((p) => p.id !== entry.id);
    if (next) session.switchTo(next.id);
    else session.showWelcome();
    await deletePortfolio(entry.id);
    toast.success(`Deleted the portfolio “${entry.name}”`);
  }

  return (
    <>
      {/* Non-modal: a modal menu hides the rest of the page from assistive tech while it stays focusable. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          className="portfolio-switcher"
          aria-label={portfolioSwitcherName(session.entry.name)}
        >
          <PortfolioSwitcherLabel name={session.entry.name} count={session.portfolios.length} />
          {trigger}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu-content" side="top" align="start" sideOffset={6}>
            <DropdownMenu.Label className="menu-label">Switch portfolio</DropdownMenu.Label>
            {session.portfolios.map((p) => (
              <DropdownMenu.Item
                key={p.id}
                className="menu-item"
                onSelect={() => session.switchTo(p.id)}
              >
                {p.id === session.entry.id ? (
                  <Check size={15} aria-hidden="true" />
                ) : (
                  <span className="menu-icon-space" />
                )}
                {p.name}
              </DropdownMenu.Item>
            ))}
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item" onSelect={() => setNewOpen(true)}>
              <FolderPlus size={15} aria-hidden="true" /> New portfolio…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => setRenameOpen(true)}>
              <Pencil size={15} aria-hidden="true" /> Rename “{session.entry.name}”…
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={session.showWelcome}>
              <LogOut size={15} aria-hidden="true" /> Close portfolio
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item
              className="menu-item menu-item-danger"
              onSelect={() => setDeleteOpen(true)}
            >
              <Trash2 size={15} aria-hidden="true" /> Delete “{session.entry.name}”…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <NewPortfolioDialog open={newOpen} onOpenChange={setNewOpen} onCreated={session.switchTo} />
      <RenamePortfolioDialog open={renameOpen} onOpenChange={setRenameOpen} />
      <ConfirmDialog
        open={deleteOpen}
        onOpenChange={setDeleteOpen}
        title={`Delete “${session.entry.name}”?`}
        confirmLabel="Delete portfolio"
        danger
        onConfirm={() => void confirmDelete()}
      >
        Every pilot, agent, person, measurement and decision in this portfolio is removed from this
        computer. This cannot be undone — back it up first if you may need it again.
      </ConfirmDialog>
    </>
  );
}
