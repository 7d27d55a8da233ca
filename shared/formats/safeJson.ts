import { FileRefusedError } from './fileRefusal';
import { MAX_JSON_DEPTH } from './limits';

/**
 * Keys that reach an object's prototype when a parsed value is later copied with `obj[key] = …`
 * or a deep merge. `JSON.parse` itself stores them as plain own properties, but a file that
 * carries them is hostile or broken, so it is refused rather than cleaned.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? path
      ? `${path}.${key}`
      : key
    : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Finds the first forbidden key, or a nesting deeper than MAX_JSON_DEPTH, walking iteratively
 * so a hostile file cannot overflow the stack. Arrays of numbers (a series' millions of values)
 * are skipped in one pass.
 */
function findHostileShape(root: unknown): { where: string; message: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      return { where: path, message: `nested more than ${MAX_JSON_DEPTH} levels deep` };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) {
          stack.push({ value: item, path: childPath(path, i), depth: depth + 1 });
        }
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          where: childPath(path, key),
          message: `the key “${key}” is not allowed (it could alter how the app's objects behave)`,
        };
      }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, path: childPath(path, key), depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * Parses JSON text a person picked. Refuses (FileRefusedError) text that is not JSON, and JSON
 * carrying `__proto__`, `constructor` or `prototype` keys or nested absurdly deep.
 */
export function parseUntrustedJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FileRefusedError(`${what} is not valid JSON (${detail}). Nothing was changed.`);
  }
  const hostile = findHostileShape(value);
  if (hostile) {
    throw new FileRefusedError(`${what} was refused: it contains a forbidden structure.`, [
      hostile,
    ]);
  }
  return value;
}

export { childPath as jsonChildPath };
