import { FileRefusedError } from './fileRefusal';
import { MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, MAX_ZIP_UNCOMPRESSED_BYTES, formatBytes } from './limits';

/**
 * Checks a zip archive (an XLSX workbook is one) from its central directory alone — before a
 * single byte is inflated — so a zip bomb (a few kilobytes claiming gigabytes, or a hundred
 * thousand entries) is refused at once with a message, instead of exhausting memory in an unzip
 * library. Declared sizes can lie; whatever unpacks the archive afterwards must still stop at the
 * declared size, but an honest bomb never gets that far.
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is refused by the reader. */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

export interface ZipSummary {
  entries: ZipEntryInfo[];
  totalUncompressed: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressed: number;
  maxRatio: number;
}

const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: MAX_ZIP_ENTRIES,
  maxUncompressed: MAX_ZIP_UNCOMPRESSED_BYTES,
  maxRatio: MAX_ZIP_RATIO,
};

/** Entries smaller than this may compress as well as they like (an empty sheet is all repeats). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

/** Whether the bytes start like a zip archive ("PK\3\4", or "PK\5\6" for an empty one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

export function inspectZip(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = DEFAULT_LIMITS,
): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (why: string): never => {
    throw new FileRefusedError(
      `“${fileName}” is not a readable workbook: ${why}. Nothing was imported.`,
    );
  };
  const u16 = (at: number) =>
    at + 2 <= bytes.length ? view.getUint16(at, true) : broken('it is cut short');
  const u32 = (at: number) =>
    at + 4 <= bytes.length ? view.getUint32(at, true) : broken('it is cut short');
  const u64 = (at: number) => {
    const value = u32(at) + u32(at + 4) * 2 ** 32;
    return Number.isSafeInteger(value) ? value : broken('a size is out of range');
  };

  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) broken('its table of contents is missing');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR)
      broken('its ZIP64 table of contents is missing');
    const record = u64(locator + 8);
    if (u32(record) !== ZIP64_EOCD) broken('its ZIP64 table of contents is damaged');
    count = u64(record + 32);
    cdSize = u64(record + 40);
    cdOffset = u64(record + 48);
  }
  if (count > limits.maxEntries) {
    throw new FileRefusedError(
      `“${fileName}” holds ${count.toLocaleString('en-US')} files; a workbook the app reads holds ` +
        `at most ${limits.maxEntries.toLocaleString('en-US')}. Nothing was imported.`,
    );
  }
  if (cdOffset + cdSize > bytes.length) broken('its table of contents points outside the file');

  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = cdOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_HEADER) broken(`entry ${i + 1} of its table of contents is damaged`);
    const method = u16(at + 10);
    let localHeaderOffset = u32(at + 42);
    let compressed = u32(at + 20);
    let uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength > bytes.length) broken('an entry name runs past the end');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (
      uncompressed === 0xffffffff ||
      compressed === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      // ZIP64 sizes live in extra field 0x0001: uncompressed first, then compressed (each only
      // when its 32-bit field is 0xFFFFFFFF).
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressed === 0xffffffff) {
            uncompressed = u64(field);
            field += 8;
          }
          if (compressed === 0xffffffff) {
            compressed = u64(field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    total += uncompressed;
    if (
      uncompressed > RATIO_FLOOR_BYTES &&
      uncompressed / Math.max(compressed, 1) > limits.maxRatio
    ) {
      throw new FileRefusedError(
        `“${fileName}” looks like a zip bomb: “${name.slice(0, 80)}” would unpack from ` +
          `${formatBytes(compressed)} to ${formatBytes(uncompressed)} (more than ` +
          `${limits.maxRatio}× larger). Nothing was imported.`,
      );
    }
    if (total > limits.maxUncompressed) {
      throw new FileRefusedError(
        `“${fileName}” would unpack to more than ${formatBytes(limits.maxUncompressed)}, the most ` +
          'the app unpacks. Nothing was imported.',
      );
    }
    entries.push({
      name,
      compressedSize: compressed,
      uncompressedSize: uncompressed,
      method,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, totalUncompressed: total };
}
