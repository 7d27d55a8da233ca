/**
 * JSON with one spelling per value: object keys in a fixed order, numbers as JavaScript's shortest
 * round-trip form, no optional whitespace inside records. Two equal portfolios therefore give
 * byte-identical files, so "export → restore → export" can be checked with `===` and two backups
 * can be compared with any diff tool.
 *
 * Why not `JSON.stringify` with sorted keys: JavaScript objects list integer-like keys ("20",
 * "100") before all others whatever their insertion order, so sorting cannot be done by rebuilding
 * objects; the writer has to emit keys itself.
 */

/** Keys that lead wherever they occur (a file opens with what it is; a record with its id). */
const LEADING_KEYS = ['format', 'formatVersion', 'appVersion', 'id', 'metricId'];

function compareKeys(a: string, b: string): number {
  const ra = LEADING_KEYS.indexOf(a);
  const rb = LEADING_KEYS.indexOf(b);
  if (ra !== -1 || rb !== -1) {
    if (ra === -1) return 1;
    if (rb === -1) return -1;
    return ra - rb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function writeNumber(n: number, path: string): string {
  if (!Number.isFinite(n)) throw new RangeError(`${path || 'value'} is not a finite number`);
  // JSON has no -0; writing 0 keeps the second export equal to the first.
  return Object.is(n, -0) ? '0' : JSON.stringify(n);
}

function isNumberArray(value: readonly unknown[]): value is readonly number[] {
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'number') return false;
  return true;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * Writes `value` as canonical JSON. Containers nested less than `breakDepth` deep put each member
 * on its own line (so a backup has one record per line); deeper ones are written compactly.
 */
export function canonicalJson(value: unknown, breakDepth = 0): string {
  const out: string[] = [];
  write(value, 0, '');
  return out.join('');

  function write(v: unknown, depth: number, path: string): void {
    if (v === null || v === undefined) {
      out.push('null');
      return;
    }
    switch (typeof v) {
      case 'string':
        out.push(JSON.stringify(v));
        return;
      case 'number':
        out.push(writeNumber(v, path));
        return;
      case 'boolean':
        out.push(v ? 'true' : 'false');
        return;
      case 'object':
        break;
      default:
        // Functions, symbols and bigints have no JSON form; JSON.stringify writes null in arrays.
        out.push('null');
        return;
    }
    const obj = v as object;
    if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
      writeArray(Array.from(obj as unknown as ArrayLike<number>), depth, path);
      return;
    }
    if (Array.isArray(obj)) {
      writeArray(obj, depth, path);
      return;
    }
    if (hasToJson(obj)) {
      write(obj.toJSON(), depth, path);
      return;
    }
    const record = obj as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
      .sort(compareKeys);
    if (keys.length === 0) {
      out.push('{}');
      return;
    }
    const broken = depth < breakDepth;
    const indent = broken ? `\n${'  '.repeat(depth + 1)}` : '';
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(indent, JSON.stringify(key), broken ? ': ' : ':');
      write(record[key], depth + 1, path ? `${path}.${key}` : key);
    });
    out.push(broken ? `\n${'  '.repeat(depth)}}` : '}');
  }

  function writeArray(items: readonly unknown[], depth: number, path: string): void {
    if (items.length === 0) {
      out.push('[]');
      return;
    }
    if (isNumberArray(items)) {
      // Series hold up to millions of numbers: one join instead of one push per value.
      out.push('[', items.map((n, i) => writeNumber(n, `${path}[${i}]`)).join(','), ']');
      return;
    }
    const broken = depth < breakDepth;
    const indent = broken ? `\n${'  '.repeat(depth + 1)}` : '';
    out.push('[');
    items.forEach((item, i) => {
      if (i > 0) out.push(',');
      out.push(indent);
      write(item, depth + 1, `${path}[${i}]`);
    });
    out.push(broken ? `\n${'  '.repeat(depth)}]` : ']');
  }
}
