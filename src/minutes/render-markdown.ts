/**
 * The minutes as Markdown: numbered sections like an institute's document, a table for each nominal vote.
 */
import type { Minutes, NominalRow } from './minutes';

const S = {
  es: { attendance: 'Asistencia', quorum: 'Declaratoria de quórum', agenda: 'Orden del día aprobado', development: 'Desarrollo de la sesión',
    agreements: 'Acuerdos adoptados', general: 'Asuntos generales', recesses: 'Recesos', closing: 'Clausura', annex: 'Anexo: conciliación de asistencia con el reporte de Teams',
    name: 'Nombre', role: 'Cargo', present: 'Asistencia', arrived: 'Llegada', movements: 'Salidas y reincorporaciones', yes: 'Presente', no: 'Ausente', vote: 'Voto', none: 'Ninguno.',
    joined: 'Se conectaron a la reunión pero no respondieron al pase de lista', answered: 'Respondieron al pase de lista pero no aparecen en el reporte de Teams',
    responsible: 'Responsable', due: 'Fecha compromiso', floorUse: 'Uso de la palabra',
    followUp: 'Seguimiento de acuerdos', agreement: 'Acuerdo', source: 'Adoptado en', status: 'Estado', onItem: 'tratado en el punto',
    opinions: 'Votos particulares, concurrentes y razonados' },
  en: { attendance: 'Attendance', quorum: 'Quorum', agenda: 'Order of the day as approved', development: 'Proceedings',
    agreements: 'Agreements adopted', general: 'General matters', recesses: 'Recesses', closing: 'Closing', annex: 'Annex: attendance reconciled with the Teams report',
    name: 'Name', role: 'Role', present: 'Attendance', arrived: 'Arrival', movements: 'Departures and returns', yes: 'Present', no: 'Absent', vote: 'Vote', none: 'None.',
    joined: 'Joined the meeting but did not answer the roll call', answered: 'Answered the roll call but are not in the Teams report',
    responsible: 'Responsible', due: 'Due date', floorUse: 'Use of the floor',
    followUp: 'Follow-up of agreements', agreement: 'Agreement', source: 'Adopted in', status: 'Status', onItem: 'taken up on item',
    opinions: 'Separate opinions (dissenting, concurring, reasoned)' },
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function minutesToMarkdown(m: Minutes): string {
  const s = S[m.lang];
  const out: string[] = [`# ${m.title}`, '', ...m.headerLines.map((l) => `**${l}**  `), ''];
  let n = 0;
  const section = (title: string) => out.push('', `## ${++n}. ${title}`, '');

  section(s.attendance);
  out.push(`| ${s.name} | ${s.role} | ${s.present} | ${s.arrived} | ${s.movements} |`, '|---|---|---|---|---|');
  for (const a of m.attendance) out.push(`| ${cell(a.name)} | ${a.role} | ${a.present ? s.yes : s.no} | ${a.arrivedAt ?? '—'} | ${a.movements ?? '—'} |`);

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
    for (const a of item.agreements) out.push('', `> **${m.lang === 'es' ? 'Acuerdo' : 'Agreement'}:** ${a}`);
    out.push('');
  }
  if (m.debateTime) out.push(`### ${s.floorUse}`, '', m.debateTime, '');

  section(s.agreements);
  if (m.agreements.length === 0) out.push(s.none);
  m.agreements.forEach((a, i) => out.push(`${i + 1}. (${a.item}) ${a.text}${a.responsible ? ` — ${s.responsible}: ${a.responsible}` : ''}${a.dueDate ? ` — ${s.due}: ${a.dueDate}` : ''}`));

  if (m.followUp) {
    section(`${s.followUp} (${s.onItem} ${m.followUp.item})`);
    out.push(`| # | ${s.agreement} | ${s.source} | ${s.responsible} | ${s.due} | ${s.status} |`, '|---|---|---|---|---|---|');
    m.followUp.rows.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.text)} | ${cell(r.source)} | ${cell(r.responsible ?? '—')} | ${r.dueDate ?? '—'} | ${cell(r.status)} |`));
  }

  section(s.general);
  out.push(...(m.generalMatters.length ? m.generalMatters.map((g) => `- ${g}`) : [s.none]));

  section(s.recesses);
  out.push(...(m.recesses.length ? m.recesses.map((r) => `- ${r}`) : [s.none]));

  section(s.closing);
  out.push(m.closing);
  if (m.approvedIn) out.push('', `*${m.approvedIn}*`);

  if (m.annex) {
    section(s.annex);
    out.push(`**${s.joined}:** ${m.annex.joinedNotAnswered.join(', ') || s.none}`, '', `**${s.answered}:** ${m.annex.answeredNotInReport.join(', ') || s.none}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
