import type { Person } from '@shared/model';

/**
 * A person select's options: "— None —", then each person by name, with their team where they
 * have one. `people` undefined while they are being read.
 */
export function PersonOptions(props: {
  people: readonly Pick<Person, 'id' | 'name' | 'team'>[] | undefined;
}) {
  return (
    <>
      <option value="">— None —</option>
      {(props.people ?? []).map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.team ? ` · ${p.team}` : ''}
        </option>
      ))}
    </>
  );
}
