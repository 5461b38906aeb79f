/**
 * A Word document's text from mammoth's HTML, so that its tables read like the text form: an order of the day
 * published as a table (number | matter | who presents) gives one line per row, "1. Lista de asistencia…", and
 * leaves out the heading row and the column of who presents. Numbered Word lists get their numbers ("1.", and
 * "a)" one level down), which the plain text of a .docx does not carry. Footnote marks and footnotes are left out.
 * Paragraphs are separated by a blank line, as mammoth's plain text does.
 */
const ITEM_NUMBER = /^(?:punto\s+)?(\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-z])\s*([.)]|\.-|-)?$/i;

const HEADING_CELL = /^(no\.?|n[uú]m\.?|n[uú]mero|#|punto|item|asunto|tema)$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
  if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  return ENTITIES[code] ?? whole;
});
const plain = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

/** One row of a table as one line: "N. matter" when the first cell is an item number, else its cells side by side. */
function rowLine(row: string): string {
  const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => plain(m[1]!));
  if (HEADING_CELL.test(cells[0] ?? '')) return ''; // the table's heading row: "No. | Asunto | Presenta"
  const number = ITEM_NUMBER.exec(cells[0] ?? '');
  if (number && cells[1]) {
    const mark = number[2] ?? (/^\d+$/.test(number[1]!) || /^[IVXLC]+$/i.test(number[1]!) ? '.' : /^[a-z]$/i.test(number[1]!) ? ')' : '');
    return `${number[1]}${mark} ${cells[1]}`;
  }
  return cells.filter(Boolean).join(' ');
}

const tablesAsParagraphs = (html: string) => html.replace(/<table\b[^>]*>([\s\S]*?)<\/table>/g, (_whole, table: string) =>
  [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => rowLine(m[1]!)).filter(Boolean).map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''));

export function textOfWordHtml(html: string): string {
  const cleaned = tablesAsParagraphs(html
    .replace(/<sup><a href="#(?:foot|end)note-[^"]*"[^>]*>[\s\S]*?<\/a><\/sup>/g, '')
    .replace(/<li id="(?:foot|end)note-[^"]*">[\s\S]*?<\/li>/g, ''));
  const paragraphs: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let line = '';
  const flush = () => {
    const text = decode(line).replace(/[ \t]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  for (const token of cleaned.split(/(<[^>]+>)/)) {
    if (!token.startsWith('<')) {
      line += token;
      continue;
    }
    const tag = /^<\/?([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (tag === 'ol' || tag === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !closing) {
      flush();
      const list = lists[lists.length - 1];
      if (list?.ordered) {
        list.count++;
        line = lists.length === 1 ? `${list.count}. ` : `${String.fromCharCode(96 + Math.min(list.count, 26))}) `;
      }
    } else if ((closing && ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'].includes(tag)) || tag === 'br') {
      flush(); // an opening <p> inside a list item keeps the item's number on its line
    }
  }
  flush();
  return paragraphs.map((p) => `${p}\n\n`).join('');
}
