/**
 * The minutes as a Word document (the `docx` package) that a secretary can edit: the built-in Title and Heading 1–3
 * styles (so Word's navigation pane and table of contents work), tables for the attendance by group, each nominal
 * vote, the agreements and the follow-up, the signature block of the presidency and the Secretaría Técnica, and
 * "Página X de Y" in the footer as Word fields.
 */
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { MINUTES_LABELS, roman } from './minutes-labels';
import type { Minutes, OpinionLine, Signature } from './minutes';

const FONT = 'Arial';
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' };

/** A table cell's text, in 10 pt. */
const text = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold, size: 20 })], spacing: { after: 0 } });

/** The width between the margins of an A4 page with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1418;

/**
 * A table with a repeated header row; `widths`: the share of each column (they add up to 1); `groups` puts a row
 * spanning every column before the given row.
 */
function table(header: string[], widths: number[], rows: string[][], groups: Map<number, string> = new Map()): Table {
  const headerRow = new TableRow({ tableHeader: true, children: header.map((c) => new TableCell({ shading: SHADE, children: [text(c, true)] })) });
  const body = rows.flatMap((r, i) => [
    ...(groups.has(i) ? [new TableRow({ children: [new TableCell({ columnSpan: header.length, shading: { ...SHADE, fill: 'F2F2F2' }, children: [text(groups.get(i)!, true)] })] })] : []),
    new TableRow({ cantSplit: true, children: r.map((c) => new TableCell({ children: [text(c)] })) }),
  ]);
  const columnWidths = widths.map((w) => Math.round(w * TEXT_WIDTH));
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, borders, rows: [headerRow, ...body] });
}

/** A justified paragraph's options. */
const paragraphOf = (t: string, options: { bold?: boolean; italics?: boolean } = {}) => ({
  children: [new TextRun({ text: t, bold: options.bold, italics: options.italics })],
  alignment: AlignmentType.JUSTIFIED,
  spacing: { after: 120 },
});
const p = (t: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph(paragraphOf(t, options));

/** A separate opinion, its filed document's link a hyperlink. */
const opinion = (o: OpinionLine) => new Paragraph({
  children: [
    new TextRun(`• ${o.text}`),
    ...(o.url ? [new TextRun(' '), new ExternalHyperlink({ link: o.url, children: [new TextRun({ text: o.url, style: 'Hyperlink' })] })] : []),
  ],
  indent: { left: 400 },
  spacing: { after: 80 },
});

/** The signature block: side by side, space to sign, a line, the name and the office. */
function signatureBlock(signatures: Signature[]): Table {
  const cell = (s: Signature) => new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 960 }, keepNext: true, children: [new TextRun('______________________________')] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s.name || ' ', bold: true })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(s.office)] }),
    ],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [new TableRow({ cantSplit: true, children: signatures.map(cell) })] });
}

export function minutesToDocx(m: Minutes): Promise<Buffer> {
  const s = MINUTES_LABELS[m.lang];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    ...m.headerLines.map((l, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: i === m.headerLines.length - 1 ? 240 : 0 }, children: [new TextRun({ text: l, bold: i === 0 })] })),
    p(m.opening),
  ];
  let n = 0;
  const section = (title: string) => children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${roman(++n)}. ${title}`)] }));
  const heading2 = (title: string, depth = 0) => children.push(new Paragraph({ heading: depth ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(title)] }));

  section(s.attendance);
  const groups = new Map<number, string>();
  let row = 0;
  for (const g of m.attendance) {
    groups.set(row, g.title);
    row += g.rows.length;
  }
  children.push(table([s.name, s.role, s.present, s.arrived, s.movements], [0.23, 0.21, 0.15, 0.12, 0.29],
    m.attendance.flatMap((g) => g.rows.map((a) => [a.name, a.role, a.present ? s.yes : s.no, a.arrivedAt ?? '—', a.movements ?? '—'])), groups));
  section(s.quorum);
  m.quorum.forEach((q) => children.push(p(q)));
  section(s.agenda);
  m.agendaApproval.forEach((line) => children.push(p(line)));
  m.agenda.forEach((a) => children.push(new Paragraph({
    indent: { left: 567 * (a.depth + 1), hanging: 567 }, spacing: { after: 80 }, children: [new TextRun(`${a.number}.\t${a.title}`)],
  })));
  section(s.development);
  for (const item of m.items) {
    heading2(`${item.number}. ${item.title}`, item.depth);
    [...item.debate, ...item.excusals].forEach((paragraph) => children.push(p(paragraph)));
    // the resolution, its count, the quorum and the nominal table stay together on a page
    const withNext = (t: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ ...paragraphOf(t, options), keepNext: true });
    children.push(item.count ? withNext(item.outcome) : p(item.outcome));
    item.notes.forEach((note) => children.push(item.count ? withNext(note) : p(note)));
    if (item.count) children.push((item.quorum || item.nominal ? withNext : p)(item.count, { bold: true }));
    if (item.quorum) children.push((item.nominal ? withNext : p)(item.quorum, { italics: true }));
    if (item.nominal) children.push(table([s.name, s.vote], [0.6, 0.4], item.nominal.map((r) => [r.name, r.choice])), p(''));
    for (const part of item.parts) {
      children.push(p(part.count, { bold: true }));
      if (part.nominal) children.push(table([s.name, s.vote], [0.6, 0.4], part.nominal.map((r) => [r.name, r.choice])), p(''));
    }
    if (item.opinions.length) children.push(p(s.opinions, { bold: true }));
    item.opinions.forEach((o) => children.push(opinion(o)));
    item.agreements.forEach((a) => children.push(new Paragraph({
      indent: { left: 400 }, spacing: { after: 120 }, children: [new TextRun({ text: `${s.agreement} ${a.number}: `, bold: true }), new TextRun(a.text)],
    })));
  }
  if (m.debateTime) {
    heading2(s.floorUse);
    children.push(p(m.debateTime));
  }
  section(s.agreements);
  if (!m.agreements.length) children.push(p(s.noAgreements));
  else children.push(table([s.number, s.item, s.agreement, s.responsible, s.due], [0.08, 0.09, 0.45, 0.19, 0.19], m.agreements.map((a) => [String(a.number), a.item, a.text, a.responsible ?? '—', a.dueDate ?? '—'])));
  if (m.followUp) {
    section(`${s.followUp} (${s.onItem} ${m.followUp.item})`);
    children.push(table(['#', s.agreement, s.source, s.responsible, s.due, s.status], [0.06, 0.3, 0.22, 0.14, 0.12, 0.16], m.followUp.rows.map((r, i) => [String(i + 1), r.text, r.source, r.responsible ?? '—', r.dueDate ?? '—', r.status])));
  }
  section(s.recesses);
  (m.recesses.length ? m.recesses : [s.noRecesses]).forEach((r) => children.push(p(r)));
  section(s.closing);
  // the closing (and the later approval) stays on the page of the signatures
  children.push(new Paragraph({ ...paragraphOf(m.closing), keepNext: true }));
  if (m.approvedIn) children.push(new Paragraph({ ...paragraphOf(m.approvedIn, { italics: true }), keepNext: true }));
  children.push(signatureBlock(m.signatures));
  if (m.annex) {
    section(s.annex);
    children.push(p(`${s.joined}: ${m.annex.joinedNotAnswered.join(', ') || s.none}`));
    children.push(p(`${s.answered}: ${m.annex.answeredNotInReport.join(', ') || s.none}`));
  }
  const small = { size: 16, color: '595959' };
  const doc = new Document({
    creator: 'Sesiona',
    title: m.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 22, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
    },
    sections: [{
      properties: { page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: m.title, ...small })] })] }) },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: s.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })] })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
