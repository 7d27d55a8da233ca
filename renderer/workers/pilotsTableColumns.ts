import type { PilotStage } from '@shared/model';
import type { PilotRow } from '../features/pilots/pilotRows';

/**
 * The Pilots table's rows as columns: how they cross from the worker. Copying 10,000 objects
 * between threads writes and reads every field name of every row and rebuilds each object field
 * by field; arrays of strings and typed arrays of figures copy several times faster, and the
 * rows are made again on arrival in a few milliseconds.
 */
export interface PilotColumns {
  id: string[];
  name: string[];
  summary: string[];
  stage: PilotStage[];
  businessUnit: string[];
  sponsorName: string[];
  leadName: string[];
  nextReviewDate: (string | null)[];
  budget: Float64Array;
  fte: Float64Array;
  /** Every row's tags one after the other; `tagCount` says how many are each row's. */
  tags: string[];
  tagCount: Uint32Array;
}

export function toPilotColumns(rows: readonly PilotRow[]): PilotColumns {
  const n = rows.length;
  const columns: PilotColumns = {
    id: new Array<string>(n),
    name: new Array<string>(n),
    summary: new Array<string>(n),
    stage: new Array<PilotStage>(n),
    businessUnit: new Array<string>(n),
    sponsorName: new Array<string>(n),
    leadName: new Array<string>(n),
    nextReviewDate: new Array<string | null>(n),
    budget: new Float64Array(n),
    fte: new Float64Array(n),
    tags: [],
    tagCount: new Uint32Array(n),
  };
  rows.forEach((row, i) => {
    columns.id[i] = row.id;
    columns.name[i] = row.name;
    columns.summary[i] = row.summary;
    columns.stage[i] = row.stage;
    columns.businessUnit[i] = row.businessUnit;
    columns.sponsorName[i] = row.sponsorName;
    columns.leadName[i] = row.leadName;
    columns.nextReviewDate[i] = row.nextReviewDate;
    columns.budget[i] = row.budget;
    columns.fte[i] = row.fte;
    columns.tags.push(...row.tags);
    columns.tagCount[i] = row.tags.length;
  });
  return columns;
}

export function fromPilotColumns(columns: PilotColumns): PilotRow[] {
  const rows = new Array<PilotRow>(columns.id.length);
  let tag = 0;
  for (let i = 0; i < rows.length; i++) {
    const tagCount = columns.tagCount[i] ?? 0;
    rows[i] = {
      id: columns.id[i] ?? '',
      name: columns.name[i] ?? '',
      summary: columns.summary[i] ?? '',
      stage: columns.stage[i] ?? 'idea',
      businessUnit: columns.businessUnit[i] ?? '',
      sponsorName: columns.sponsorName[i] ?? '',
      leadName: columns.leadName[i] ?? '',
      nextReviewDate: columns.nextReviewDate[i] ?? null,
      budget: columns.budget[i] ?? 0,
      fte: columns.fte[i] ?? 0,
      tags: columns.tags.slice(tag, tag + tagCount),
    };
    tag += tagCount;
  }
  return rows;
}

/** The buffers of the figures, to move rather than copy. */
export function columnBuffers(columns: PilotColumns): Transferable[] {
  return [columns.budget.buffer, columns.fte.buffer, columns.tagCount.buffer];
}
