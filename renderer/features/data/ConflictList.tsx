import { dayToIso } from '@shared/dates';
import {
  NOUN_OF,
  type MergeChoice,
  type MergeChoices,
  type MergePlan,
  type Newer,
} from '@shared/formats/merge';
import { fieldLabel } from '../../db/history';

/** How many conflicts are listed one by one; the buttons above the list choose for all of them. */
const MAX_LISTED = 300;

function newerText(newer: Newer): string {
  if (newer === 'theirs') return 'theirs is newer';
  if (newer === 'ours') return 'yours is newer';
  return 'changed at the same time';
}

interface Row {
  key: string;
  title: string;
  detail: string;
  newer: Newer;
}

function rowsOf(plan: MergePlan): Row[] {
  const rows: Row[] = [];
  if (plan.settingsConflict) {
    rows.push({
      key: 'settings',
      title: 'Portfolio settings',
      detail: plan.settingsConflict.fields.map(fieldLabel).join(', '),
      newer: plan.settingsConflict.newer,
    });
  }
  for (const c of plan.conflicts) {
    rows.push({
      key: c.key,
      title: `${NOUN_OF[c.table][0][0]?.toUpperCase()}${NOUN_OF[c.table][0].slice(1)} “${c.label}”`,
      detail: c.fields.map(fieldLabel).join(', '),
      newer: c.newer,
    });
  }
  for (const c of plan.seriesConflicts) {
    const shown = c.differences
      .slice(0, 3)
      .map((d) => `${dayToIso(d.day)}: yours ${d.ours.value}, theirs ${d.theirs.value}`)
      .join('; ');
    const more = c.differences.length > 3 ? `; ${c.differences.length - 3} more dates` : '';
    rows.push({
      key: c.key,
      title: `Measurements of “${c.label}”`,
      detail: `${shown}${more}`,
      newer: c.newer,
    });
  }
  return rows;
}

/** Each conflict with "Keep mine" / "Take theirs", as a radio group a keyboard can reach. */
export function ConflictList(props: {
  plan: MergePlan;
  choices: MergeChoices;
  onChoose: (key: string, choice: MergeChoice) => void;
}) {
  const rows = rowsOf(props.plan);
  return (
    <div className="exchange-conflicts">
      <ul aria-label="Conflicts">
        {rows.slice(0, MAX_LISTED).map((row) => (
          <li key={row.key} className="exchange-conflict">
            <fieldset>
              <legend>
                <strong>{row.title}</strong>{' '}
                <span className={`badge exchange-newer-${row.newer}`}>{newerText(row.newer)}</span>
              </legend>
              <p className="muted">Differs in: {row.detail}</p>
              <div className="exchange-choice">
                {(['mine', 'theirs'] as const).map((choice) => (
                  <label key={choice}>
                    <input
                      type="radio"
                      name={`choice-${row.key}`}
                      checked={props.choices[row.key] === choice}
                      onChange={() => props.onChoose(row.key, choice)}
                    />{' '}
                    {choice === 'mine' ? 'Keep mine' : 'Take theirs'}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      {rows.length > MAX_LISTED && (
        <p className="muted">
          {(rows.length - MAX_LISTED).toLocaleString()} more conflicts are not listed; the buttons
          above choose for all of them.
        </p>
      )}
    </div>
  );
}
