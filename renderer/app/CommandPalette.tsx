import * as RadixDialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useLiveQuery } from 'dexie-react-hooks';
import { FolderOpen, Moon, Plus, Rocket } from 'lucide-react';
import { useNavigate } from 'react-router';
import { Shortcut } from '../components/Kbd';
import { NAV_ITEMS } from './navigation';
import { useDb, usePortfolioSession } from './PortfolioContext';
import { useUiStore } from './uiStore';

/** Ctrl/⌘+K: every main action, every page, every pilot and every portfolio, by typing. */
export function CommandPalette() {
  const open = useUiStore((s) => s.paletteOpen);
  const setOpen = useUiStore((s) => s.setPaletteOpen);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const setTheme = useUiStore((s) => s.setTheme);
  const theme = useUiStore((s) => s.theme);
  const navigate = useNavigate();
  const db = useDb();
  const session = usePortfolioSession();
  const pilots = useLiveQuery(
    () => (open ? db.pilots.orderBy('name').limit(500).toArray() : []),
    [db, open],
  );

  function run(action: () => void) {
    setOpen(false);
    action();
  }

  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="dialog-content cmdk-dialog">
          <RadixDialog.Title className="visually-hidden">Command palette</RadixDialog.Title>
          <RadixDialog.Description className="visually-hidden">
            Type to find a page, a pilot, a portfolio or an action; Enter runs it.
          </RadixDialog.Description>
          <Command label="Command palette" loop>
            <Command.Input placeholder="Type a command or a pilot’s name…" aria-label="Command" />
            <Command.List>
              <Command.Empty>Nothing matches. Try a pilot’s name or “new”.</Command.Empty>
              <Command.Group heading="Actions">
                <Command.Item onSelect={() => run(() => openPilotDialog({ mode: 'create' }))}>
                  <Plus size={16} aria-hidden="true" /> New pilot <Shortcut keys="N" />
                </Command.Item>
                <Command.Item
                  onSelect={() => run(() => setTheme(theme === 'dark' ? 'light' : 'dark'))}
                >
                  <Moon size={16} aria-hidden="true" /> Toggle light / dark theme
                </Command.Item>
              </Command.Group>
              <Command.Group heading="Go to">
                {NAV_ITEMS.map(({ to, label, icon: Icon }) => (
                  <Command.Item
                    key={to}
                    value={`Go to ${label}`}
                    onSelect={() => run(() => void navigate(to))}
                  >
                    <Icon size={16} aria-hidden="true" /> {label}
                  </Command.Item>
                ))}
              </Command.Group>
              {pilots && pilots.length > 0 && (
                <Command.Group heading="Pilots">
                  {pilots.map((p) => (
                    <Command.Item
                      key={p.id}
                      value={`Pilot ${p.name} ${p.id}`}
                      onSelect={() => run(() => void navigate(`/pilots/${p.id}`))}
                    >
                      <Rocket size={16} aria-hidden="true" /> {p.name}
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              <Command.Group heading="Portfolios">
                {session.portfolios
                  .filter((p) => p.id !== session.entry.id)
                  .map((p) => (
                    <Command.Item
                      key={p.id}
                      value={`Switch to portfolio ${p.name} ${p.id}`}
                      onSelect={() => run(() => session.switchTo(p.id))}
                    >
                      <FolderOpen size={16} aria-hidden="true" /> Switch to {p.name}
                    </Command.Item>
                  ))}
                <Command.Item value="Close portfolio" onSelect={() => run(session.showWelcome)}>
                  <FolderOpen size={16} aria-hidden="true" /> Close portfolio (new, sample, or
                  another)
                </Command.Item>
              </Command.Group>
            </Command.List>
          </Command>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
