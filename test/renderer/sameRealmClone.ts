/**
 * fake-indexeddb clones records with Node's `structuredClone`, so under jsdom a stored
 * Float64Array comes back from Node's realm, not the page's. Dexie's live-query cache only keeps
 * typed arrays of its own realm intact and flattens the others into plain objects — which no
 * browser does (there IndexedDB and the page share one realm). Re-creating those arrays in this
 * realm makes measurement series behave in component tests as they do in the app.
 */
const tag = (value: object): string => Object.prototype.toString.call(value);

function toThisRealm(value: unknown, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (tag(value) === '[object Float64Array]') {
    return value instanceof Float64Array
      ? value
      : Float64Array.from(value as unknown as ArrayLike<number>);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toThisRealm(value[i], seen);
    return value;
  }
  if (tag(value) === '[object Object]') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = toThisRealm(record[key], seen);
  }
  return value;
}

const INSTALLED = Symbol.for('pilot-portfolio.sameRealmClone');

export function installSameRealmClone(): void {
  const g = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const nodeClone = globalThis.structuredClone;
  globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) =>
    toThisRealm(nodeClone(value, options), new WeakSet())) as typeof structuredClone;
}
