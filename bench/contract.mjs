// The pure half of `npm run bench`: how a row of bench/results.json is computed, checked and
// printed. Kept apart from the browser driving (bench/runner.mjs) so test/gates/bench.test.ts can
// pin the contract of QUALITY.md without launching anything.
import { z } from 'zod';

/**
 * Every benchmark of QUALITY.md with its target: the highest value / baseline ratio that passes.
 * Times are in ms; `initial-js-gzip` is a size in KB with a baseline of 1.
 * @type {Readonly<Record<string, { target: number, unit: string }>>}
 */
export const BENCHMARKS = Object.freeze({
  'dashboard-1m': { target: 2.0, unit: 'ms' },
  'import-1m-csv': { target: 2.0, unit: 'ms' },
  'first-render': { target: 1.5, unit: 'ms' },
  'pilots-table-10k': { target: 1.3, unit: 'ms' },
  'metric-chart-100k': { target: 1.5, unit: 'ms' },
  'initial-js-gzip': { target: 350, unit: 'KB' },
});

/**
 * The target and unit of a benchmark by name; throws for a name QUALITY.md does not list.
 * @param {string} name
 * @returns {{ name: string, target: number, unit: string }}
 */
export function benchmark(name) {
  const spec = Object.hasOwn(BENCHMARKS, name) ? BENCHMARKS[name] : undefined;
  if (!spec) throw new Error(`${name} is not a benchmark of QUALITY.md`);
  return { name, ...spec };
}

/**
 * One row of bench/results.json, exactly as QUALITY.md states it. `value`, `baseline` and `ratio`
 * are null when a benchmark could not be measured (JSON has no NaN); such a row never passes.
 */
export const resultRowSchema = z
  .object({
    name: z.string().min(1),
    value: z.number().finite().nullable(),
    baseline: z.number().finite().positive().nullable(),
    ratio: z.number().finite().nullable(),
    target: z.number().finite().positive(),
    unit: z.string().min(1),
    pass: z.boolean(),
  })
  .strict()
  .superRefine((row, ctx) => {
    const spec = Object.hasOwn(BENCHMARKS, row.name) ? BENCHMARKS[row.name] : undefined;
    if (!spec) {
      ctx.addIssue({ code: 'custom', message: `${row.name} is not a benchmark of QUALITY.md` });
    } else if (spec.target !== row.target || spec.unit !== row.unit) {
      ctx.addIssue({
        code: 'custom',
        message: `${row.name} has target ${spec.target} ${spec.unit} in QUALITY.md`,
      });
    }
    // The derived fields must agree with the measured ones, so a hand-edited or drifted file
    // cannot claim a pass its own numbers do not support.
    const measured = row.value !== null && row.baseline !== null;
    if (!measured) {
      if (row.ratio !== null) ctx.addIssue({ code: 'custom', message: 'ratio without a value' });
      if (row.pass) ctx.addIssue({ code: 'custom', message: 'an unmeasured row cannot pass' });
      return;
    }
    const expected = row.value / row.baseline;
    if (row.ratio === null || Math.abs(row.ratio - expected) > 1e-9 * Math.max(1, expected)) {
      ctx.addIssue({ code: 'custom', message: `ratio must be value / baseline = ${expected}` });
    }
    if (row.pass !== (row.ratio !== null && row.ratio <= row.target)) {
      ctx.addIssue({ code: 'custom', message: 'pass must be ratio ≤ target' });
    }
  });

export const resultsSchema = z.array(resultRowSchema).superRefine((rows, ctx) => {
  const seen = new Set();
  for (const row of rows) {
    if (seen.has(row.name)) ctx.addIssue({ code: 'custom', message: `${row.name} twice` });
    seen.add(row.name);
  }
});

/**
 * The median of the samples: the middle one, or the mean of the two middle ones. Robust to the
 * odd slow run a shared machine produces, which a mean is not.
 * @param {readonly number[]} samples
 * @returns {number} NaN for no samples or any non-finite sample
 */
export function median(samples) {
  if (samples.length === 0 || samples.some((s) => !Number.isFinite(s))) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[mid])
    : /** @type {number} */ (sorted[mid - 1] + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * @typedef {object} Measured
 * @property {string} name
 * @property {number} value   NaN when it could not be measured
 * @property {number} baseline NaN when it could not be measured
 * @property {number} target  the highest ratio that passes
 * @property {string} unit
 */

/**
 * @typedef {object} ResultRow
 * @property {string} name
 * @property {number} value
 * @property {number} baseline
 * @property {number} ratio
 * @property {number} target
 * @property {string} unit
 * @property {boolean} pass
 */

/**
 * A result row: ratio = value / baseline, pass = ratio ≤ target. Anything unmeasured (NaN,
 * infinite, a zero or negative baseline) gives a NaN ratio and a failing row — a benchmark that did
 * not run must never read as a pass.
 * @param {Measured} m
 * @returns {ResultRow}
 */
export function makeRow(m) {
  const measured = Number.isFinite(m.value) && Number.isFinite(m.baseline) && m.baseline > 0;
  const ratio = measured ? m.value / m.baseline : Number.NaN;
  return {
    name: m.name,
    value: Number.isFinite(m.value) ? m.value : Number.NaN,
    baseline: Number.isFinite(m.baseline) ? m.baseline : Number.NaN,
    ratio,
    target: m.target,
    unit: m.unit,
    pass: measured && ratio <= m.target,
  };
}

/**
 * The row of a benchmark that exists in the contract but cannot be measured yet.
 * @param {Omit<Measured, 'value' | 'baseline'>} m
 * @returns {ResultRow}
 */
export function unmeasuredRow(m) {
  return makeRow({ ...m, value: Number.NaN, baseline: Number.NaN });
}

/**
 * Rows as bench/results.json holds them: NaN becomes null (JSON.stringify would write null anyway,
 * but silently; this makes it the stated rule). Throws if the result breaks the contract.
 * @param {readonly ResultRow[]} rows
 * @returns {string}
 */
export function resultsJson(rows) {
  const finiteOrNull = (/** @type {number} */ n) => (Number.isFinite(n) ? n : null);
  const plain = rows.map((r) => ({
    name: r.name,
    value: finiteOrNull(r.value),
    baseline: finiteOrNull(r.baseline),
    ratio: finiteOrNull(r.ratio),
    target: r.target,
    unit: r.unit,
    pass: r.pass,
  }));
  resultsSchema.parse(plain);
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/**
 * @param {number} n
 * @param {number} digits
 */
function fmt(n, digits) {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

/** Terminal colour codes (ESC [ … m), as Playwright puts in its error messages. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Text made safe for one Markdown table cell: one line (error messages carry newlines and
 * terminal colour codes), no column separators.
 * @param {string} text
 * @returns {string}
 */
export function tableCell(text) {
  return text.replace(ANSI_COLOUR, '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * The table `npm run bench` prints (and the README shows), as Markdown so it pastes as it is.
 * @param {readonly ResultRow[]} rows
 * @param {Readonly<Record<string, string>>} notes a note per benchmark name (why unmeasured, runs…)
 * @param {readonly { name: string, reason: string }[]} omitted benchmarks not run at all, and why
 * @returns {string}
 */
export function formatTable(rows, notes, omitted) {
  const lines = [
    '| benchmark | value | baseline | ratio | target | result | note |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    const digits = r.unit === 'ms' ? 0 : 1;
    const baseline = r.unit === 'KB' && r.baseline === 1 ? '1' : fmt(r.baseline, digits);
    const result = r.pass ? 'pass' : Number.isFinite(r.ratio) ? 'FAIL' : 'not measurable yet';
    lines.push(
      `| ${r.name} | ${fmt(r.value, digits)} ${r.unit} | ${baseline} ${r.unit} | ` +
        `${fmt(r.ratio, 2)} | ≤ ${r.target} | ${result} | ${tableCell(notes[r.name] ?? '')} |`,
    );
  }
  for (const o of omitted) {
    lines.push(`| ${o.name} | | | | | omitted: ${tableCell(o.reason)} | |`);
  }
  return lines.join('\n');
}
