import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { renderDocx } from '../../tests/support/render-documents';
import { zipBombDocx } from '../../tests/support/hostile-documents';
import { checkZip, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './check-zip';

const SEED = readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt'), 'utf8');
const MB = 1024 * 1024;

describe('checking a .docx zip before reading it', () => {
  it('given a Word document, then it passes with its entries and inflated size', async () => {
    const check = await checkZip(await renderDocx(SEED));
    expect(check).toMatchObject({ ok: true, entries: expect.any(Number) });
    expect(check.ok && check.inflatedBytes).toBeLessThan(MB);
  });

  it('given a zip that declares 1 GB inflated, then it is refused without inflating', async () => {
    expect(await checkZip(zipBombDocx({ honest: true }))).toEqual({ ok: false, problem: 'inflates-too-much' });
  });

  it('given a 1 MB zip that claims 5 KB and inflates to 1 GB, then it is refused by counting while inflating', async () => {
    const bomb = zipBombDocx();
    expect(bomb.length).toBeLessThan(1.1 * MB);
    expect(await checkZip(bomb)).toEqual({ ok: false, problem: 'inflates-too-much' });
  });

  it('given a zip whose entry inflates to a size other than the one it declares, then it is not a readable zip', async () => {
    expect(await checkZip(zipBombDocx({ inflatedBytes: 2 * MB }))).toEqual({ ok: false, problem: 'not-a-zip' });
  });

  it('given a document that inflates to just under 20 MB, then it passes; just over, it is refused', async () => {
    const under = await checkZip(zipBombDocx({ inflatedBytes: MAX_INFLATED_BYTES - MB, honest: true }));
    expect(under).toMatchObject({ ok: true });
    expect(await checkZip(zipBombDocx({ inflatedBytes: MAX_INFLATED_BYTES + MB, honest: true }))).toEqual({ ok: false, problem: 'inflates-too-much' });
  });

  it(`given a zip with more than ${MAX_ZIP_ENTRIES} entries, then it is refused`, async () => {
    const zip = new JSZip();
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) zip.file(`word/media/p${i}.xml`, '<p/>');
    expect(await checkZip(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual({ ok: false, problem: 'too-many-entries' });
  });

  it('given a truncated zip or random bytes after the zip signature, then it is not a readable zip', async () => {
    const docx = await renderDocx(SEED);
    expect(await checkZip(docx.subarray(0, docx.length - 30))).toEqual({ ok: false, problem: 'not-a-zip' });
    expect(await checkZip(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]))).toEqual({ ok: false, problem: 'not-a-zip' });
  });
});
