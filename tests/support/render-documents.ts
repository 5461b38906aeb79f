/**
 * Renders a text (one paragraph per line) as a real .docx (with the `docx` package) and a real PDF (with pdfkit),
 * the way an institute's order of the day is distributed: also with a password to open it, with editing restrictions
 * only (it opens without a password), and scanned (a page that is only an image).
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';

export async function renderDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line.replace(/\*\*/g, ''))] }));
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return Packer.toBuffer(doc);
}

/** A letter-size PDF; long lines wrap at the margin as in a real document, pages break with a header and footer. */
export function renderPdf(text: string, options: { pageHeader?: string; pageFooter?: string; linesPerPage?: number; userPassword?: string; ownerPassword?: string } = {}): Promise<Buffer> {
  const { userPassword, ownerPassword } = options;
  const restricted = ownerPassword ? { ownerPassword, permissions: { printing: 'highResolution' as const, copying: false, modifying: false } } : {};
  return pdfOf({ ...restricted, ...(userPassword ? { userPassword } : {}) }, (pdf) => {
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
  });
}

/** A scanned page: a grey image and no text at all. */
export function renderScannedPdf(): Promise<Buffer> {
  const png = new PNG({ width: 120, height: 160 });
  for (let i = 0; i < png.data.length; i += 4) png.data.fill(i % 7 === 0 ? 40 : 220, i, i + 3).writeUInt8(255, i + 3);
  return pdfOf({}, (pdf) => pdf.image(PNG.sync.write(png), 72, 72, { width: 468 }));
}

function pdfOf(options: PDFKit.PDFDocumentOptions, draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'LETTER', margin: 72, bufferPages: true, ...options });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    draw(pdf);
    pdf.end();
  });
}
