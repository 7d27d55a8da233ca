// The preferences kept across reloads (theme, the Pilots table's hidden columns), read without
// the UI store: the first screen (renderer/firstScreen) shows them before the store's code loads.

export type ThemePreference = 'light' | 'dark' | 'system';

/** Where the UI store (zustand's persist) keeps the preferences in local storage. */
export const UI_STORAGE_KEY = 'pilot-portfolio-ui';

/** The Pilots table's optional columns hidden until the person shows them (Columns menu). */
export const DEFAULT_HIDDEN_PILOT_COLUMNS: readonly string[] = ['tags'];

export interface Preferences {
  theme: ThemePreference;
  pilotsHiddenColumns: readonly string[];
}

const THEMES: readonly unknown[] = ['light', 'dark', 'system'] satisfies ThemePreference[];

/**
 * The well-formed preferences of `stored` (what was persisted, untrusted), each over `current`.
 * Local storage is not trusted to hold what was written.
 */
export function wellFormedPreferences<P extends Preferences>(stored: unknown, current: P): P {
  if (typeof stored !== 'object' || stored === null) return current;
  const record = stored as Record<string, unknown>;
  const theme = THEMES.includes(record['theme']) ? (record['theme'] as ThemePreference) : undefined;
  const hidden = record['pilotsHiddenColumns'];
  const columns =
    Array.isArray(hidden) && hidden.every((id) => typeof id === 'string')
      ? (hidden as string[])
      : undefined;
  return {
    ...current,
    ...(theme ? { theme } : {}),
    ...(columns ? { pilotsHiddenColumns: columns } : {}),
  };
}

/** The preferences as stored by the UI store (its persisted `state`), else the defaults. */
export function storedPreferences(storage: Pick<Storage, 'getItem'> = localStorage): Preferences {
  const defaults: Preferences = {
    theme: 'system',
    pilotsHiddenColumns: DEFAULT_HIDDEN_PILOT_COLUMNS,
  };
  try {
    const saved: unknown = JSON.parse(storage.getItem(UI_STORAGE_KEY) ?? 'null');
    const state =
      typeof saved === 'object' && saved !== null
        ? (saved as Record<string, unknown>)['state']
        : undefined;
    return wellFormedPreferences(state, defaults);
  } catch {
    // Unreadable (not JSON, or storage refused): the defaults, as the store itself would.
    return defaults;
  }
}

/** Whether `theme` shows dark now (following the system's setting for "system"). */
export function showsDark(theme: ThemePreference): boolean {
  return (
    theme === 'dark' ||
    (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  );
}

/** Sets <html data-theme>, which the styles' colour tokens follow. */
export function applyTheme(theme: ThemePreference): void {
  document.documentElement.dataset.theme = showsDark(theme) ? 'dark' : 'light';
}
