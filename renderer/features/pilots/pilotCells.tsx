import type { ComponentType, ReactNode } from 'react';
import { formatDate, formatMoney, formatNumber } from '../../components/format';
import { StageBadge } from '../../components/StageBadge';
import { isReviewOverdue, type PilotRow } from './pilotRows';

// The Pilots table's columns as plain data and cells, without TanStack or the router: the table
// (pilotColumns.tsx) and the first screen drawn before the app's code loads (renderer/firstScreen)
// both take them from here, so what shows first is what the table then shows.

export type PilotColumnId =
  | 'name'
  | 'stage'
  | 'businessUnit'
  | 'sponsorName'
  | 'leadName'
  | 'nextReview'
  | 'budget'
  | 'fte'
  | 'tags';

export interface PilotColumnLayout {
  id: PilotColumnId;
  header: string;
  /** Width in pixels: fixed, or the least it gets when it `grow`s into the room left. */
  size: number;
  grow?: true;
  /** Figures: right-aligned, sorted descending first. */
  numeric?: true;
  /** Several values a pilot (tags): no one order to sort by. */
  unsortable?: true;
}

/**
 * Every column, in order. The default columns fit a 1280-pixel window without scrolling
 * sideways; the name and the people's columns take the room a wider one gives.
 */
export const PILOT_COLUMN_LAYOUT: readonly PilotColumnLayout[] = [
  { id: 'name', header: 'Pilot', size: 192, grow: true },
  // The widest badge ("Scaling", "Stopped") whole.
  { id: 'stage', header: 'Stage', size: 108 },
  // Its header whole: a column narrower than its header's text widened the table by it.
  { id: 'businessUnit', header: 'Business unit', size: 116, grow: true },
  { id: 'sponsorName', header: 'Sponsor', size: 130, grow: true },
  { id: 'leadName', header: 'Lead', size: 130, grow: true },
  { id: 'nextReview', header: 'Next review', size: 118 },
  { id: 'budget', header: 'Budget', size: 104, numeric: true },
  { id: 'fte', header: 'FTE', size: 68, numeric: true },
  { id: 'tags', header: 'Tags', size: 180, grow: true, unsortable: true },
];

/** A link to a pilot's page: the router's in the app, a plain hash link in the first screen. */
export type PilotLink = ComponentType<{
  pilotId: string;
  className: string;
  title: string;
  children: ReactNode;
}>;

export interface PilotCellContext {
  currency: string;
  /** Reviews before it show as overdue. */
  today: string;
  PilotLink: PilotLink;
}

/** A text cell that may be cut short: its whole text stays available on hover. */
const textCell = (text: string) => <span title={text || undefined}>{text}</span>;

/** What the cell of `column` shows for `row`. */
export function pilotCell(column: PilotColumnId, row: PilotRow, context: PilotCellContext) {
  switch (column) {
    case 'name':
      return (
        <>
          <context.PilotLink pilotId={row.id} className="cell-primary" title={row.name}>
            {row.name}
          </context.PilotLink>
          {row.summary && (
            <span className="cell-sub" title={row.summary}>
              {row.summary}
            </span>
          )}
        </>
      );
    case 'stage':
      return <StageBadge stage={row.stage} />;
    case 'businessUnit':
      return textCell(row.businessUnit);
    case 'sponsorName':
      return textCell(row.sponsorName);
    case 'leadName':
      return textCell(row.leadName);
    case 'nextReview': {
      const overdue = isReviewOverdue(row, context.today);
      return (
        <span className={overdue ? 'overdue' : undefined}>
          {formatDate(row.nextReviewDate)}
          {overdue && <span className="visually-hidden"> (overdue)</span>}
        </span>
      );
    }
    case 'budget':
      return formatMoney(row.budget, context.currency);
    case 'fte':
      return formatNumber(row.fte, 1);
    case 'tags':
      return textCell(row.tags.join(', '));
  }
}
