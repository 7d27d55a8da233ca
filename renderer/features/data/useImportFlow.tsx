import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { FileIssue } from '@shared/formats/fileRefusal';
import { MAX_CSV_BYTES } from '@shared/formats/limits';
import {
  IMPORT_ROLES,
  ROLE_LABELS,
  type ColumnMapping,
  type FormatChoice,
  type FormatQuestions,
} from '@shared/formats/measurementImport';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import {
  findExistingDates,
  importMeasurementColumns,
  type ExistingDates,
  type OnExistingDate,
  type SeriesToImport,
} from '../../db/exchange';
import { CsvImportSession, type CsvSummary } from '../../workers/csvImportClient';
import { IssueList } from './IssueList';
import { MappingForm, type MappingErrors } from './MappingForm';
import { matchGroups, readPortfolioNames } from './matchGroups';
import { CSV_FILTERS, pickFile } from './pickFile';
import { RefusalNotice } from './RefusalNotice';

interface Mapping {
  summary: CsvSummary;
  mapping: ColumnMapping;
  choice: FormatChoice;
  createMissing: boolean;
  questions: FormatQuestions;
  errors: MappingErrors;
  /** Rows that failed: nothing was imported. */
  issues: { list: FileIssue[]; total: number } | null;
  /** Dates already recorded: the person chooses keep or replace. */
  existing: { found: ExistingDates; items: SeriesToImport[] } | null;
  checking: boolean;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; rows: number }
  | { kind: 'refused'; fileName: string; error: unknown }
  | ({ kind: 'mapping' } & Mapping)
  | { kind: 'writing'; fileName: string; done: number; total: number };

const PROGRESS_EVERY_MS = 250;

function mappingErrors(mapping: ColumnMapping): MappingErrors {
  const roles: MappingErrors['roles'] = {};
  for (const role of ['metric', 'date', 'value'] as const) {
    if (mapping[role] === null) roles[role] = `Choose the column that holds the ${role}`;
  }
  for (const role of IMPORT_ROLES) {
    const column = mapping[role];
    const other = IMPORT_ROLES.find((r) => r !== role && mapping[r] === column && column !== null);
    if (other && IMPORT_ROLES.indexOf(other) < IMPORT_ROLES.indexOf(role)) {
      roles[role] = `This column is already the ${ROLE_LABELS[other].toLowerCase()} column`;
    }
  }
  return { roles };
}

/**
 * Import measurements from a CSV: pick a file (parsed in a worker, with progress), map its
 * columns over a preview, answer what the data cannot tell (decimal separator, date order), see
 * every bad row — or, when all rows are good, choose what happens to dates already recorded —
 * and write all of it in one transaction, with a count as it goes.
 */
export function useImportFlow(): { start: () => Promise<void>; dialog: ReactNode } {
  const db = useDb();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const session = useRef<CsvImportSession | null>(null);

  const close = useCallback(() => {
    session.current?.dispose();
    session.current = null;
    setState({ kind: 'idle' });
  }, []);
  useEffect(() => () => session.current?.dispose(), []);

  const start = useCallback(async () => {
    let fileName = 'the file';
    let current: CsvImportSession | null = null;
    try {
      const file = await pickFile(CSV_FILTERS, MAX_CSV_BYTES, 'CSV');
      if (!file) return;
      fileName = file.name;
      session.current?.dispose();
      current = new CsvImportSession();
      session.current = current;
      setState({ kind: 'reading', fileName, rows: 0 });
      const summary = await current.parse(file.bytes, file.name, (rows) => {
        if (session.current === current) setState({ kind: 'reading', fileName: file.name, rows });
      });
      if (session.current !== current) return;
      setState({
        kind: 'mapping',
        summary,
        mapping: summary.guess,
        choice: { decimal: null, dateOrder: null },
        createMissing: false,
        questions: {},
        errors: { roles: {} },
        issues: null,
        existing: null,
        checking: false,
      });
    } catch (error) {
      // Cancelled (the dialog was closed and its worker ended): nothing to report.
      if (current && session.current !== current) return;
      setState({ kind: 'refused', fileName, error });
    }
  }, []);

  const write = useCallback(
    async (fileName: string, items: SeriesToImport[], onExisting: OnExistingDate) => {
      const total = items.reduce((n, i) => n + i.days.length, 0);
      setState({ kind: 'writing', fileName, done: 0, total });
      // Each count re-renders the page around the dialog, which the writing waits for: a few a
      // second show the progress as well as one per batch did.
      let shownAt = performance.now();
      const onProgress = (done: number) => {
        const now = performance.now();
        if (done < total && now - shownAt < PROGRESS_EVERY_MS) return;
        shownAt = now;
        setState({ kind: 'writing', fileName, done, total });
      };
      try {
        const result = await importMeasurementColumns(db, items, {
          fileName,
          onExisting,
          onProgress,
        });
        toast.success(result.summary);
        close();
      } catch (error) {
        setState({ kind: 'refused', fileName, error });
      }
    },
    [db, close],
  );

  const check = useCallback(
    async (m: Mapping) => {
      const errors = mappingErrors(m.mapping);
      if (Object.keys(errors.roles).length > 0) {
        setState({ kind: 'mapping', ...m, errors, issues: null, existing: null });
        return;
      }
      const current = session.current;
      if (!current) return;
      setState({ kind: 'mapping', ...m, errors, checking: true, issues: null, existing: null });
      try {
        // The portfolio's names are read while the worker checks the file, not after it.
        const [prepared, names] = await Promise.all([
          current.prepare(m.mapping, m.choice),
          readPortfolioNames(db),
        ]);
        if (prepared.kind === 'ask') {
          setState({
            kind: 'mapping',
            ...m,
            errors,
            questions: prepared.questions,
            checking: false,
            issues: null,
            existing: null,
          });
          return;
        }
        const { conversion } = prepared;
        const done = {
          kind: 'mapping' as const,
          ...m,
          errors,
          questions: {},
          checking: false,
          existing: null,
        };
        if (conversion.totalIssues > 0) {
          setState({ ...done, issues: { list: conversion.issues, total: conversion.totalIssues } });
          return;
        }
        if (conversion.rowCount === 0) {
          setState({
            ...done,
            issues: {
              list: [{ where: '', message: 'The file has no rows below its header.' }],
              total: 1,
            },
          });
          return;
        }
        const headerOf = (i: number | null) =>
          i === null ? null : m.summary.headers[i] || `Column ${i + 1}`;
        const matched = await matchGroups(db, conversion.groups, {
          createMissing: m.createMissing,
          pilotColumn: headerOf(m.mapping.pilot),
          metricColumn: headerOf(m.mapping.metric) ?? 'metric',
          names,
        });
        if (matched.totalIssues > 0) {
          setState({ ...done, issues: { list: matched.issues, total: matched.totalIssues } });
          return;
        }
        const found = await findExistingDates(db, matched.items);
        if (found.count > 0) {
          setState({ ...done, issues: null, existing: { found, items: matched.items } });
          return;
        }
        await write(m.summary.fileName, matched.items, 'error');
      } catch (error) {
        // Closed while checking: its worker was ended on purpose.
        if (session.current !== current) return;
        setState({ kind: 'refused', fileName: m.summary.fileName, error });
      }
    },
    [db, write],
  );

  const dialog = useMemo(() => {
    const onOpenChange = (open: boolean) => {
      if (!open && state.kind !== 'writing') close();
    };
    switch (state.kind) {
      case 'idle':
        return null;
      case 'reading':
      case 'writing':
        return (
          <Dialog
            size="wide"
            open
            onOpenChange={onOpenChange}
            title="Import measurements"
            description={`“${state.fileName}”`}
            footer={state.kind === 'reading' ? <Button onClick={close}>Cancel</Button> : null}
          >
            {state.kind === 'reading' ? (
              <p role="status" className="exchange-status">
                Reading… {state.rows.toLocaleString()} rows
              </p>
            ) : (
              <div role="status" className="exchange-status">
                <p>
                  Writing… {state.done.toLocaleString()} of {state.total.toLocaleString()}{' '}
                  measurements
                </p>
                <progress
                  max={state.total || 1}
                  value={state.done}
                  aria-label="Measurements written"
                />
              </div>
            )}
          </Dialog>
        );
      case 'refused':
        return (
          <Dialog
            size="wide"
            open
            onOpenChange={onOpenChange}
            title="Nothing was imported"
            description={`“${state.fileName}”`}
            footer={
              <Button variant="primary" onClick={close}>
                Close
              </Button>
            }
          >
            <RefusalNotice error={state.error} />
          </Dialog>
        );
      case 'mapping': {
        const m: Mapping = state;
        const set = (patch: Partial<Mapping>) =>
          setState({ ...state, questions: {}, issues: null, existing: null, ...patch });
        return (
          <Dialog
            size="wide"
            open
            onOpenChange={onOpenChange}
            title="Import measurements"
            description={`Map the columns of “${m.summary.fileName}”. Nothing is written until every row is valid.`}
            footer={
              <>
                <Button onClick={close}>Cancel</Button>
                {m.existing ? (
                  <>
                    <Button
                      onClick={() =>
                        void write(m.summary.fileName, m.existing?.items ?? [], 'keep')
                      }
                    >
                      Keep the stored values
                    </Button>
                    <Button
                      variant="danger"
                      onClick={() =>
                        void write(m.summary.fileName, m.existing?.items ?? [], 'replace')
                      }
                    >
                      Replace them with the file’s
                    </Button>
                  </>
                ) : (
                  <Button variant="primary" disabled={m.checking} onClick={() => void check(m)}>
                    {m.checking ? 'Checking…' : 'Check and import'}
                  </Button>
                )}
              </>
            }
          >
            <MappingForm
              summary={m.summary}
              mapping={m.mapping}
              choice={m.choice}
              createMissing={m.createMissing}
              questions={m.questions}
              errors={m.errors}
              onMapping={(mapping) => set({ mapping, errors: { roles: {} } })}
              onChoice={(choice) => set({ choice })}
              onCreateMissing={(createMissing) => set({ createMissing })}
            />
            {m.issues && (
              <div className="exchange-alert" role="alert">
                <p>
                  <strong>
                    Nothing was imported: {m.issues.total.toLocaleString()} problem
                    {m.issues.total === 1 ? '' : 's'} in “{m.summary.fileName}”. Fix the file (or
                    the mapping) and import again.
                  </strong>
                </p>
                <IssueList issues={m.issues.list} total={m.issues.total} label="Rows that failed" />
              </div>
            )}
            {m.existing && (
              <div className="exchange-alert" role="alert">
                <p>
                  <strong>
                    {m.existing.found.count.toLocaleString()} measurement
                    {m.existing.found.count === 1 ? ' is' : 's are'} already recorded for the same
                    date. Keep the stored values, or replace them with the file’s?
                  </strong>
                </p>
                <ul>
                  {m.existing.found.examples.map((e, i) => (
                    <li key={i}>
                      “{e.metricName}” on {e.date}: stored {e.stored}, in the file {e.incoming}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Dialog>
        );
      }
    }
  }, [state, close, check, write]);

  return { start, dialog };
}
