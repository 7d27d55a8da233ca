// The baseline of `import-1m-csv`: parse the chosen CSV file with papaparse alone (read the
// File as text, parse it in one call on the main thread), nothing validated, written or drawn.
// Done: an element with data-bench-ready (and the row count) in #root.
import Papa from 'papaparse';

const root = document.getElementById('root');
const input = document.getElementById('file');
const done = (text: string, ok: boolean) => {
  const el = document.createElement('p');
  if (ok) el.setAttribute('data-bench-ready', '');
  el.textContent = text;
  root?.append(el);
};
if (input instanceof HTMLInputElement) {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    file.text().then(
      (text) => {
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
        done(`${parsed.data.length} rows, ${parsed.errors.length} errors`, true);
      },
      (error: unknown) => done(`read failed: ${String(error)}`, false),
    );
  });
}
