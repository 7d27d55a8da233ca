import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';
import { inspectZip, looksLikeZip } from '../../../shared/formats/zipGuard';

interface FakeEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** Write the sizes as ZIP64 (0xFFFFFFFF plus an extra field). */
  zip64?: boolean;
}

/**
 * A zip as its central directory describes it. The local headers and data are not needed: the
 * guard must decide from the directory alone, before anything is inflated.
 */
function fakeZip(entries: FakeEntry[]): Uint8Array {
  const parts: number[] = [0x50, 0x4b, 3, 4];
  const cdStart = parts.length;
  const u16 = (n: number) => parts.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (n: number) => {
    u16(n & 0xffff);
    u16(Math.floor(n / 65_536) & 0xffff);
  };
  const u64 = (n: number) => {
    u32(n % 2 ** 32);
    u32(Math.floor(n / 2 ** 32));
  };
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    u32(0x02014b50);
    for (let i = 0; i < 8; i++) u16(0);
    u32(e.zip64 ? 0xffffffff : e.compressed);
    u32(e.zip64 ? 0xffffffff : e.uncompressed);
    u16(name.length);
    u16(e.zip64 ? 20 : 0);
    for (let i = 0; i < 3; i++) u16(0);
    u32(0);
    u32(0);
    parts.push(...name);
    if (e.zip64) {
      u16(0x0001);
      u16(16);
      u64(e.uncompressed);
      u64(e.compressed);
    }
  }
  const cdSize = parts.length - cdStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(cdSize);
  u32(cdStart);
  u16(0);
  return Uint8Array.from(parts);
}

function refusal(run: () => unknown): FileRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('zip guard (before anything is unpacked)', () => {
  it('lists the entries of an ordinary workbook', () => {
    const zip = fakeZip([
      { name: '[Content_Types].xml', compressed: 400, uncompressed: 1_500 },
      { name: 'xl/worksheets/sheet1.xml', compressed: 200_000, uncompressed: 2_400_000 },
    ]);
    expect(looksLikeZip(zip)).toBe(true);
    expect(inspectZip(zip, 'book.xlsx')).toEqual({
      entries: [
        {
          name: '[Content_Types].xml',
          compressedSize: 400,
          uncompressedSize: 1_500,
          method: 0,
          localHeaderOffset: 0,
        },
        {
          name: 'xl/worksheets/sheet1.xml',
          compressedSize: 200_000,
          uncompressedSize: 2_400_000,
          method: 0,
          localHeaderOffset: 0,
        },
      ],
      totalUncompressed: 2_401_500,
    });
  });

  it('refuses a zip bomb by its compression ratio, quickly', () => {
    const zip = fakeZip([
      {
        name: 'xl/worksheets/sheet1.xml',
        compressed: 4_000_000,
        uncompressed: 4_000_000_000,
        zip64: true,
      },
    ]);
    const started = performance.now();
    expect(refusal(() => inspectZip(zip, 'bomb.xlsx')).headline).toBe(
      '“bomb.xlsx” looks like a zip bomb: “xl/worksheets/sheet1.xml” would unpack from 3.8 MB to ' +
        '3.7 GB (more than 200× larger). Nothing was imported.',
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses archives that unpack too large in total, or hold too many files', () => {
    const big = fakeZip(
      Array.from({ length: 6 }, (_v, i) => ({
        name: `xl/worksheets/sheet${i}.xml`,
        compressed: 10_000_000,
        uncompressed: 100_000_000,
      })),
    );
    expect(refusal(() => inspectZip(big, 'big.xlsx')).headline).toBe(
      '“big.xlsx” would unpack to more than 500 MB, the most the app unpacks. Nothing was imported.',
    );
    const many = fakeZip(
      Array.from({ length: 10_001 }, (_v, i) => ({
        name: `f${i}`,
        compressed: 1,
        uncompressed: 1,
      })),
    );
    expect(refusal(() => inspectZip(many, 'many.xlsx')).headline).toBe(
      '“many.xlsx” holds 10,001 files; a workbook the app reads holds at most 10,000. Nothing was imported.',
    );
  });

  it('refuses damaged archives instead of guessing', () => {
    expect(
      refusal(() => inspectZip(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2]), 'x.xlsx')).headline,
    ).toBe(
      '“x.xlsx” is not a readable workbook: its table of contents is missing. Nothing was imported.',
    );
    expect(looksLikeZip(new TextEncoder().encode('pilot,metric'))).toBe(false);
  });
});
