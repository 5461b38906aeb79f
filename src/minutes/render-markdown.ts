/**
 * The minutes as Markdown: the header and opening paragraph, numbered sections like an institute's minuta, the
 * attendance by group, a table for each nominal vote and for the agreements, and the signature block.
 */
import { MINUTES_LABELS, roman } from './minutes-labels';
import type { Minutes, NominalRow } from './minutes';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function minutesToMarkdown(m: Minutes): string {
  const s = MINUTES_LABELS[m.lang];
  const out: string[] = [`# ${m.title}`, '', ...m.headerLines.map((l) => `**${l}**  `), '', m.opening, ''];
  let n = 0;
  const section = (title: string) => out.push('', `## ${roman(++n)}. ${title}`, '');

  section(s.attendance);
  for (const group of m.attendance) {
    out.push('', `**${group.title}**`, '', `| ${s.name} | ${s.role} | ${s.present} | ${s.arrived} | ${s.movements} |`, '|---|---|---|---|---|');
    for (const a of group.rows) out.push(`| ${cell(a.name)} | ${a.role} | ${a.present ? s.yes : s.no} | ${a.arrivedAt ?? '—'} | ${a.movements ?? '—'} |`);
  }

  section(s.quorum);
  out.push(...m.quorum.flatMap((line) => [line, '']));

  section(s.agenda);
  if (m.agendaApproval.length) out.push(...m.agendaApproval.flatMap((line) => [line, '']));
  for (const a of m.agenda) out.push(`${'   '.repeat(a.depth)}${a.depth ? '-' : `${a.number}.`} ${a.depth ? `${a.number.split('.').pop()}) ` : ''}${a.title}`);

  section(s.development);
  for (const item of m.items) {
    out.push(`${'#'.repeat(Math.min(6, 3 + item.depth))} ${item.number}. ${item.title}`, '');
    for (const paragraph of [...item.debate, ...item.excusals]) out.push(paragraph, '');
    out.push(item.outcome);
    for (const note of item.notes) out.push('', note);
    if (item.count) out.push('', item.count);
    if (item.quorum) out.push('', item.quorum);
    const nominal = (rows: NominalRow[]) => {
      out.push('', `| ${s.name} | ${s.vote} |`, '|---|---|');
      for (const row of rows) out.push(`| ${cell(row.name)} | ${row.choice} |`);
    };
    if (item.nominal) nominal(item.nominal);
    for (const part of item.parts) {
      out.push('', part.count);
      if (part.nominal) nominal(part.nominal);
    }
    if (item.opinions.length) out.push('', `**${s.opinions}:**`, '', ...item.opinions.map((o) => `- ${o.text}${o.url ? ` <${o.url}>` : ''}`));
    for (const a of item.agreements) out.push('', `> **${s.agreement} ${a.number}:** ${a.text}`);
    out.push('');
  }
  if (m.debateTime) out.push(`### ${s.floorUse}`, '', m.debateTime, '');

  section(s.agreements);
  if (m.agreements.length === 0) out.push(s.noAgreements);
  else {
    out.push(`| ${s.number} | ${s.item} | ${s.agreement} | ${s.responsible} | ${s.due} |`, '|---|---|---|---|---|');
    for (const a of m.agreements) out.push(`| ${a.number} | ${a.item} | ${cell(a.text)} | ${cell(a.responsible ?? '—')} | ${a.dueDate ?? '—'} |`);
  }

  if (m.followUp) {
    section(`${s.followUp} (${s.onItem} ${m.followUp.item})`);
    out.push(`| # | ${s.agreement} | ${s.source} | ${s.responsible} | ${s.due} | ${s.status} |`, '|---|---|---|---|---|---|');
    m.followUp.rows.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.text)} | ${cell(r.source)} | ${cell(r.responsible ?? '—')} | ${r.dueDate ?? '—'} | ${cell(r.status)} |`));
  }

  section(s.recesses);
  out.push(...(m.recesses.length ? m.recesses.map((r) => `- ${r}`) : [s.noRecesses]));

  section(s.closing);
  out.push(m.closing);
  if (m.approvedIn) out.push('', `*${m.approvedIn}*`);

  // the signature block: each office, a line to sign on, the name from the roster
  out.push('', '', `| ${m.signatures.map((g) => g.office).join(' | ')} |`, `|${m.signatures.map(() => ':---:').join('|')}|`,
    `| ${m.signatures.map(() => '<br><br>______________________________').join(' | ')} |`, `| ${m.signatures.map((g) => cell(g.name) || ' ').join(' | ')} |`);

  if (m.annex) {
    section(s.annex);
    out.push(`**${s.joined}:** ${m.annex.joinedNotAnswered.join(', ') || s.none}`, '', `**${s.answered}:** ${m.annex.answeredNotInReport.join(', ') || s.none}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
