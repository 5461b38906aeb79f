/**
 * `sesiona agenda parse FILE [--json] [--lang es|en]`: reads an order of the day (text, Markdown, .docx, PDF) and
 * prints it as an outline, or as JSON. Exit code 1 with a clear message when the file cannot be used.
 */
import { readFileSync, statSync } from 'node:fs';
import { importAgenda } from '../agenda-import';
import type { ImportedAgenda, ImportedItem } from '../agenda-import/imported-agenda';
import { MAX_DOCUMENT_BYTES } from '../agenda-import/read-document';
import { langOption, positionals } from './cli-args';
import { commandHelp } from './help';
import type { Subcommand } from './main';

const KIND_LABEL = {
  es: { vote: 'votación', report: 'se presenta', procedural: 'trámite', general: 'asuntos generales' },
  en: { vote: 'vote', report: 'presented', procedural: 'procedural', general: 'general matters' },
};

function outline(agenda: ImportedAgenda, lang: 'es' | 'en'): string {
  const h = agenda.header;
  const lines = [
    h.body ?? '—',
    `${h.title ?? '—'}${h.kind ? ` (${h.kind})` : ''}`,
    [h.date, h.time, h.modality].filter(Boolean).join(' · ') || '—',
    '',
  ];
  const walk = (items: ImportedItem[], depth: number) => items.forEach((item) => {
    const withdrawn = item.status === 'withdrawn' ? (lang === 'es' ? ' [retirado]' : ' [withdrawn]') : '';
    lines.push(`${'  '.repeat(depth)}${item.number}. ${item.title}${withdrawn}`);
    lines.push(`${'  '.repeat(depth)}   → ${KIND_LABEL[lang][item.kind]} (${item.reason})`);
    walk(item.items, depth + 1);
  });
  walk(agenda.items, 0);
  if (agenda.warnings.length) lines.push('', ...agenda.warnings.map((w) => `⚠ ${w}`));
  return lines.join('\n');
}

export const agendaCommand: Subcommand = {
  async run(args) {
    const lang = langOption(args);
    const positional = positionals(args, ['--lang']);
    if (positional[0] !== 'parse') {
      console.error(`${lang === 'es' ? `sesiona agenda: ${positional[0] ? `no existe «${positional[0]}»; la orden es «parse»` : 'falta «parse»'}.` : `sesiona agenda: ${positional[0] ? `there is no "${positional[0]}"; the command is "parse"` : '"parse" is missing'}.`}\n\n${commandHelp('agenda', lang)}`);
      return 1;
    }
    const file = positional[1];
    if (!file) {
      console.error(`${lang === 'es' ? 'sesiona agenda parse: falta el archivo del orden del día.' : 'sesiona agenda parse: the order of the day file is missing.'}\n\n${commandHelp('agenda', lang)}`);
      return 1;
    }
    let content: Buffer;
    try {
      if (statSync(file).size > MAX_DOCUMENT_BYTES) {
        console.error(lang === 'es' ? `${file}: el archivo pesa más de 10 MB; envía solo el orden del día.` : `${file}: the file is over 10 MB; send only the order of the day.`);
        return 1;
      }
      content = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      console.error(code === 'ENOENT'
        ? (lang === 'es' ? `${file}: no existe ese archivo.` : `${file}: no such file.`)
        : (lang === 'es' ? `${file}: no se puede leer (${code ?? (err as Error).message}).` : `${file}: cannot be read (${code ?? (err as Error).message}).`));
      return 1;
    }
    const result = await importAgenda(content, file, undefined, lang);
    if (!result.ok) {
      const where = result.error.line ? (lang === 'es' ? ` (línea ${result.error.line})` : ` (line ${result.error.line})`) : '';
      console.error(`${file}${where}: ${result.error.message[lang]}`);
      return 1;
    }
    console.log(args.includes('--json') ? JSON.stringify(result.agenda, null, 2) : outline(result.agenda, lang));
    return 0;
  },
};
