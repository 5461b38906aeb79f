/**
 * The minutes as a Word document (the `docx` package), laid out like an institute's document: a title block,
 * numbered sections, an attendance table and a table for each nominal vote.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Minutes, OpinionLine } from './minutes';

const LABELS = {
  es: ['Asistencia', 'Declaratoria de quórum', 'Orden del día aprobado', 'Desarrollo de la sesión', 'Acuerdos adoptados', 'Asuntos generales', 'Recesos', 'Clausura', 'Anexo: conciliación de asistencia con el reporte de Teams', 'Seguimiento de acuerdos'],
  en: ['Attendance', 'Quorum', 'Order of the day as approved', 'Proceedings', 'Agreements adopted', 'General matters', 'Recesses', 'Closing', 'Annex: attendance reconciled with the Teams report', 'Follow-up of agreements'],
};
const FOLLOW_UP_COLUMNS = {
  es: ['#', 'Acuerdo', 'Adoptado en', 'Responsable', 'Plazo', 'Estado'],
  en: ['#', 'Agreement', 'Adopted in', 'Responsible', 'Due date', 'Status'],
};
const COLUMNS = { es: { name: 'Nombre', role: 'Cargo', present: 'Asistencia', arrived: 'Llegada', movements: 'Salidas y reincorporaciones', vote: 'Voto', yes: 'Presente', no: 'Ausente', none: 'Ninguno.', opinions: 'Votos particulares, concurrentes y razonados' }, en: { name: 'Name', role: 'Role', present: 'Attendance', arrived: 'Arrival', movements: 'Departures and returns', vote: 'Vote', yes: 'Present', no: 'Absent', none: 'None.', opinions: 'Separate opinions (dissenting, concurring, reasoned)' } };

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) => new TableRow({
    children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })),
    tableHeader: bold,
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

const p = (text: string, options: { bold?: boolean; italics?: boolean; indent?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: options.bold, italics: options.italics })], ...(options.indent ? { indent: { left: options.indent } } : {}), spacing: { after: 80 } });

/** A separate opinion, its filed document's link a hyperlink. */
const opinion = (o: OpinionLine) => new Paragraph({
  children: [
    new TextRun(`• ${o.text}`),
    ...(o.url ? [new TextRun(' '), new ExternalHyperlink({ link: o.url, children: [new TextRun({ text: o.url, style: 'Hyperlink' })] })] : []),
  ],
  indent: { left: 400 },
  spacing: { after: 80 },
});

export function minutesToDocx(m: Minutes): Promise<Buffer> {
  const L = LABELS[m.lang];
  const c = COLUMNS[m.lang];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun({ text: m.title, bold: true })] }),
    ...m.headerLines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold: true })] })),
  ];
  let n = 0;
  const section = (i: number) => children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [new TextRun(`${++n}. ${L[i]}`)] }));

  section(0);
  children.push(table([c.name, c.role, c.present, c.arrived, c.movements], m.attendance.map((a) => [a.name, a.role, a.present ? c.yes : c.no, a.arrivedAt ?? '—', a.movements ?? '—'])));
  section(1);
  m.quorum.forEach((q) => children.push(p(q)));
  section(2);
  m.agendaApproval.forEach((line) => children.push(p(line)));
  m.agenda.forEach((a) => children.push(p(`${a.number}. ${a.title}`, { indent: a.depth * 400 })));
  section(3);
  for (const item of m.items) {
    children.push(new Paragraph({ heading: item.depth ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: [new TextRun(`${item.number}. ${item.title}`)] }));
    [...item.debate, ...item.excusals].forEach((paragraph) => children.push(p(paragraph)));
    children.push(p(item.outcome));
    item.notes.forEach((note) => children.push(p(note)));
    if (item.count) children.push(p(item.count, { bold: true }));
    if (item.quorum) children.push(p(item.quorum, { italics: true }));
    if (item.nominal) children.push(table([c.name, c.vote], item.nominal.map((r) => [r.name, r.choice])));
    for (const part of item.parts) {
      children.push(p(part.count, { bold: true }));
      if (part.nominal) children.push(table([c.name, c.vote], part.nominal.map((r) => [r.name, r.choice])));
    }
    if (item.opinions.length) children.push(p(c.opinions, { bold: true }));
    item.opinions.forEach((o) => children.push(opinion(o)));
    item.agreements.forEach((a) => children.push(p(`${m.lang === 'es' ? 'Acuerdo' : 'Agreement'}: ${a}`, { italics: true })));
  }
  if (m.debateTime) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(m.lang === 'es' ? 'Uso de la palabra' : 'Use of the floor')] }));
    children.push(p(m.debateTime));
  }
  section(4);
  if (!m.agreements.length) children.push(p(c.none));
  m.agreements.forEach((a, i) => children.push(p(`${i + 1}. (${a.item}) ${a.text}${a.responsible ? ` — ${a.responsible}` : ''}${a.dueDate ? ` — ${a.dueDate}` : ''}`)));
  if (m.followUp) {
    section(9);
    children.push(p(m.lang === 'es' ? `Tratado en el punto ${m.followUp.item}.` : `Taken up on item ${m.followUp.item}.`, { italics: true }));
    children.push(table(FOLLOW_UP_COLUMNS[m.lang], m.followUp.rows.map((r, i) => [String(i + 1), r.text, r.source, r.responsible ?? '—', r.dueDate ?? '—', r.status])));
  }
  section(5);
  (m.generalMatters.length ? m.generalMatters : [c.none]).forEach((g) => children.push(p(g)));
  section(6);
  (m.recesses.length ? m.recesses : [c.none]).forEach((r) => children.push(p(r)));
  section(7);
  children.push(p(m.closing));
  if (m.approvedIn) children.push(p(m.approvedIn, { italics: true }));
  if (m.annex) {
    section(8);
    children.push(p(`${m.lang === 'es' ? 'Se conectaron pero no respondieron al pase de lista' : 'Joined but did not answer the roll call'}: ${m.annex.joinedNotAnswered.join(', ') || c.none}`));
    children.push(p(`${m.lang === 'es' ? 'Respondieron al pase de lista pero no aparecen en el reporte' : 'Answered the roll call but not in the report'}: ${m.annex.answeredNotInReport.join(', ') || c.none}`));
  }
  const doc = new Document({ creator: 'Sesiona', title: m.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
