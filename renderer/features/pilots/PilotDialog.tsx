import { lazy, Suspense } from 'react';
import { useUiStore } from '../../app/uiStore';

const OpenPilotDialog = lazy(() =>
  import('./OpenPilotDialog').then((m) => ({ default: m.OpenPilotDialog })),
);

/**
 * Create or edit a pilot: every field of the model, validated with clear messages. The dialog
 * exists only while it is open, and its code — the form, the model's schemas, the repositories —
 * loads the first time it opens: mounted with the shell, it was set up on every page's first
 * render, and its code built every schema of the model as the app started.
 */
export function PilotDialog() {
  const open = useUiStore((s) => s.pilotDialog !== null);
  return open ? (
    <Suspense fallback={null}>
      <OpenPilotDialog />
    </Suspense>
  ) : null;
}
