import { useEffect } from 'react';
import { applyTheme } from './preferences';
import { useUiStore } from './uiStore';

/** Applies the theme preference to <html data-theme>, following the OS when set to "system". */
export function useApplyTheme(): void {
  const theme = useUiStore((s) => s.theme);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => applyTheme(theme);
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
