import { useEffect } from 'react';
import { useUiStore } from './uiStore';

/** Keyboard shortcuts. `Mod` is ⌘ on macOS and Ctrl elsewhere. */
export interface ShortcutHandlers {
  openPalette: () => void;
  newPilot: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Global shortcuts: Mod+K opens the command palette anywhere; single keys (N = new pilot) work
 * when the person is not typing, as browsers reserve Ctrl+N for a new window.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.metaKey || event.ctrlKey;
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        handlers.openPalette();
        return;
      }
      if (mod || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      // A dialog asked for but still loading its code counts as open: keys typed meanwhile
      // belong to it, not to the page behind.
      const ui = useUiStore.getState();
      if (ui.paletteOpen || ui.pilotDialog || ui.decisionDialogPilotId) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        handlers.newPilot();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
