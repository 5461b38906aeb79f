/**
 * `sesiona agenda parse` on a 20-page PDF order of the day (issue 16: under 0.5 s on this machine), end to end as a
 * secretary runs it (`node bin/sesiona.js agenda parse file.pdf --json`, whatever bin/sesiona.js runs), against
 * `node -e ''` measured in the same run; and the same PDF read in process (`importAgenda`: a worker thread, pdf.js,
 * the parser). Medians of several runs. `tsx bench/agenda-parse.ts` runs it alone; `npm run bench` runs it too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../tests/support/render-documents';
import { importAgenda } from '../src/agenda-import';
import { percentile } from './percentile';

const PAGES = 20;
const LINES_PER_PAGE = 40;
const RUNS = 7;
const TARGET_MS = 500;
const root = join(__dirname, '..');

/** An order of the day of exactly 20 pages (no line wraps): a header, items with two-line titles, sub-items, annexes. */
function twentyPageAgenda(): string {
  const lines = ['COMISIÓN DE ORGANIZACIÓN ELECTORAL', 'TERCERA SESIÓN EXTRAORDINARIA', '15 DE MARZO DE 2025, 17:00 HORAS', 'De manera mixta', '', 'ORDEN DEL DÍA', ''];
  let item = 1;
  for (; lines.length + 9 <= PAGES * LINES_PER_PAGE; item++) {
    lines.push(`${item}. Presentación y, en su caso, aprobación del proyecto de acuerdo ${item}`, 'por el que se aprueban los lineamientos del proceso electoral.');
    for (const letter of 'abcd') lines.push(`${letter}) Informe de la Dirección Ejecutiva sobre el avance ${item}.${letter}.`);
    lines.push(`Anexo ${item}`, '');
  }
  lines.push(`${item}. Asuntos generales.`);
  return lines.join('\n');
}

const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50)!;

function timeProcess(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export interface AgendaParseTimes { pages: number; items: number; nodeMs: number; cliMs: number; inProcessMs: number }

export async function measureAgendaParse(): Promise<AgendaParseTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'sesiona-bench-agenda-'));
  try {
    const pdf = await renderPdf(twentyPageAgenda(), { linesPerPage: LINES_PER_PAGE, pageHeader: 'Instituto Electoral · Orden del día', pageFooter: 'Rev. 1/2019' });
    if (pagesOf(pdf) !== PAGES) throw new Error(`the benchmark PDF has ${pagesOf(pdf)} pages, not ${PAGES}`);
    const file = join(dir, 'orden-20-paginas.pdf');
    writeFileSync(file, pdf);
    const check = await importAgenda(pdf, file);
    if (!check.ok) throw new Error(`the 20-page PDF was not read: ${check.error.code}: ${check.error.message.en}`);
    const inProcess: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      await importAgenda(pdf, file);
      inProcess.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const nodeMs = timeProcess(['-e', '']);
    const cliMs = timeProcess([join(root, 'bin', 'sesiona.js'), 'agenda', 'parse', file, '--json']);
    return { pages: PAGES, items: check.agenda.items.length, nodeMs, cliMs, inProcessMs: median(inProcess) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printAgendaParse(t: AgendaParseTimes): void {
  console.log(`\nsesiona agenda parse — a ${t.pages}-page PDF (${t.items} items), median of ${RUNS} runs\n`);
  console.log('| what | ms | ratio to `node -e \'\'` |');
  console.log('|---|---:|---:|');
  console.log(`| \`node -e ''\` (the floor) | ${t.nodeMs.toFixed(0)} | 1.00 |`);
  console.log(`| \`node bin/sesiona.js agenda parse file.pdf --json\` | ${t.cliMs.toFixed(0)} | ${(t.cliMs / t.nodeMs).toFixed(2)} |`);
  console.log(`| importAgenda in this process (worker, pdf.js, parser; sources under tsx) | ${t.inProcessMs.toFixed(0)} | ${(t.inProcessMs / t.nodeMs).toFixed(2)} |`);
  console.log(`\nagenda parse end to end: ${t.cliMs.toFixed(0)} ms (target < ${TARGET_MS} ms: ${t.cliMs < TARGET_MS ? 'met' : 'NOT met'})`);
}

if (require.main === module) {
  measureAgendaParse().then(printAgendaParse, (err) => {
    console.error(err);
    process.exit(1);
  });
}
