const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier key as the person's platform names it. */
export const MOD_KEY_LABEL = isMac ? '⌘' : 'Ctrl';

export function Shortcut({ keys }: { keys: string }) {
  return <kbd>{keys.replace('Mod', MOD_KEY_LABEL)}</kbd>;
}
