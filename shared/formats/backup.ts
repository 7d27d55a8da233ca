import type { z } from 'zod';
import type { MeasurementSeries, PortfolioData } from '../model';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFileSchema,
  type BackupHeader,
  type BackupPortfolio,
} from './backupSchema';
import { canonicalJson } from './canonicalJson';
import { FileRefusedError, MAX_REPORTED_ISSUES, type FileIssue } from './fileRefusal';
import { integrityIssues } from './integrity';
import { MAX_BACKUP_BYTES, MAX_MEASUREMENTS, formatBytes } from './limits';
import { jsonChildPath, parseUntrustedJson } from './safeJson';
import { unknownKeyIssues } from './unknownKeys';
import { safeFileStem } from './fileNames';

export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backupSchema';

/** A backup file read and checked: what it says about itself, and every record as the app holds it. */
export interface ParsedBackup {
  header: BackupHeader;
  data: PortfolioData;
}

export interface BackupMeta {
  appVersion: string;
  /** When the backup was made (ISO timestamp); a parameter so tests can fix it. */
  createdAt: string;
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Series in the file's JSON form: typed arrays become plain arrays, notes stay keyed by day. */
function seriesToJson(s: MeasurementSeries): BackupPortfolio['series'][number] {
  return {
    metricId: s.metricId,
    pilotId: s.pilotId,
    days: Array.from(s.days),
    values: Array.from(s.values),
    notes: { ...s.notes },
    updatedAt: s.updatedAt,
  };
}

/**
 * The file's `portfolio` object. Records are sorted (by id; series by metric; history by time,
 * then id) so the order IndexedDB happened to return them in never shows in the file.
 */
export function toBackupPortfolio(data: PortfolioData): BackupPortfolio {
  return {
    settings: data.settings,
    people: byId(data.people),
    pilots: byId(data.pilots),
    agents: byId(data.agents),
    assignments: byId(data.assignments),
    supervisionLogs: byId(data.supervisionLogs),
    metricDefinitions: byId(data.metricDefinitions),
    metrics: byId(data.metrics),
    series: [...data.series]
      .sort((a, b) => (a.metricId < b.metricId ? -1 : a.metricId > b.metricId ? 1 : 0))
      .map(seriesToJson),
    decisions: byId(data.decisions),
    lessons: byId(data.lessons),
    history: [...data.history].sort((a, b) =>
      a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
  };
}

export function fromBackupPortfolio(portfolio: BackupPortfolio): PortfolioData {
  return {
    ...portfolio,
    series: portfolio.series.map((s) => ({
      metricId: s.metricId,
      pilotId: s.pilotId,
      days: Float64Array.from(s.days),
      values: Float64Array.from(s.values),
      notes: s.notes,
      updatedAt: s.updatedAt,
    })),
  };
}

/**
 * The whole portfolio as one backup file, in canonical form: the same portfolio always gives the
 * same bytes, so export → restore → export is byte-identical. One record per line keeps a diff
 * of two backups readable.
 */
export function serializeBackup(data: PortfolioData, meta: BackupMeta): string {
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    portfolio: toBackupPortfolio(data),
  };
  return `${canonicalJson(file, 3)}\n`;
}

/** Turns "portfolio.pilots[3].name" into the record it is about, so a person can find it. */
function describeRecord(root: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'portfolio' || typeof path[1] !== 'string' || typeof path[2] !== 'number') {
    return '';
  }
  const portfolio = (root as { portfolio?: Record<string, unknown> }).portfolio;
  const rows = portfolio?.[path[1]];
  const row: unknown = Array.isArray(rows) ? rows[path[2]] : undefined;
  if (typeof row !== 'object' || row === null) return '';
  const r = row as Record<string, unknown>;
  const label = typeof r.name === 'string' ? r.name : typeof r.title === 'string' ? r.title : '';
  const id = typeof r.id === 'string' ? r.id : typeof r.metricId === 'string' ? r.metricId : '';
  if (label) return ` (“${label.slice(0, 80)}”)`;
  return id ? ` (id ${id.slice(0, 40)})` : '';
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => jsonChildPath(at, typeof key === 'number' ? key : String(key)),
    '',
  );
}

function zodIssues(root: unknown, error: z.ZodError): FileIssue[] {
  return error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    where: pathText(issue.path) || 'file',
    message: `${issue.message}${describeRecord(root, issue.path)}`,
  }));
}

function refuse(headline: string, issues: FileIssue[], total?: number): never {
  throw new FileRefusedError(headline, issues, total);
}

const NOTHING_CHANGED = 'Nothing was changed.';

/** Refuses files that are not backups, or backups from a newer format, before the deep check. */
function checkHeader(root: unknown, fileName: string): void {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    refuse(`“${fileName}” is not a Pilot Portfolio backup. ${NOTHING_CHANGED}`, []);
  }
  const head = root as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    refuse(
      `“${fileName}” is not a Pilot Portfolio backup: it has no "format": "${BACKUP_FORMAT}". ${NOTHING_CHANGED}`,
      [],
    );
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    const by = typeof head.appVersion === 'string' ? ` by Pilot Portfolio ${head.appVersion}` : '';
    refuse(
      `“${fileName}” was written in backup format version ${version}${by}; this version of the ` +
        `app reads backup format version ${BACKUP_FORMAT_VERSION}. Update the app to restore it. ` +
        NOTHING_CHANGED,
      [{ where: 'formatVersion', message: `${version} is newer than ${BACKUP_FORMAT_VERSION}` }],
    );
  }
}

function checkMeasurementCount(root: unknown, fileName: string): void {
  const series = (root as { portfolio?: { series?: unknown } }).portfolio?.series;
  if (!Array.isArray(series)) return;
  let total = 0;
  for (const s of series) {
    const days = (s as { days?: unknown } | null)?.days;
    if (Array.isArray(days)) total += days.length;
  }
  if (total > MAX_MEASUREMENTS) {
    refuse(
      `“${fileName}” holds ${total.toLocaleString('en-US')} measurements; the app restores at ` +
        `most ${MAX_MEASUREMENTS.toLocaleString('en-US')}. ${NOTHING_CHANGED}`,
      [],
    );
  }
}

/**
 * Reads backup text. EVERYTHING is checked before a caller can write anything: JSON syntax,
 * forbidden keys, the format and its version, every field of every record (zod), fields the app
 * does not know (refused, not dropped: silently losing what a newer or foreign tool wrote would
 * make a restore quietly incomplete), and referential integrity. A refusal is a FileRefusedError
 * whose issues name the path of each problem.
 */
export function parseBackup(text: string, fileName = 'This file'): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) {
    refuse(
      `“${fileName}” is larger than ${formatBytes(MAX_BACKUP_BYTES)}, the largest backup the app ` +
        `restores. ${NOTHING_CHANGED}`,
      [],
    );
  }
  const root = parseUntrustedJson(text, `“${fileName}”`);
  checkHeader(root, fileName);
  checkMeasurementCount(root, fileName);

  const result = backupFileSchema.safeParse(root);
  if (!result.success) {
    refuse(
      `“${fileName}” was refused: ${result.error.issues.length.toLocaleString('en-US')} ` +
        `field(s) are not valid. ${NOTHING_CHANGED}`,
      zodIssues(root, result.error),
      result.error.issues.length,
    );
  }
  const unknown = unknownKeyIssues(root, result.data, '', MAX_REPORTED_ISSUES);
  if (unknown.length > 0) {
    refuse(
      `“${fileName}” was refused: it has fields this version of the app does not know, so ` +
        `restoring it would silently lose them. ${NOTHING_CHANGED}`,
      unknown,
    );
  }
  const { portfolio, ...header } = result.data;
  const data = fromBackupPortfolio(portfolio);
  const broken = integrityIssues(data, MAX_REPORTED_ISSUES);
  if (broken.length > 0) {
    refuse(
      `“${fileName}” was refused: some records point at records that are not in it. ${NOTHING_CHANGED}`,
      broken,
    );
  }
  return { header, data };
}

/** Bytes of a picked file → text, refusing oversize files and bytes that are not UTF-8. */
export function decodeBackupBytes(bytes: Uint8Array, fileName = 'This file'): string {
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    refuse(
      `“${fileName}” is ${formatBytes(bytes.byteLength)}; the largest backup the app restores ` +
        `is ${formatBytes(MAX_BACKUP_BYTES)}. ${NOTHING_CHANGED}`,
      [],
    );
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading BOM some editors add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(
      `“${fileName}” is not a Pilot Portfolio backup: it is not UTF-8 text. ${NOTHING_CHANGED}`,
      [],
    );
  }
}

export function readBackupBytes(bytes: Uint8Array, fileName?: string): ParsedBackup {
  return parseBackup(decodeBackupBytes(bytes, fileName), fileName);
}

/** `Northwind Group-2026-11-29.pilot-portfolio.json`: the portfolio, the day, what it is. */
export function backupFileName(portfolioName: string, isoDay: string): string {
  return `${safeFileStem(portfolioName)}-${isoDay}.pilot-portfolio.json`;
}
