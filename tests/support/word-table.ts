/**
 * A real .docx (with the `docx` package) whose order of the day is a table, the way some institutes publish it:
 * paragraphs above, one row per item (number | matter | who presents), paragraphs below. A cell's "\n" starts a new
 * paragraph in the cell.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';

export function wordTableDocx(above: string[], rows: string[][], below: string[] = []): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)) });
  const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
  const doc = new Document({ sections: [{ children: [...above.map((p) => new Paragraph(p)), table, ...below.map((p) => new Paragraph(p))] }] });
  return Packer.toBuffer(doc);
}
