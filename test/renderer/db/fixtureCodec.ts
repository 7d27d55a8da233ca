import type { Rows } from './migrationHarness';

/**
 * Fixture files are JSON; Float64Arrays (measurement series) are written as `{ "$f64": [...] }` so
 * a record reads back exactly as IndexedDB stored it.
 */
/** By type tag, not instanceof: IndexedDB may hand back typed arrays from another realm. */
function isFloat64Array(value: unknown): value is Float64Array {
  return Object.prototype.toString.call(value) === '[object Float64Array]';
}

export function encodeRows(rows: Rows): string {
  return JSON.stringify(
    rows,
    (_key, value: unknown) => (isFloat64Array(value) ? { $f64: Array.from(value) } : value),
    1,
  );
}

export function decodeRows(text: string): Rows {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$f64' in value) {
      const numbers = (value as { $f64: unknown }).$f64;
      if (Array.isArray(numbers)) return Float64Array.from(numbers as number[]);
    }
    return value;
  }) as Rows;
}
