import { useId, useMemo, useState } from 'react';
import type { Person } from '@shared/model';

/**
 * Choose several people: a filter box over a list of checkboxes, with the chosen ones counted.
 * A fieldset with a legend, so the group is announced by name and each box by the person's name.
 */
export function PeoplePicker(props: {
  legend: string;
  people: readonly Person[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  hint?: string;
}) {
  const { people, value, onChange } = props;
  const [filter, setFilter] = useState('');
  const hintId = useId();
  const chosen = new Set(value);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle
      ? people.filter((p) => `${p.name} ${p.team} ${p.role}`.toLowerCase().includes(needle))
      : people;
  }, [people, filter]);

  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((v) => v !== id));

  return (
    <fieldset className="people-picker" aria-describedby={props.hint ? hintId : undefined}>
      <legend>
        {props.legend} <span className="muted">({value.length} chosen)</span>
      </legend>
      {props.hint && (
        <span id={hintId} className="field-hint">
          {props.hint}
        </span>
      )}
      {people.length > 8 && (
        <input
          className="input"
          type="search"
          placeholder="Filter by name, team or role…"
          aria-label={`Filter ${props.legend.toLowerCase()}`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="people-picker-list">
        {shown.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => toggle(p.id, e.target.checked)}
              />
              <span>{p.name}</span>
              {p.team && <span className="muted">· {p.team}</span>}
            </label>
          </li>
        ))}
        {shown.length === 0 && (
          <li className="muted">
            {people.length === 0
              ? 'No people yet: add them on the People page.'
              : 'Nobody matches.'}
          </li>
        )}
      </ul>
    </fieldset>
  );
}
