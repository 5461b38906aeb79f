import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipBombDocx } from '../support/hostile-documents';
import { renderDocx, renderPdf, renderScannedPdf } from '../support/render-documents';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const SEED = join(root, 'tests', 'fixtures', 'agendas', 'cpvoe-6a-ordinaria-2024.txt');
const sesiona = (...args: string[]) => run(process.execPath, [join(root, 'bin', 'sesiona.js'), ...args], { cwd: root }).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);

describe('sesiona agenda parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-agenda-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('given the seed order of the day, when --json, then it prints exactly the documented shape', async () => {
    const { code, stdout } = await sesiona('agenda', 'parse', SEED, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['header', 'items', 'warnings']);
    expect(json.header).toEqual({ body: expect.any(String), title: expect.any(String), kind: 'ordinaria', number: 6, date: '2024-06-24', time: '12:30', note: null, modality: 'virtual', platform: 'Microsoft Teams' });
    expect(json.items).toHaveLength(6);
    expect(Object.keys(json.items[0])).toEqual(['number', 'title', 'kind', 'status', 'reason', 'items']);
    expect(json.items.map((i: { kind: string }) => i.kind)).toEqual(['vote', 'report', 'report', 'report', 'report', 'general']);
    expect(json.items[4].items.map((i: { number: string; kind: string }) => `${i.number}:${i.kind}`)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => `5.${l}:report`));
  });

  it('given an order of the day with the hour "o, en su caso, al término de…" and a mixed modality (IECM 2026), then --json carries them', async () => {
    const { code, stdout } = await sesiona('agenda', 'parse', join(root, 'tests', 'fixtures', 'agendas', 'iecm-cg-3a-extraordinaria-2026-02-27.txt'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).header).toEqual({
      body: 'CONSEJO GENERAL', title: 'TERCERA SESIÓN EXTRAORDINARIA', kind: 'extraordinaria', number: 3, date: '2026-02-27', time: '13:00',
      note: 'O, EN SU CASO, AL TÉRMINO DE LA SEGUNDA SESIÓN ORDINARIA DEL CONSEJO GENERAL', modality: 'hibrida', platform: 'WEBEX',
    });
  });

  it('given a .docx, then the same JSON as from the text', async () => {
    const file = join(dir, 'orden.docx');
    writeFileSync(file, await renderDocx((await import('node:fs')).readFileSync(SEED, 'utf8')));
    const [fromText, fromDocx] = await Promise.all([sesiona('agenda', 'parse', SEED, '--json'), sesiona('agenda', 'parse', file, '--json')]);
    expect(JSON.parse(fromDocx.stdout).items).toEqual(JSON.parse(fromText.stdout).items);
  });

  it('without --json, then a readable outline with the kind and reason of each item', async () => {
    const { stdout } = await sesiona('agenda', 'parse', SEED);
    expect(stdout).toMatch(/^COMISIÓN PROVISIONAL DE VINCULACIÓN CON ORGANISMOS EXTERNOS/);
    expect(stdout).toMatch(/ {2}5\.h\. Presentación del informe/);
    expect(stdout).toMatch(/6\. Asuntos generales\.\n {3}→ asuntos generales/);
  });

  it.each([
    ['an empty file', '', /está vacío/],
    ['a text without items', 'Orden del día\nNada que tratar.\n', /línea 2.*No encontré una lista de puntos numerados/],
  ])('given %s, then exit 1 with a clear message', async (_what, content, message) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, content);
    const { code, stderr, stdout } = await sesiona('agenda', 'parse', file, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('given a missing file or an oversized one, then exit 1 naming the problem', async () => {
    expect(await sesiona('agenda', 'parse', join(dir, 'no-such.pdf'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/no existe ese archivo/) });
    const big = join(dir, 'big.pdf');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 10, 32));
    expect(await sesiona('agenda', 'parse', big, '--lang', 'en')).toMatchObject({ code: 1, stderr: expect.stringMatching(/over 10 MB/) });
  });

  it.each([
    ['a PDF with a password', 'con-clave.pdf', () => renderPdf('1. Asuntos generales.', { userPassword: 'secreto' }), /«.*con-clave\.pdf» está protegido con contraseña y no puedo abrirlo\. Guárdalo sin contraseña/],
    ['a scanned PDF', 'escaneo.pdf', renderScannedPdf, /«.*escaneo\.pdf» es un PDF sin texto, solo imágenes \(quizá escaneado\)/],
    ['a damaged PDF', 'roto.pdf', async () => Buffer.from('%PDF-1.7\n%garbage\n'), /«.*roto\.pdf» está dañado o no es un PDF válido/],
    ['a 1 MB .docx that inflates to 1 GB', 'bomba.docx', async () => zipBombDocx(), /«.*bomba\.docx» se descomprime a más de 20 MB/],
  ])('given %s, then exit 1 with the same message as in the chat', async (_what, name, make, message) => {
    const file = join(dir, name);
    writeFileSync(file, await make());
    const { code, stderr, stdout } = await sesiona('agenda', 'parse', file, '--json');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(message);
  });
});
