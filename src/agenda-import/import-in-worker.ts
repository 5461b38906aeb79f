/**
 * Reads an agenda document on a worker thread, so that a hostile file (a zip bomb, a PDF that never ends) costs a
 * bounded amount of memory and time and never the server: each document gets a fresh worker with a heap limit and
 * is stopped at the time limit; at most MAX_READERS read at once, the others wait their turn. Whatever happens in
 * the worker — a refusal, running out of memory or time, a crash — comes back as the importer's value.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type FileNames, namesOf, refuse } from './document-read';
import type { ImportResult } from './imported-agenda';

export interface ReadingLimits {
  /** Old-generation heap of the worker, in MB. */
  heapMb: number;
  timeMs: number;
}

export const READING_LIMITS: ReadingLimits = { heapMb: 256, timeMs: 15_000 };
const MAX_READERS = 2;

let reading = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (reading >= MAX_READERS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  return () => {
    reading--;
    waiting.shift()?.();
  };
}

/** `lang`: the language of the warnings and reasons (the refusals carry both). */
export async function importInWorker(content: Buffer, fileName: string, limits: ReadingLimits = READING_LIMITS, lang: 'es' | 'en' = 'es'): Promise<ImportResult> {
  const done = await turn();
  try {
    return await readOnce(content, fileName, limits, lang);
  } finally {
    done();
  }
}

function readOnce(content: Buffer, fileName: string, limits: ReadingLimits, lang: 'es' | 'en'): Promise<ImportResult> {
  const name = namesOf(fileName);
  return new Promise((resolve) => {
    const worker = new Worker(join(__dirname, 'agenda-worker.js'), {
      workerData: { content, fileName, lang },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 16 },
      execArgv: [],
      stdout: true,
    });
    worker.stdout.resume(); // pdf.js and mammoth chatter is not for the server's output
    let answered = false;
    const finish = (result: ImportResult) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      worker.terminate().catch(() => undefined);
      resolve(result);
    };
    const timer = setTimeout(() => finish(refuse('too-complex',
      `Leer ${name.es} tomó más de ${limits.timeMs / 1000} segundos y lo detuve. Envía solo el orden del día (no un expediente completo) o pega el texto.`,
      `Reading ${name.en} took more than ${limits.timeMs / 1000} seconds and I stopped it. Send only the order of the day (not a whole file of documents) or paste the text.`)), limits.timeMs);
    worker.on('message', (result: ImportResult) => finish(result));
    worker.on('error', (err: NodeJS.ErrnoException) => finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? refuse('too-complex',
        `Leer ${name.es} necesitaba más de ${limits.heapMb} MB de memoria y lo detuve. Envía solo el orden del día o pega el texto.`,
        `Reading ${name.en} needed more than ${limits.heapMb} MB of memory and I stopped it. Send only the order of the day or paste the text.`)
      : brokenReader(name, err.message)));
    worker.on('exit', (code) => finish(brokenReader(name, `exit ${code}`)));
  });
}

const brokenReader = (name: FileNames, detail: string): ImportResult => refuse('unreadable',
  `No pude leer ${name.es} por un error interno (${detail}). Vuelve a enviarlo o pega el texto.`,
  `I could not read ${name.en} because of an internal error (${detail}). Send it again or paste the text.`);
