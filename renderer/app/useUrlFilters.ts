import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlFilters<K extends string> {
  /** Each filter's value; '' when unset. */
  filters: Record<K, string>;
  /** True when any filter is set. */
  filtered: boolean;
  setFilter: (key: K, value: string) => void;
  clearFilters: () => void;
}

/**
 * Filters kept in the URL's query (`?q=…&kind=…`), so a filtered list can be linked and survives
 * going back; other query parameters are left alone. Edits replace the history entry.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]): UrlFilters<K> {
  const [params, setParams] = useSearchParams();
  return useMemo(() => {
    const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<
      K,
      string
    >;
    return {
      filters,
      filtered: keys.some((k) => filters[k] !== ''),
      setFilter: (key, value) => {
        const next = new URLSearchParams(params);
        if (value) next.set(key, value);
        else next.delete(key);
        setParams(next, { replace: true });
      },
      clearFilters: () => {
        const next = new URLSearchParams(params);
        for (const key of keys) next.delete(key);
        setParams(next, { replace: true });
      },
    };
  }, [keys, params, setParams]);
}
