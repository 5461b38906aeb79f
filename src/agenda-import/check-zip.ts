/**
 * A .docx is a zip, and a hostile zip inflates a megabyte into gigabytes (a zip bomb). Before mammoth sees one, this
 * reads the zip's central directory and inflates every entry once, counting bytes and keeping none: at most
 * MAX_ZIP_ENTRIES entries and MAX_INFLATED_BYTES inflated in all, by the sizes the zip declares and by the bytes that
 * actually come out (an entry must inflate to the size it declares). Inflation stops the moment the count passes the
 * limit, so a bomb costs a few milliseconds and one chunk of memory. Zip64 sizes (4 GB and over) and unusual compression methods are refused: a Word document
 * never needs them.
 */
import { createInflateRaw } from 'node:zlib';

export const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1_000;

export type ZipCheck =
  | { ok: true; entries: number; inflatedBytes: number }
  | { ok: false; problem: 'too-many-entries' | 'inflates-too-much' | 'not-a-zip' };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

/** The end-of-central-directory record: the last one in the file (a comment may follow it, up to 64 KB). */
function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Inflates `data` only to count its bytes; stops past `limit`. */
function inflatedSize(data: Buffer, limit: number): Promise<number | 'too-much' | 'broken'> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve('too-much');
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => resolve('broken'));
    inflate.end(data);
  });
}

export async function checkZip(zip: Buffer): Promise<ZipCheck> {
  const notAZip: ZipCheck = { ok: false, problem: 'not-a-zip' };
  const end = endOfDirectory(zip);
  if (end < 0) return notAZip;
  const entries = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryAt = zip.readUInt32LE(end + 16);
  if (entries > MAX_ZIP_ENTRIES) return { ok: false, problem: 'too-many-entries' };
  // The directory must end where the end record starts: no bytes slipped in between for another reader to see.
  if (directoryAt + directorySize !== end) return notAZip;

  let declared = 0;
  const found: { method: number; compressed: number; inflated: number; localHeaderAt: number }[] = [];
  for (let at = directoryAt, i = 0; i < entries; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return notAZip;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const inflated = zip.readUInt32LE(at + 24);
    const localHeaderAt = zip.readUInt32LE(at + 42);
    if (inflated === ZIP64_MARK) return { ok: false, problem: 'inflates-too-much' };
    if (compressed === ZIP64_MARK || localHeaderAt === ZIP64_MARK || (method !== STORED && method !== DEFLATED)) return notAZip;
    declared += inflated;
    if (declared > MAX_INFLATED_BYTES) return { ok: false, problem: 'inflates-too-much' };
    found.push({ method, compressed, inflated, localHeaderAt });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }

  let inflatedBytes = 0;
  for (const entry of found) {
    const at = entry.localHeaderAt;
    if (at + 30 > directoryAt || zip.readUInt32LE(at) !== LOCAL_HEADER) return notAZip;
    const dataAt = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    if (dataAt + entry.compressed > directoryAt) return notAZip;
    const data = zip.subarray(dataAt, dataAt + entry.compressed);
    const size = entry.method === STORED ? data.length : await inflatedSize(data, MAX_INFLATED_BYTES - inflatedBytes);
    if (size === 'broken') return notAZip;
    if (size === 'too-much') return { ok: false, problem: 'inflates-too-much' };
    if (size !== entry.inflated) return notAZip; // a size that lies: jszip (inside mammoth) would fail on it
    inflatedBytes += size;
    if (inflatedBytes > MAX_INFLATED_BYTES) return { ok: false, problem: 'inflates-too-much' };
  }
  return { ok: true, entries, inflatedBytes };
}
