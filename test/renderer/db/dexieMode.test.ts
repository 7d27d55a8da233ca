import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyDexieMode } from '../../../renderer/db/dexieMode';

const dexieDefault = Dexie.debug;
afterEach(() => {
  Dexie.debug = dexieDefault;
});

describe("Dexie's mode", () => {
  it('is Dexie’s own choice in a development build: debug on a localhost page, as tests run', () => {
    // jsdom's page is http://localhost:3000/, where Dexie turns its debug mode on by itself.
    expect(window.location.hostname).toBe('localhost');
    applyDexieMode(false);
    expect(Dexie.debug).toBe(true);
  });

  it('is never debug in a production build, even on a localhost page', () => {
    applyDexieMode(true);
    expect(Dexie.debug).toBe(false);
  });
});
