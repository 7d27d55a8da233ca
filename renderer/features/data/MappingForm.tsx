import { DELIMITER_LABELS } from '@shared/formats/delimiter';
import {
  IMPORT_ROLES,
  ROLE_LABELS,
  type ColumnMapping,
  type FormatChoice,
  type FormatQuestions,
  type ImportRole,
} from '@shared/formats/measurementImport';
import { ENCODING_LABELS } from '@shared/formats/textDecoding';
import { Field } from '../../components/Field';
import type { CsvSummary } from '../../workers/csvImportClient';

const OPTIONAL: readonly ImportRole[] = ['pilot', 'note'];

const HINTS: Record<ImportRole, string> = {
  pilot: 'Matched by name. Without it, metric names must be unique in the portfolio.',
  metric: 'Matched by name within the pilot, ignoring case and extra spaces.',
  date: 'ISO (2026-01-31), day/month/year or month/day/year.',
  value: 'Numbers like 1,234.56 or 1.234,56.',
  note: 'Optional text kept with the measurement.',
};

export interface MappingErrors {
  roles: Partial<Record<ImportRole, string>>;
}

function questionText(
  questions: FormatQuestions,
  which: 'decimal' | 'dateOrder',
): string | undefined {
  if (which === 'decimal' && questions.decimal) {
    const e = questions.decimal.evidence;
    return questions.decimal.reason === 'mixed'
      ? `The value column mixes both ways (“${e.dotExample}” and “${e.commaExample}”): choose one; rows that do not fit will be listed.`
      : `Values like “${e.ambiguousExample}” read differently either way: choose how this file writes decimals.`;
  }
  if (which === 'dateOrder' && questions.dateOrder) {
    const e = questions.dateOrder.evidence;
    return questions.dateOrder.reason === 'mixed'
      ? `The date column mixes both orders (“${e.dmyExample}” and “${e.mdyExample}”): choose one; rows that do not fit will be listed.`
      : `Dates like “${e.ambiguousExample}” could be either: choose the order this file uses.`;
  }
  return undefined;
}

/** The column mapping, the number and date formats, and a preview of the file's first rows. */
export function MappingForm(props: {
  summary: CsvSummary;
  mapping: ColumnMapping;
  choice: FormatChoice;
  createMissing: boolean;
  questions: FormatQuestions;
  errors: MappingErrors;
  onMapping: (mapping: ColumnMapping) => void;
  onChoice: (choice: FormatChoice) => void;
  onCreateMissing: (value: boolean) => void;
}) {
  const { summary, mapping } = props;
  const roleOf = (column: number) => IMPORT_ROLES.find((r) => mapping[r] === column);
  return (
    <div className="exchange-mapping">
      <p className="muted">
        {summary.rowCount.toLocaleString()} rows ·{' '}
        {summary.kind === 'xlsx'
          ? 'first sheet of an Excel workbook'
          : `${ENCODING_LABELS[summary.encoding]} · separated by ${DELIMITER_LABELS[summary.delimiter]}`}
      </p>
      <div className="form-grid form-grid-3">
        {IMPORT_ROLES.map((role) => (
          <Field
            key={role}
            label={`${ROLE_LABELS[role]} column`}
            hint={HINTS[role]}
            error={props.errors.roles[role]}
          >
            <select
              className="select"
              value={mapping[role] ?? ''}
              onChange={(e) =>
                props.onMapping({
                  ...mapping,
                  [role]: e.target.value === '' ? null : Number(e.target.value),
                })
              }
            >
              <option value="">
                {OPTIONAL.includes(role) ? '— not in the file —' : '— choose —'}
              </option>
              {summary.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <Field label="Decimal separator" error={questionText(props.questions, 'decimal')}>
          <select
            className="select"
            value={props.choice.decimal ?? ''}
            onChange={(e) =>
              props.onChoice({
                ...props.choice,
                decimal: e.target.value === '.' || e.target.value === ',' ? e.target.value : null,
              })
            }
          >
            <option value="">Detect from the values</option>
            <option value=".">Point: 1,234.56</option>
            <option value=",">Comma: 1.234,56</option>
          </select>
        </Field>
        <Field label="Date order" error={questionText(props.questions, 'dateOrder')}>
          <select
            className="select"
            value={props.choice.dateOrder ?? ''}
            onChange={(e) =>
              props.onChoice({
                ...props.choice,
                dateOrder:
                  e.target.value === 'dmy' || e.target.value === 'mdy' ? e.target.value : null,
              })
            }
          >
            <option value="">Detect from the dates</option>
            <option value="dmy">Day/month/year: 31/01/2026</option>
            <option value="mdy">Month/day/year: 01/31/2026</option>
          </select>
        </Field>
      </div>
      <label className="exchange-check">
        <input
          type="checkbox"
          checked={props.createMissing}
          onChange={(e) => props.onCreateMissing(e.target.checked)}
        />{' '}
        Create pilots and metrics the portfolio does not have yet (new metrics start with their
        first value as baseline and target; set the target afterwards)
      </label>
      <div className="table-scroll exchange-preview">
        <table className="exchange-table">
          <caption>First rows of “{summary.fileName}”</caption>
          <thead>
            <tr>
              {summary.headers.map((h, i) => {
                const role = roleOf(i);
                return (
                  <th key={i} scope="col">
                    {h || `Column ${i + 1}`}
                    {role && <span className="exchange-role"> → {ROLE_LABELS[role]}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {summary.preview.map((row, r) => (
              <tr key={r}>
                {summary.headers.map((_h, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
