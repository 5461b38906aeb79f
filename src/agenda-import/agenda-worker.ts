/**
 * Inside the worker thread: reads the document it was given (`workerData`) and answers the importer's value.
 * Started by `importInWorker` through agenda-worker.js; one worker per document, ended when it answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportResult } from './imported-agenda';
import { parseAgendaText } from './parse-agenda-text';
import { readDocument } from './read-document';

async function importHere({ content, fileName, lang }: { content: Uint8Array; fileName: string; lang?: 'es' | 'en' }): Promise<ImportResult> {
  const read = await readDocument(Buffer.from(content.buffer, content.byteOffset, content.byteLength), fileName);
  return read.ok ? parseAgendaText(read.text, lang) : read;
}

importHere(workerData).then((result) => parentPort!.postMessage(result));
