import type { PortfolioCounts } from '../../db/exchange';

const ROWS: [keyof PortfolioCounts, string][] = [
  ['pilots', 'Pilots'],
  ['people', 'People'],
  ['agents', 'Agents'],
  ['assignments', 'Agent assignments'],
  ['metrics', 'Metrics'],
  ['measurements', 'Measurements'],
  ['decisions', 'Decisions'],
  ['lessons', 'Lessons'],
  ['history', 'History entries'],
];

/** What a restore will replace: each kind of record, now and in the file. */
export function CountsTable(props: {
  now?: PortfolioCounts;
  file: PortfolioCounts;
  caption: string;
}) {
  return (
    <table className="exchange-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          {props.now && (
            <th scope="col" className="num">
              In this portfolio now
            </th>
          )}
          <th scope="col" className="num">
            In the file
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {props.now && <td className="num">{props.now[key].toLocaleString()}</td>}
            <td className="num">{props.file[key].toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
