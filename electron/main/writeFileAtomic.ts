import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

// Write beside the target and rename over it, so a crash or full disk mid-write never leaves a
// half-written backup or settings file where a good one used to be.
function tempPathFor(path: string): string {
  return `${path}.${randomBytes(6).toString('hex')}.partial`;
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Synchronous variant for the window `close` handler, which must finish before the app quits. */
export function writeFileAtomicSync(path: string, data: string): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
