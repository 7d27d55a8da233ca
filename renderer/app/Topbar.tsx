import * as Tooltip from '@radix-ui/react-tooltip';
import { Moon, Plus, Sun } from 'lucide-react';
import { Button } from '../components/Button';
import { Shortcut } from '../components/Kbd';
import { showsDark } from './preferences';
import { TopbarSearchButton } from './shellParts';
import { useUiStore } from './uiStore';

export function Topbar() {
  const setPaletteOpen = useUiStore((s) => s.setPaletteOpen);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const dark = showsDark(theme);

  return (
    <header className="topbar">
      <TopbarSearchButton onClick={() => setPaletteOpen(true)} />
      <div className="topbar-spacer" />
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <Button
            variant="ghost"
            iconOnly
            aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
            onClick={() => setTheme(dark ? 'light' : 'dark')}
          >
            {dark ? <Sun size={17} aria-hidden="true" /> : <Moon size={17} aria-hidden="true" />}
          </Button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="tooltip" sideOffset={6}>
            {dark ? 'Light theme' : 'Dark theme'}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <Button variant="primary" onClick={() => openPilotDialog({ mode: 'create' })}>
            <Plus size={16} aria-hidden="true" /> New pilot
          </Button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="tooltip" sideOffset={6}>
            New pilot <Shortcut keys="N" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </header>
  );
}
