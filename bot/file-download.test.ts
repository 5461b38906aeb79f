import { chunked, fileServer } from '../tests/support/attached-files';
import { DOWNLOAD_LIMITS, downloadFile } from './file-download';

const MB = 1024 * 1024;

describe('downloading a file attached in the chat', () => {
  it('given a small file, then its bytes', async () => {
    const server = await fileServer({ '/orden.txt': Buffer.from('1. Asuntos generales.') });
    try {
      expect(await downloadFile(`${server.url}/orden.txt`, 'orden.txt')).toEqual({ ok: true, content: Buffer.from('1. Asuntos generales.') });
    } finally {
      await server.close();
    }
  });

  it('given a chunked 50 MB download (no Content-Length), then it is refused and the connection closed after about 10 MB, not buffered whole', async () => {
    const { route, sent } = chunked(50 * MB);
    const server = await fileServer({ '/anexos.pdf': route });
    try {
      const result = await downloadFile(`${server.url}/anexos.pdf`, 'anexos.pdf');
      expect(result).toEqual({ ok: false, message: { es: expect.stringMatching(/^«anexos\.pdf» pesa más de 10 MB, el máximo\. Envía solo el orden del día/), en: expect.stringMatching(/^"anexos\.pdf" is over 10 MB, the limit\. Send only the order of the day/) } });
      expect(await sent.closed).toBe('early');
      // what the server could write: the 10 MB read, plus what the loopback socket buffers hold
      expect(sent.bytes).toBeLessThan(DOWNLOAD_LIMITS.bytes + 8 * MB);
    } finally {
      await server.close();
    }
  });

  it('given a Content-Length over 10 MB, then it is refused before reading the body', async () => {
    const { route, sent } = chunked(50 * MB);
    const server = await fileServer({ '/grande.docx': (req, res) => {
      res.setHeader('content-length', String(50 * MB));
      route(req, res);
    } });
    try {
      expect(await downloadFile(`${server.url}/grande.docx`, 'grande.docx')).toMatchObject({ ok: false, message: { es: expect.stringMatching(/pesa más de 10 MB/) } });
      expect(await sent.closed).toBe('early');
    } finally {
      await server.close();
    }
  });

  it('given a missing file or a server that is not there, then a message with the reason', async () => {
    const server = await fileServer({});
    await server.close();
    expect(await downloadFile(`${server.url}/x.pdf`, 'x.pdf')).toMatchObject({ ok: false, message: { en: 'I could not download the file "x.pdf" (fetch failed). Attach it again or paste the text.' } });
  });

  it('given a download slower than the time limit, then it is stopped with a message', async () => {
    const server = await fileServer({ '/lento.txt': (_req, res) => res.write('1. Lista de asistencia.\n') });
    try {
      const result = await downloadFile(`${server.url}/lento.txt`, 'lento.txt', { ...DOWNLOAD_LIMITS, timeMs: 200 });
      expect(result).toEqual({ ok: false, message: { es: expect.stringMatching(/^La descarga de «lento\.txt» tardó más de 0\.2 segundos y la detuve/), en: expect.stringMatching(/^Downloading "lento\.txt" took more than 0\.2 seconds/) } });
    } finally {
      await server.close();
    }
  });
});
