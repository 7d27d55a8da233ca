import type { FileIssue } from './fileRefusal';
import { jsonChildPath } from './safeJson';

/**
 * Fields of `input` that a zod parse dropped from `output`: the fields the schema does not know.
 * Comparing the two after parsing makes every nested object strict without restating each schema
 * as `.strict()` (settings.branding, decision evidence, …), and it keeps working when a schema in
 * shared/model gains a field.
 */
export function unknownKeyIssues(
  input: unknown,
  output: unknown,
  path: string,
  limit = 100,
): FileIssue[] {
  const issues: FileIssue[] = [];
  const stack: { a: unknown; b: unknown; path: string }[] = [{ a: input, b: output, path }];
  while (stack.length > 0 && issues.length < limit) {
    const { a, b, path: at } = stack.pop() as { a: unknown; b: unknown; path: string };
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) continue;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) continue;
      for (let i = a.length - 1; i >= 0; i--) {
        const item: unknown = a[i];
        if (typeof item === 'object' && item !== null) {
          stack.push({ a: item, b: b[i], path: jsonChildPath(at, i) });
        }
      }
      continue;
    }
    const out = b as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(out, key)) {
        issues.push({
          where: jsonChildPath(at, key),
          message: 'is not a field this version of the app knows',
        });
        if (issues.length >= limit) break;
        continue;
      }
      const item: unknown = (a as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        stack.push({ a: item, b: out[key], path: jsonChildPath(at, key) });
      }
    }
  }
  return issues;
}
