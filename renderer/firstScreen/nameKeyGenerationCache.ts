import { nameKeyGeneration } from '@shared/nameKeyGeneration';

// Computing the generation of name keys (a digest of the keys of some 130,000 characters) takes
// 10-40 ms of the main thread, each time a page loads — as long as the first screen otherwise
// takes to read its rows. It depends on the engine alone, so it is kept per engine, named by its
// user-agent string. An engine whose Unicode tables change under the same name (never seen) would
// have the first screen trust stale keys for the moment it shows: the app's worker computes the
// generation itself and rewrites the keys (renderer/db/pilotNameKeys.ts).

const STORAGE_KEY = 'pilot-portfolio-name-key-generation';

/** This engine's generation of name keys, as computed the first time this engine needed it. */
export function cachedNameKeyGeneration(storage: Storage = localStorage): string {
  const engine = navigator.userAgent;
  try {
    const saved: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof saved === 'object' && saved !== null) {
      const { engine: savedEngine, generation } = saved as Record<string, unknown>;
      if (savedEngine === engine && typeof generation === 'string') return generation;
    }
  } catch {
    // Unreadable: computed again below.
  }
  const generation = nameKeyGeneration();
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ engine, generation }));
  } catch {
    // Storage full or refused: computed again next time.
  }
  return generation;
}
