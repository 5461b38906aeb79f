/**
 * Word documents are zips: a zip bomb is refused while it inflates, before mammoth sees it, in a fraction of a
 * second and with little memory (the limits the hardening issue set: under a second, RSS growth under 50 MB).
 */
import { peakRssGrowth } from '../../tests/support/peak-rss';
import { zipBombDocx } from '../../tests/support/hostile-documents';
import { importAgenda } from './index';

const MB = 1024 * 1024;
const BOMB_MESSAGE = {
  es: '«bomba.docx» se descomprime a más de 20 MB; un orden del día ocupa mucho menos. Envía solo el orden del día (sin imágenes ni anexos) o pega el texto.',
  en: '"bomba.docx" inflates to more than 20 MB; an order of the day takes far less. Send only the order of the day (without images or annexes) or paste the text.',
};

describe('reading a Word document', () => {
  it('given a 1 MB .docx that inflates to 1 GB (claiming 5 KB), then it is refused in under a second with RSS growing under 50 MB', async () => {
    const bomb = zipBombDocx();
    expect(bomb.length).toBeLessThan(1.1 * MB);
    const { result, growthMb, ms } = await peakRssGrowth(() => importAgenda(bomb, 'bomba.docx'));
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: BOMB_MESSAGE } });
    expect(ms).toBeLessThan(1000);
    expect(growthMb).toBeLessThan(50);
  });

  it('given a .docx that says it inflates to 1 GB, then it is refused the same way', async () => {
    expect(await importAgenda(zipBombDocx({ honest: true }), 'bomba.docx')).toEqual({ ok: false, error: { code: 'too-large', message: BOMB_MESSAGE } });
  });

  it('given a .docx of 2 MB of text once inflated, then it is read', async () => {
    expect(await importAgenda(zipBombDocx({ inflatedBytes: 2 * MB, honest: true }), 'orden.docx')).toMatchObject({ ok: true, agenda: { items: [{ number: '1', title: 'Asuntos generales.' }] } });
  });

  it('given a .docx whose parts lie about their size, then it is not a readable Word document', async () => {
    expect(await importAgenda(zipBombDocx({ inflatedBytes: 2 * MB }), 'raro.docx')).toMatchObject({ ok: false, error: { code: 'not-a-document', message: { es: expect.stringMatching(/^«raro\.docx» es un archivo comprimido pero no un documento de Word/) } } });
  });
});
