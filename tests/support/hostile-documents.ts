/**
 * Hostile Word documents for tests, written with a small zip writer so that every size field is under control.
 *
 * `zipBombDocx`: a valid Word document whose word/document.xml inflates to `inflatedBytes` (1 GB by
 * default) from about a thousandth of that: one paragraph, then blank space between the XML elements. The deflate
 * stream of the blank space is one megabyte compressed once with a full flush and repeated, so making a gigabyte
 * bomb takes milliseconds. By default the zip lies about the inflated size (it claims 5 KB), so that only counting
 * while inflating can catch it; `honest: true` declares the real size.
 *
 * `denseDocx`: a small, honest .docx of many empty paragraphs, whose XML takes far more memory to read than its
 * size suggests.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const PARAGRAPH = '<w:p><w:r><w:t>1. Asuntos generales.</w:t></w:r></w:p>';
const DOCUMENT_END = '</w:body></w:document>';

interface Entry { name: string; method: 0 | 8; data: Buffer; inflated: number }

/** A little-endian record of `size` bytes: each field is [offset, value, width in bytes]. */
function record(size: number, fields: [number, number, 2 | 4][]): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [at, value, width] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/** A zip of the entries as given, sizes included: local headers and data, the central directory, its end record. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = record(30, [[0, 0x04034b50, 4], [4, 20, 2], [8, e.method, 2], [18, e.data.length, 4], [22, e.inflated, 4], [26, name.length, 2]]);
    const central = record(46, [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [10, e.method, 2], [20, e.data.length, 4], [24, e.inflated, 4], [28, name.length, 2], [42, offset, 4]]);
    locals.push(local, name, e.data);
    directory.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = record(22, [[0, 0x06054b50, 4], [8, entries.length, 2], [10, entries.length, 2], [12, size, 4], [16, offset, 4]]);
  return Buffer.concat([...locals, ...directory, end]);
}

const stored = (name: string, text: string): Entry => ({ name, method: 0, data: Buffer.from(text), inflated: Buffer.byteLength(text) });

export function zipBombDocx(options: { inflatedBytes?: number; honest?: boolean } = {}): Buffer {
  const inflatedBytes = options.inflatedBytes ?? 1024 * MB;
  const blank = Buffer.alloc(MB, ' ');
  const blocks = Math.max(1, Math.round(inflatedBytes / MB));
  const flushed = (text: Buffer | string) => deflateRawSync(text, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const repeated = flushed(blank);
  const data = Buffer.concat([flushed(DOCUMENT_START + PARAGRAPH), ...Array.from({ length: blocks }, () => repeated), deflateRawSync(DOCUMENT_END)]);
  const actual = DOCUMENT_START.length + PARAGRAPH.length + blocks * MB + DOCUMENT_END.length;
  return zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name: 'word/document.xml', method: 8, data, inflated: options.honest ? actual : 5_000 },
  ]);
}

export function denseDocx(paragraphs: number): Buffer {
  const xml = Buffer.from(DOCUMENT_START + PARAGRAPH + '<w:p/>'.repeat(paragraphs) + DOCUMENT_END);
  return zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name: 'word/document.xml', method: 8, data: deflateRawSync(xml), inflated: xml.length },
  ]);
}
