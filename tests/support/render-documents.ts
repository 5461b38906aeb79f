/**
 * Renders a text (one paragraph per line) as a real .docx (with the `docx` package) and a real PDF (with pdfkit),
 * the way an institute's order of the day is distributed.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export async function renderDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line.replace(/\*\*/g, ''))] }));
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return Packer.toBuffer(doc);
}

/** A letter-size PDF; long lines wrap at the margin as in a real document, pages break with a header and footer. */
export function renderPdf(text: string, options: { pageHeader?: string; pageFooter?: string; linesPerPage?: number } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'LETTER', margin: 72, bufferPages: true });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    const lines = text.split(/\r?\n/).map((l) => l.replace(/\*\*/g, ''));
    const perPage = options.linesPerPage ?? 1_000;
    lines.forEach((line, i) => {
      if (i > 0 && i % perPage === 0) {
        if (options.pageFooter) pdf.text(options.pageFooter);
        pdf.addPage();
        if (options.pageHeader) pdf.text(options.pageHeader);
      }
      pdf.text(line || ' ');
    });
    if (options.pageFooter) pdf.text(options.pageFooter);
    pdf.end();
  });
}
