import type { Person, Pilot } from '@shared/model';
import { formatDate, formatMoney, formatNumber } from '../../components/format';

export function PilotFacts(props: {
  pilot: Pilot;
  sponsor: Person | undefined;
  lead: Person | undefined;
  currency: string;
  reviewOverdue: boolean;
}) {
  const { pilot } = props;
  return (
    <dl className="facts">
      <div>
        <dt>Sponsor</dt>
        <dd>{props.sponsor?.name ?? '—'}</dd>
      </div>
      <div>
        <dt>Lead</dt>
        <dd>{props.lead?.name ?? '—'}</dd>
      </div>
      <div>
        <dt>Business unit</dt>
        <dd>{pilot.businessUnit || '—'}</dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>{formatDate(pilot.startDate)}</dd>
      </div>
      <div>
        <dt>Next review</dt>
        <dd className={props.reviewOverdue ? 'overdue' : undefined}>
          {formatDate(pilot.nextReviewDate)}
          {props.reviewOverdue ? ' · overdue' : ''}
        </dd>
      </div>
      <div>
        <dt>End</dt>
        <dd>{formatDate(pilot.endDate)}</dd>
      </div>
      <div>
        <dt>Budget</dt>
        <dd>{formatMoney(pilot.budget, props.currency)}</dd>
      </div>
      <div>
        <dt>People (FTE)</dt>
        <dd>{formatNumber(pilot.fte, 1)}</dd>
      </div>
      <div>
        <dt>Agent seats</dt>
        <dd>{formatNumber(pilot.agentSeats, 0)}</dd>
      </div>
    </dl>
  );
}
