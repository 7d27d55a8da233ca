import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const configPath = join(root, 'build', 'electron-builder.config.cjs');

interface BuilderConfig {
  appId?: unknown;
  productName?: unknown;
  directories?: { output?: unknown };
  files?: unknown;
  asar?: unknown;
  linux?: { target?: unknown; category?: unknown; maintainer?: unknown; icon?: unknown };
  win?: { target?: unknown; icon?: unknown };
  mac?: { target?: unknown; icon?: unknown };
  electronFuses?: Record<string, unknown>;
}

const config = require(configPath) as BuilderConfig;

/** electron-builder's own validation, exactly as `electron-builder` runs it before packaging. */
type ValidateConfiguration = (
  config: unknown,
  debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
) => Promise<void>;
const { validateConfiguration } = require(
  join(root, 'node_modules', 'app-builder-lib', 'out', 'util', 'config', 'config.js'),
) as { validateConfiguration: ValidateConfiguration };
const quietLogger = { isEnabled: false, add: () => undefined };

// The very ajv electron-builder validates with, resolved from app-builder-lib itself.
interface AjvValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
interface AjvInstance {
  compile(schema: object): AjvValidator;
}
const builderRequire = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'));
const { default: Ajv } = builderRequire('ajv') as {
  default: new (options: { allErrors: boolean; strict: boolean }) => AjvInstance;
};

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it("matches electron-builder's JSON schema (scheme.json), checked with ajv", () => {
    const schema: unknown = JSON.parse(
      readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema as object);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    // The validation is real: an unknown key and a wrong type are refused.
    expect(validate({ ...config, notAnOption: true })).toBe(false);
    expect(validate({ ...config, asar: 'yes please' })).toBe(false);
  });

  it('names the app and ships only the built output, in an asar', () => {
    expect(config.appId).toBe('com.pilotportfolio.app');
    expect(config.productName).toBe('Pilot Portfolio');
    expect(config.directories?.output).toBe('dist');
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
  });

  it('builds AppImage + deb (Office, with a maintainer), NSIS and DMG', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has real square PNG icons at 512 and 256 pixels', () => {
    expect(pngSize(join(root, 'build', 'icons', '512x512.png'))).toEqual({
      width: 512,
      height: 512,
    });
    expect(pngSize(join(root, 'build', 'icons', '256x256.png'))).toEqual({
      width: 256,
      height: 256,
    });
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(typeof icon === 'string' && existsSync(join(root, icon)), String(icon)).toBe(true);
    }
  });

  it('package.json points Electron at the built main file', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main?: string };
    expect(pkg.main).toBe('out/main/index.js');
  });
});
