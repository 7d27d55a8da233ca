// The baseline of `dashboard-1m`: read every stored record of one portfolio's database straight
// from IndexedDB (`getAll` of each table, one read-only transaction), nothing computed or drawn.
// Query: ?db=<the portfolio's IndexedDB name>. Done: an element with data-bench-ready in #root.
//
// .tsx for the same reason as the seeding page: bench/tsconfig.json checks the pages.

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function readAll(dbName: string): Promise<{ tables: number; records: number }> {
  const open = indexedDB.open(dbName);
  open.onupgradeneeded = () => {
    open.transaction?.abort();
  };
  const db = await request(open);
  try {
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const all = await Promise.all(names.map((n) => request(tx.objectStore(n).getAll())));
    return { tables: names.length, records: all.reduce((n, rows) => n + rows.length, 0) };
  } finally {
    db.close();
  }
}

const root = document.getElementById('root');
const dbName = new URLSearchParams(location.search).get('db');
const done = (text: string, ok: boolean) => {
  const el = document.createElement('p');
  if (ok) el.setAttribute('data-bench-ready', '');
  el.textContent = text;
  root?.append(el);
};
if (!dbName) done('Say which database: ?db=NAME', false);
else
  readAll(dbName).then(
    (r) => done(`${r.records} records from ${r.tables} tables`, true),
    (error: unknown) => done(`read failed: ${String(error)}`, false),
  );
