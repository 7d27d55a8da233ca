/** Random UUID v4 from the platform's CSPRNG (Node ≥ 19, every modern browser, Electron). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
