/**
 * The previous session's minutes in the minutes: on the item that approves them, that they were approved with the
 * corrections noted; and in the earlier session's own minutes, once approved, where and when — Markdown and Word,
 * Spanish and English.
 */
import mammoth from 'mammoth';
import { asSessionId, fold } from '../domain';
import { ballot, cast, command, inSession, item, run, VOTERS, voteId } from '../domain/testing/session-spec';
import { buildMinutes } from './minutes';
import { minutesToDocx } from './render-docx';
import { minutesToMarkdown } from './render-markdown';

const PREVIOUS = asSessionId('cpvoe-5a-ordinaria-2024');

/** Item 1 linked to the Quinta Sesión Ordinaria, two corrections noted, put to the vote with these choices. */
const approving = (choice: 'in-favour' | 'against', corrections = ['En la página 3 dice «Luis» y debe decir «Luisa».', 'Agregar la hora de término']) => fold(run([
  command('LinkPreviousMinutes', cast.secretary, { number: item('1'), sessionId: PREVIOUS, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' }, 7),
  ...corrections.map((text) => command('NoteMinutesCorrections', cast.secretary, { text }, 8)),
  command('StartItem', cast.secretary, { number: item('1') }, 9),
  command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 10),
  ...VOTERS.map((v) => ballot(v, v === cast.chair ? 'in-favour' : choice, 10)),
  command('CloseVote', cast.secretary, {}, 11),
  command('CloseSession', cast.secretary, {}, 30),
], inSession()));

describe('the previous minutes approved in this session', () => {
  it('given item 1 linked and approved with corrections, then the item says whose minutes were approved, with the corrections', () => {
    const md = minutesToMarkdown(buildMinutes(approving('in-favour'), 'es'));
    expect(md).toContain('En votación económica, se aprobó por unanimidad de votos de las consejerías presentes (3 votos a favor).\n\nSe aprobó la minuta de la Quinta Sesión Ordinaria del 27 de mayo de 2024, '
      + 'con las observaciones siguientes: 1) En la página 3 dice «Luis» y debe decir «Luisa»; 2) Agregar la hora de término.');
    expect(minutesToMarkdown(buildMinutes(approving('in-favour'), 'en'))).toContain('The minutes of the Quinta Sesión Ordinaria of May 27, 2024 were approved, '
      + 'with these corrections: 1) En la página 3 dice «Luis» y debe decir «Luisa»; 2) Agregar la hora de término.');
  });

  it('given no corrections, then only the approval; not approved, the minutes say so with the corrections noted', () => {
    expect(buildMinutes(approving('in-favour', []), 'es').items[0]!.notes).toEqual(['Se aprobó la minuta de la Quinta Sesión Ordinaria del 27 de mayo de 2024.']);
    expect(buildMinutes(approving('against', ['Falta una intervención']), 'es').items[0]!.notes)
      .toEqual(['No se aprobó la minuta de la Quinta Sesión Ordinaria del 27 de mayo de 2024; se presentaron las observaciones siguientes: 1) Falta una intervención.']);
  });

  it('given the earlier session, once its minutes were approved in a later one, then its minutes end saying where and when', async () => {
    const earlier = fold(run([
      command('CloseSession', cast.secretary, {}, 30),
      command('RecordMinutesApproval', cast.secretary, {
        bySessionId: asSessionId('cpvoe-7a-ordinaria-2024'), byTitle: 'Séptima Sesión Ordinaria', byDate: '2024-07-29', number: item('1'), voteId: voteId('v1'), corrections: ['Agregar la hora de término.'],
      }, 60 * 24 * 35),
    ], inSession()));
    const md = minutesToMarkdown(buildMinutes(earlier, 'es'));
    expect(md).toMatch(/Se clausuró la sesión a las 13:00 h\.\n\n\*Minuta aprobada en la Séptima Sesión Ordinaria del 29 de julio de 2024, punto 1, con las observaciones siguientes: 1\) Agregar la hora de término\.\*\n\n\| Presidencia de la Comisión \|/);
    expect(minutesToMarkdown(buildMinutes(earlier, 'en'))).toContain('*Minutes approved at the Séptima Sesión Ordinaria of July 29, 2024, item 1, with these corrections: 1) Agregar la hora de término.*');
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(earlier, 'es')) });
    expect(value).toContain('Minuta aprobada en la Séptima Sesión Ordinaria del 29 de julio de 2024, punto 1');
  });

  it('given minutes not approved yet, then they end with the closing', () => {
    expect(buildMinutes(approving('in-favour'), 'es').approvedIn).toBeNull();
  });

  it('as a Word document, the approval on the item', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await minutesToDocx(buildMinutes(approving('in-favour'), 'es')) });
    expect(value).toContain('Se aprobó la minuta de la Quinta Sesión Ordinaria del 27 de mayo de 2024, con las observaciones siguientes: 1) En la página 3');
  });
});
