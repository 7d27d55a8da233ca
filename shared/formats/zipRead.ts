import { FileRefusedError } from './fileRefusal';
import type { ZipEntryInfo } from './zipGuard';

const LOCAL_HEADER = 0x04034b50;

function dataOf(bytes: Uint8Array, entry: ZipEntryInfo, fileName: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new FileRefusedError(
      `“${fileName}” is not a readable workbook: “${entry.name}” is damaged. Nothing was imported.`,
    );
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw new FileRefusedError(
      `“${fileName}” is not a readable workbook: “${entry.name}” runs past the end of the file. Nothing was imported.`,
    );
  }
  return bytes.subarray(start, end);
}

/**
 * Unpacks one entry (stored or deflated) with the platform's DecompressionStream, never past its
 * declared size: an entry that lies about its size (the zip bomb the directory check cannot see)
 * is cut off and refused. `limit` stops early, after that many bytes, for a quick look at a head.
 */
export async function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  fileName: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const data = dataOf(bytes, entry, fileName);
  if (entry.method === 0) return data.subarray(0, Math.min(data.length, limit));
  if (entry.method !== 8) {
    throw new FileRefusedError(
      `“${fileName}” uses a compression method the app does not read (${entry.method}). Save it again from your spreadsheet. Nothing was imported.`,
    );
  }
  const cap = Math.min(entry.uncompressedSize, limit);
  // A ReadableStream of the one chunk rather than Blob.stream(): the same in browsers, workers,
  // Node and jsdom.
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(data.slice());
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      chunks.push(value);
      if (size > entry.uncompressedSize) {
        throw new FileRefusedError(
          `“${fileName}” was refused: “${entry.name}” unpacks to more than the size it declares, as a zip bomb does. Nothing was imported.`,
        );
      }
      if (size >= cap) break;
    }
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw new FileRefusedError(
      `“${fileName}” is not a readable workbook: “${entry.name}” could not be unpacked. Nothing was imported.`,
    );
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const out = new Uint8Array(Math.min(size, cap));
  let offset = 0;
  for (const chunk of chunks) {
    const take = Math.min(chunk.length, out.length - offset);
    out.set(chunk.subarray(0, take), offset);
    offset += take;
    if (offset >= out.length) break;
  }
  return out;
}
