import { useState } from 'react';

/** True from the first time `wanted` is true onwards: load something on first use, then keep it. */
export function useLoadedOnce(wanted: boolean): boolean {
  const [loaded, setLoaded] = useState(wanted);
  if (wanted && !loaded) setLoaded(true);
  return loaded || wanted;
}
